import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { checkDirectoryContent, type DirectoryContent, type Location } from "./directory-content";
import { saveDirectory } from "./directory.server";
import { organisationToHsds, taxonomyToHsds, termToHsds, type TermRow } from "./hsds";
import { servicesToHsds } from "./hsds-api.server";
import {
  exchangeDocument,
  exchangeToContent,
  exchangeToCsv,
  inDocumentTerms,
  namedRegionToHsds,
  type ExchangeDocument,
} from "./hsds-exchange";
import { knownCodes } from "./places.server";
import { getOrganisation, getServices, listTerms } from "./read.server";

/**
 * Export and import of the whole Wegwijzer (the `zicht directory` commands).
 * The export is built from the same reads as the API, so it can never hold
 * a confidential location. The import checks every record before it writes
 * anything, and writes everything in one transaction.
 */

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The whole Wegwijzer as an exchange document. `publicUrl` (ZICHT_PUBLIC_URL)
 * gives the profile's URI in it.
 */
export async function exportDirectory(db: Kysely<Database>, publicUrl: string): Promise<ExchangeDocument> {
  const [taxonomies, terms, regions, organisationRows, serviceRows] = await Promise.all([
    db.selectFrom("taxonomy").select(["id", "name", "name_en", "description", "version"]).execute(),
    listTerms(db),
    db.selectFrom("named_region").selectAll().execute(),
    db.selectFrom("organization").select("id").execute(),
    db.selectFrom("service").select("id").orderBy("sort_order").orderBy("id").execute(),
  ]);
  const termMap = new Map<string, TermRow>(terms.map((term) => [term.id, term]));
  const organisations = [];
  for (const { id } of [...organisationRows].sort((a, b) => byCodePoint(a.id, b.id))) {
    const record = await getOrganisation(db, id);
    if (record) {
      record.programs.sort((a, b) => byCodePoint(a.name, b.name));
      organisations.push(organisationToHsds(record, { lastModified: false, services: false }));
    }
  }
  const services = [];
  const ids = serviceRows.map((row) => row.id);
  for (let start = 0; start < ids.length; start += 200) {
    const records = await getServices(db, ids.slice(start, start + 200));
    for (const record of records) record.locations.sort((a, b) => byCodePoint(a.id, b.id));
    services.push(...(await servicesToHsds(db, records, { terms: termMap, lastModified: false })));
  }
  return exchangeDocument(
    {
      taxonomies: [...taxonomies].sort((a, b) => byCodePoint(a.id, b.id)).map(taxonomyToHsds),
      taxonomy_terms: [...terms].sort((a, b) => byCodePoint(a.taxonomy_id, b.taxonomy_id)).map(termToHsds),
      named_regions: [...regions].sort((a, b) => byCodePoint(a.id, b.id)).map(namedRegionToHsds),
      organizations: organisations,
      services,
    },
    publicUrl,
  );
}

export async function exportDirectoryCsv(db: Kysely<Database>, publicUrl: string): Promise<string> {
  return exchangeToCsv(await exportDirectory(db, publicUrl));
}

export interface ImportCounts {
  taxonomies: number;
  terms: number;
  namedRegions: number;
  organisations: number;
  programs: number;
  services: number;
}

export type ImportResult =
  { ok: true; counts: ImportCounts; written: boolean; records: number } | { ok: false; problems: string[] };

export function contentCounts(content: DirectoryContent): ImportCounts {
  return {
    taxonomies: content.taxonomies.length,
    terms: content.taxonomies.reduce((sum, taxonomy) => sum + taxonomy.terms.length, 0),
    namedRegions: content.namedRegions.length,
    organisations: content.organisations.length,
    programs: content.programs.length,
    services: content.services.length,
  };
}

/**
 * Reads and checks an exchange document (the text of a file): JSON, the
 * document's structure, then every record of the content. Returns every
 * problem with its record number and field, or the content.
 */
export function readExchangeText(
  textContent: string,
): { ok: true; content: DirectoryContent } | { ok: false; problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(textContent);
  } catch (error) {
    return {
      ok: false,
      problems: [
        `Het bestand is geen geldige JSON: ${error instanceof Error ? error.message : String(error)}`,
      ],
    };
  }
  const read = exchangeToContent(parsed);
  if (!read.ok) return read;
  const problems = checkDirectoryContent(read.content, knownCodes).map(inDocumentTerms);
  return problems.length > 0 ? { ok: false, problems } : read;
}

/**
 * Confidential locations of services that already exist. The export never
 * holds them, so an import must keep them linked instead of dropping them.
 */
async function keepConfidentialLocations(
  db: Kysely<Database>,
  content: DirectoryContent,
): Promise<DirectoryContent> {
  const ids = content.services.map((service) => service.id);
  if (ids.length === 0) return content;
  const rows = await db
    .selectFrom("service_at_location as sl")
    .innerJoin("location as l", "l.id", "sl.location_id")
    .leftJoin("address as a", "a.location_id", "l.id")
    .select([
      "sl.service_id",
      "l.id",
      "l.location_type",
      "l.name",
      "l.municipality_code",
      "a.address_1",
      "a.postal_code",
      "a.city",
      "a.state_province",
    ])
    .where("l.confidential", "=", true)
    .where("sl.service_id", "in", ids)
    .orderBy("l.id")
    .execute();
  if (rows.length === 0) return content;
  const byService = new Map<string, Location[]>();
  for (const row of rows) {
    const list = byService.get(row.service_id) ?? [];
    list.push({
      id: row.id,
      type: row.location_type,
      ...(row.name ? { name: row.name } : {}),
      confidential: true,
      ...(row.municipality_code ? { municipalityCode: row.municipality_code } : {}),
      ...(row.address_1 && row.postal_code && row.city && row.state_province
        ? {
            address: {
              address1: row.address_1,
              postalCode: row.postal_code,
              city: row.city,
              province: row.state_province,
            },
          }
        : {}),
    });
    byService.set(row.service_id, list);
  }
  return {
    ...content,
    services: content.services.map((service) => {
      const kept = byService.get(service.id);
      if (!kept) return service;
      const present = new Set((service.locations ?? []).map((location) => location.id));
      return {
        ...service,
        locations: [...(service.locations ?? []), ...kept.filter((l) => !present.has(l.id))],
      };
    }),
  };
}

class ImportRejected extends Error {
  constructor(readonly problems: string[]) {
    super("import afgewezen");
  }
}

/**
 * Imports an exchange document: checks everything first; with `dryRun`
 * stops there. Otherwise writes all records in one transaction (existing
 * records with the same id are updated, others are kept), or nothing.
 */
export async function importDirectory(
  db: Kysely<Database>,
  textContent: string,
  options: { dryRun?: boolean; updatedBy?: string } = {},
): Promise<ImportResult> {
  const read = readExchangeText(textContent);
  if (!read.ok) return read;
  const found = contentCounts(read.content);
  if (options.dryRun) return { ok: true, counts: found, written: false, records: 0 };
  try {
    const records = await db.transaction().execute(async (trx) => {
      const content = await keepConfidentialLocations(trx, read.content);
      const saved = await saveDirectory(trx, content, options.updatedBy ?? "import");
      if (!saved.ok) throw new ImportRejected(saved.problems.map(inDocumentTerms));
      return saved.records;
    });
    return { ok: true, counts: found, written: true, records };
  } catch (error) {
    if (error instanceof ImportRejected) return { ok: false, problems: error.problems };
    throw error;
  }
}
