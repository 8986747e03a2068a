import { parse } from "csv-parse/sync";
import type { HsdsImportDocument, HsdsObject } from "./hsds-foreign";

/**
 * The HSDS 3.0 tabular data package: a directory with `datapackage.json`
 * and one CSV file per table (file names per the schemas' `path`). Reads
 * the tables with their column types (numbers, booleans), rebuilds the
 * nested objects by their `*_id` columns and returns the same document the
 * JSON import takes (then given to `normaliseHsds`). Problems name file,
 * row and column (`services.csv regel 4, kolom minimum_age: …`); row 1 is
 * the header. Pure: the caller reads the files.
 */

/** The tables Zicht reads, by file name, with the columns that are not text. */
export const hsdsTables = {
  "organizations.csv": { numbers: ["year_incorporated"], booleans: [] },
  "services.csv": {
    numbers: ["minimum_age", "maximum_age"],
    booleans: ["maximum_age_inclusive", "possibly_outdated"],
  },
  "programs.csv": { numbers: [], booleans: [] },
  "service_at_location.csv": { numbers: [], booleans: [] },
  "locations.csv": { numbers: ["latitude", "longitude"], booleans: [] },
  "addresses.csv": { numbers: [], booleans: [] },
  "phones.csv": { numbers: ["extension"], booleans: ["free"] },
  "contacts.csv": { numbers: [], booleans: [] },
  "schedules.csv": { numbers: ["timezone", "count", "interval"], booleans: [] },
  "service_areas.csv": { numbers: [], booleans: [] },
  "languages.csv": { numbers: [], booleans: [] },
  "taxonomies.csv": { numbers: [], booleans: [] },
  "taxonomy_terms.csv": { numbers: [], booleans: [] },
  "attributes.csv": { numbers: [], booleans: [] },
} as const satisfies Record<string, { numbers: readonly string[]; booleans: readonly string[] }>;

type TableName = keyof typeof hsdsTables;

/** HSDS tables Zicht has no place for: present is fine, they are not read. */
const ignoredTables = new Set([
  "accessibility.csv",
  "cost_options.csv",
  "funding.csv",
  "metadata.csv",
  "meta_table_descriptions.csv",
  "organization_identifiers.csv",
  "required_documents.csv",
  "urls.csv",
]);

export type TabularResult =
  { ok: true; document: HsdsImportDocument; notes: string[] } | { ok: false; problems: string[] };

interface Row {
  values: HsdsObject;
  line: number;
}

const booleanWords: Record<string, boolean> = { true: true, false: false, "1": true, "0": false };

/**
 * Reads a data package from its files (name → text). `datapackage.json`,
 * when there, says which files belong to it: a resource without its file is
 * a problem, a CSV file it does not list is not read.
 */
export function readTabularPackage(files: ReadonlyMap<string, string>): TabularResult {
  const problems: string[] = [];
  const notes: string[] = [];
  let names = [...files.keys()].filter((name) => name.toLowerCase().endsWith(".csv"));

  const descriptor = files.get("datapackage.json");
  if (descriptor !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(descriptor);
    } catch (error) {
      return {
        ok: false,
        problems: [
          `datapackage.json: geen geldige JSON (${error instanceof Error ? error.message : String(error)})`,
        ],
      };
    }
    const resources = (parsed as { resources?: unknown })?.resources;
    if (!Array.isArray(resources)) {
      return { ok: false, problems: ["datapackage.json, veld resources: lijst met bestanden verwacht"] };
    }
    const listed = new Set<string>();
    resources.forEach((resource: unknown, index) => {
      const path = (resource as { path?: unknown })?.path;
      if (typeof path !== "string" || path.trim() === "") {
        problems.push(`datapackage.json, resources[${index}]: het veld path ontbreekt`);
        return;
      }
      const name = path.replace(/^\.\//, "");
      listed.add(name);
      if (!files.has(name)) {
        problems.push(`datapackage.json, resources[${index}]: bestand ${name} ontbreekt`);
      }
    });
    for (const name of names) {
      if (!listed.has(name)) notes.push(`${name} staat niet in datapackage.json en is niet gelezen`);
    }
    names = names.filter((name) => listed.has(name));
  }
  for (const name of names) {
    if (!(name in hsdsTables) && !ignoredTables.has(name)) {
      notes.push(`${name} is geen HSDS-tabel die Zicht kent en is niet gelezen`);
    } else if (ignoredTables.has(name)) {
      notes.push(`${name} is niet gelezen: de Wegwijzer bewaart deze gegevens niet`);
    }
  }
  if (!names.includes("organizations.csv") || !names.includes("services.csv")) {
    problems.push("Het pakket heeft minstens organizations.csv en services.csv nodig.");
  }
  if (problems.length > 0) return { ok: false, problems };

  const tables = {} as Record<TableName, Row[]>;
  for (const table of Object.keys(hsdsTables) as TableName[]) {
    const textContent = names.includes(table) ? files.get(table) : undefined;
    tables[table] = textContent === undefined ? [] : readTable(table, textContent, problems);
  }
  if (problems.length > 0) return { ok: false, problems };

  // --- rebuild the nesting by the *_id columns
  const ids = (table: TableName) => new Set(tables[table].map((row) => row.values.id));
  const serviceIds = ids("services.csv");
  const organizationIds = ids("organizations.csv");
  const locationIds = ids("locations.csv");
  const checkLink = (table: TableName, row: Row, column: string, known: Set<unknown>, target: string) => {
    const value = row.values[column];
    if (value !== undefined && !known.has(value)) {
      problems.push(`${table} regel ${row.line}, kolom ${column}: ${String(value)} staat niet in ${target}`);
    }
  };
  const children = (table: TableName, column: string, id: unknown, strip: string[] = []) =>
    tables[table]
      .filter((row) => row.values[column] === id)
      .map((row) => {
        const copy = { ...row.values };
        for (const key of strip) delete copy[key];
        return copy;
      });

  for (const row of tables["services.csv"])
    checkLink("services.csv", row, "organization_id", organizationIds, "organizations.csv");
  for (const row of tables["programs.csv"])
    checkLink("programs.csv", row, "organization_id", organizationIds, "organizations.csv");
  // A link of a row that only attaches it (a phone's, contact's or schedule's owner, a
  // service_at_location row) to something not in the package is left out with a note.
  const dropLink = (table: TableName, row: Row, column: string, known: Set<unknown>, target: string) => {
    const value = row.values[column];
    if (value === undefined || known.has(value)) return false;
    notes.push(
      `${table} regel ${row.line}, kolom ${column}: ${String(value)} staat niet in ${target}; deze koppeling is weggelaten`,
    );
    delete row.values[column];
    return true;
  };
  tables["service_at_location.csv"] = tables["service_at_location.csv"].filter((row) => {
    const service = dropLink("service_at_location.csv", row, "service_id", serviceIds, "services.csv");
    const location = dropLink("service_at_location.csv", row, "location_id", locationIds, "locations.csv");
    if (row.values.location_id === undefined && !location) {
      problems.push(`service_at_location.csv regel ${row.line}, kolom location_id: de locatie ontbreekt`);
    }
    if (service || location) {
      notes.push(`service_at_location.csv regel ${row.line}: deze dienst-op-locatie is weggelaten`);
      return false;
    }
    return true;
  });
  for (const table of ["phones.csv", "contacts.csv", "schedules.csv"] as const) {
    for (const row of tables[table]) {
      dropLink(table, row, "service_id", serviceIds, "services.csv");
      dropLink(table, row, "organization_id", organizationIds, "organizations.csv");
      dropLink(table, row, "location_id", locationIds, "locations.csv");
    }
  }
  for (const row of tables["addresses.csv"])
    checkLink("addresses.csv", row, "location_id", locationIds, "locations.csv");
  for (const row of tables["service_areas.csv"])
    checkLink("service_areas.csv", row, "service_id", serviceIds, "services.csv");
  for (const row of tables["languages.csv"])
    checkLink("languages.csv", row, "service_id", serviceIds, "services.csv");
  const termIds = ids("taxonomy_terms.csv");
  for (const row of tables["attributes.csv"])
    checkLink("attributes.csv", row, "taxonomy_term_id", termIds, "taxonomy_terms.csv");
  if (problems.length > 0) return { ok: false, problems };

  const locations = new Map(
    tables["locations.csv"].map((row) => {
      const id = row.values.id;
      return [
        id,
        {
          ...row.values,
          addresses: children("addresses.csv", "location_id", id),
          phones: children("phones.csv", "location_id", id).filter((phone) => !phone.service_id),
          schedules: children("schedules.csv", "location_id", id).filter((schedule) => !schedule.service_id),
        },
      ];
    }),
  );
  // Phones and contacts of an organization are its own when they name no service.
  const ownOf = (table: "phones.csv" | "contacts.csv", id: unknown) =>
    children(table, "organization_id", id).filter((item) => !item.service_id && !item.location_id);

  const organizations = tables["organizations.csv"].map((row) => ({
    ...row.values,
    phones: ownOf("phones.csv", row.values.id),
    contacts: ownOf("contacts.csv", row.values.id),
    programs: children("programs.csv", "organization_id", row.values.id),
  }));
  const services = tables["services.csv"].map((row) => {
    const id = row.values.id;
    return {
      ...row.values,
      phones: children("phones.csv", "service_id", id),
      contacts: children("contacts.csv", "service_id", id),
      schedules: children("schedules.csv", "service_id", id).filter(
        (schedule) => !schedule.service_at_location_id,
      ),
      service_areas: children("service_areas.csv", "service_id", id),
      languages: children("languages.csv", "service_id", id),
      attributes: children("attributes.csv", "link_id", id).filter(
        (attribute) => attribute.link_entity === undefined || attribute.link_entity === "service",
      ),
      service_at_locations: children("service_at_location.csv", "service_id", id).map((link) => ({
        ...link,
        location: locations.get(link.location_id),
      })),
    };
  });
  return {
    ok: true,
    document: {
      taxonomies: tables["taxonomies.csv"].map((row) => row.values),
      taxonomy_terms: tables["taxonomy_terms.csv"].map((row) => row.values),
      organizations,
      services,
    },
    notes,
  };
}

function readTable(table: TableName, textContent: string, problems: string[]): Row[] {
  let records: Array<Record<string, string>>;
  try {
    records = parse(textContent, { columns: true, skip_empty_lines: true, bom: true, trim: true });
  } catch (error) {
    problems.push(`${table}: geen geldige CSV (${error instanceof Error ? error.message : String(error)})`);
    return [];
  }
  const { numbers, booleans } = hsdsTables[table];
  const rows: Row[] = [];
  records.forEach((record, index) => {
    const line = index + 2;
    const values: HsdsObject = {};
    for (const [column, raw] of Object.entries(record)) {
      // Objects omit unknown values: an empty cell is no value.
      if (raw === "") continue;
      if ((numbers as readonly string[]).includes(column)) {
        const value = Number(raw.replace(",", "."));
        if (!/^-?\d+([.,]\d+)?$/.test(raw) || !Number.isFinite(value)) {
          problems.push(`${table} regel ${line}, kolom ${column}: '${raw}' is geen getal`);
        } else values[column] = value;
      } else if ((booleans as readonly string[]).includes(column)) {
        const value = booleanWords[raw.toLowerCase()];
        if (value === undefined)
          problems.push(`${table} regel ${line}, kolom ${column}: '${raw}' is geen true of false`);
        else values[column] = value;
      } else values[column] = raw;
    }
    if (typeof values.id !== "string") {
      problems.push(`${table} regel ${line}, kolom id: het id ontbreekt`);
    }
    rows.push({ values, line });
  });
  return rows;
}
