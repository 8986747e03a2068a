import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Kysely } from "kysely";
import { regionData } from "../../../content/regions";
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
import { applyZichtRules, normaliseHsds, placeResolver } from "./hsds-foreign";
import { readTabularPackage } from "./hsds-tabular";
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

export type ReadImport =
  { ok: true; content: DirectoryContent; notes: string[] } | { ok: false; problems: string[] };

/**
 * Reads and checks parsed HSDS JSON in any shape `normaliseHsds` accepts
 * (Zicht's own export, or what another system publishes): the shape, Zicht's
 * rules for foreign data (areas from Dutch places, descriptions, assured
 * dates), the document's structure, then every record of the content.
 * Returns every problem with its path, record number or field, or the
 * content with notes on what was left out.
 */
export function readImportDocument(parsed: unknown): ReadImport {
  const normal = normaliseHsds(parsed);
  if (!normal.ok) return normal;
  let document: unknown = normal.document;
  const notes = [...normal.notes];
  if (!normal.zichtExport) {
    const ruled = applyZichtRules(normal.document, placeResolver(regionData));
    if (!ruled.ok) return ruled;
    document = ruled.document;
    notes.push(...ruled.notes);
  }
  const read = exchangeToContent(document);
  if (!read.ok) return read;
  const problems = checkDirectoryContent(read.content, knownCodes).map(inDocumentTerms);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content: read.content, notes };
}

/**
 * Reads and checks an import file's text (JSON): see readImportDocument.
 */
export function readExchangeText(textContent: string): ReadImport {
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
  return readImportDocument(parsed);
}

/**
 * Reads what `zicht directory import` was given: a JSON file, an HSDS
 * tabular data package's directory, or its `datapackage.json`. A loose CSV
 * file is refused: a table means nothing without the others.
 */
export function readImportSource(path: string): ReadImport {
  let directory: string | undefined;
  try {
    if (statSync(path).isDirectory()) directory = path;
    else if (basename(path).toLowerCase() === "datapackage.json") directory = dirname(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problems: [
        code === "ENOENT" ? `${path} bestaat niet.` : `Kan ${path} niet lezen: ${(error as Error).message}`,
      ],
    };
  }
  if (directory === undefined && /\.csv$/i.test(path)) {
    return {
      ok: false,
      problems: [
        "Een los CSV-bestand kan niet worden ingelezen. Geef de map van een HSDS-datapakket (met organizations.csv en services.csv) of zijn datapackage.json.",
      ],
    };
  }
  try {
    if (directory === undefined) return readExchangeText(readFileSync(path, "utf8"));
    const names = readdirSync(directory).filter(
      (name) => name === "datapackage.json" || name.toLowerCase().endsWith(".csv"),
    );
    if (!existsSync(join(directory, "datapackage.json")) && names.length === 0) {
      return { ok: false, problems: [`In ${directory} staan geen datapackage.json en geen CSV-bestanden.`] };
    }
    const files = new Map(names.map((name) => [name, readFileSync(join(directory, name), "utf8")]));
    const tabular = readTabularPackage(files);
    if (!tabular.ok) return tabular;
    const read = readImportDocument(tabular.document);
    return read.ok ? { ...read, notes: [...tabular.notes, ...read.notes] } : read;
  } catch (error) {
    return { ok: false, problems: [`Kan ${path} niet lezen: ${(error as Error).message}`] };
  }
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
 * Imports an exchange document (the text of a JSON file in any accepted
 * shape): checks everything first; with `dryRun` stops there. Otherwise
 * writes all records in one transaction (existing records with the same id
 * are updated, others are kept), or nothing.
 */
export async function importDirectory(
  db: Kysely<Database>,
  textContent: string,
  options: { dryRun?: boolean; updatedBy?: string } = {},
): Promise<ImportResult> {
  return importRead(db, readExchangeText(textContent), options);
}

/** Like importDirectory, for what readImportSource read (a file, or a tabular data package). */
export async function importRead(
  db: Kysely<Database>,
  read: ReadImport,
  options: { dryRun?: boolean; updatedBy?: string } = {},
): Promise<ImportResult> {
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
