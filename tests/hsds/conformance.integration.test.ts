import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations, programs, services } from "../../content/organisations";
import { namedRegions } from "../../content/regions";
import { taxonomies } from "../../content/taxonomies";
import { runSeeds } from "../../app/db/seed/index.server";
import { testEngineLabel } from "../../app/db/testing/test-database";
import { useTestDatabase } from "../../app/db/testing/use-test-database";
import type { ServiceInput } from "../../app/modules/directory/directory-content";
import { saveDirectory } from "../../app/modules/directory/directory.server";
import {
  exportDirectory,
  importDirectory,
  importRead,
  readImportSource,
} from "../../app/modules/directory/hsds-exchange.server";
import { exportParts, hsdsCrawler, idOf, type HsdsCrawler } from "./crawl";
import type { HsdsObjectKind } from "./schema-validator";

/**
 * HSDS 3.0 conformance: every object of every endpoint, in every mode, and
 * every object of the export validates with zero errors against the
 * official Open Referral schemas (tests/standards/hsds-3.0) and against the
 * zicht-nl profile's patched schemas, fetched through the profile URI the
 * API root names. The profile must also declare every field we send.
 */

const publicUrl = "https://zicht.example.nl";
const now = new Date("2026-07-01T10:00:00Z"); // summer: Amsterdam is UTC+2

/** A service with everything optional filled, including a public location with an address. */
const fullService: ServiceInput = {
  id: "conformance-inloop",
  organisationId: "mee",
  name: { nl: "Inloopspreekuur Conformiteit", en: "Walk-in hours Conformance" },
  description: {
    nl: "Een inloopspreekuur met alle velden ingevuld, om de HSDS-conformiteit te toetsen.",
    en: "Walk-in hours with every field filled, to test HSDS conformance.",
  },
  areas: [
    { kind: "municipality", code: "GM0363" },
    { kind: "province", code: "PV27" },
  ],
  terms: {
    hulpsoort: ["consultatie-advies"],
    uitbuitingsvorm: ["overig"],
    doelgroep: ["iedereen"],
    toegang: ["direct"],
  },
  phones: [
    {
      number: "020-1234567",
      label: { nl: "Spreekuurlijn", en: "Walk-in line" },
      schedules: [{ byday: ["MO", "WE"], opensAt: "13:00", closesAt: "17:00" }],
    },
  ],
  emails: [{ address: "inloop@example.nl", label: { nl: "Vragen", en: "Questions" } }],
  locations: [
    {
      id: "conformance-inloop-amsterdam",
      type: "physical",
      name: "Inloop Amsterdam",
      confidential: false,
      municipalityCode: "GM0363",
      address: {
        address1: "Teststraat 1",
        postalCode: "1011 AB",
        city: "Amsterdam",
        province: "Noord-Holland",
      },
    },
  ],
  minimumAge: 12,
  maximumAge: 23,
  maximumAgeInclusive: false,
  url: "https://example.nl/inloop",
  assuredDate: "2024-01-15",
};

describe(`HSDS 3.0 conformance on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let crawler: HsdsCrawler;
  const get = (path: string) => crawler.get(path);
  const everyItem = (path: string) => crawler.everyItem(path);
  const problems = (label: string, kind: HsdsObjectKind, value: unknown) =>
    crawler.problems(label, kind, value);
  const official = { errors: (kind: HsdsObjectKind, value: unknown) => crawler.official.errors(kind, value) };

  beforeAll(async () => {
    await runSeeds(database.db);
    const saved = await database.db
      .transaction()
      .execute((trx) =>
        saveDirectory(
          trx,
          { taxonomies, namedRegions, organisations, programs, services: [...services, fullService] },
          "test",
        ),
      );
    if (!saved.ok) throw new Error(saved.problems.join("\n"));
    crawler = await hsdsCrawler(() => database.db, { publicUrl, now });
  });

  it("serves only valid services, in every mode and one by one", async () => {
    const listed = await everyItem("/api/hsds/services");
    expect(listed.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const [index, item] of listed.entries())
      found.push(...problems(`services[${index}]`, "service", item));
    for (const [index, item] of (await everyItem("/api/hsds/services?full=false")).entries()) {
      found.push(...problems(`services?full=false[${index}]`, "service", item));
    }
    for (const id of listed.map(idOf)) {
      const answer = await get(`/api/hsds/services/${id}`);
      expect(answer.status).toBe(200);
      found.push(...problems(`services/${id}`, "service", answer.body));
    }
    expect(found).toEqual([]);
    // The service with every field filled really carries them (the check above is not vacuous).
    const full = listed.find((item) => (item as { slug?: string }).slug === "conformance-inloop") as Record<
      string,
      unknown[]
    >;
    for (const field of [
      "phones",
      "contacts",
      "schedules",
      "service_areas",
      "attributes",
      "service_at_locations",
    ]) {
      expect(full[field]?.length, field).toBeGreaterThan(0);
    }
    expect((full.schedules?.[0] as { timezone: number }).timezone).toBe(2);
  });

  it("answers minimal=true with id and modification time only, and NDJSON lines that are valid services", async () => {
    const minimal = await get("/api/hsds/services?minimal=true");
    expect(minimal.status).toBe(200);
    const contents = (minimal.body as { contents: Array<Record<string, unknown>> }).contents;
    expect(contents.length).toBeGreaterThan(20);
    for (const item of contents) {
      expect(Object.keys(item).sort()).toEqual(["id", "last_modified"]);
      expect(official.errors("service", { ...item, name: "x", status: "active" })).toEqual([]);
    }
    const ndjson = await get("/api/hsds/services?format=ndjson");
    const lines = ndjson.text.trim().split("\n");
    expect(lines.length).toBe(contents.length);
    expect(lines.flatMap((line, index) => problems(`ndjson[${index}]`, "service", JSON.parse(line)))).toEqual(
      [],
    );
  });

  it("serves only valid organizations: lists in every mode and one by one", async () => {
    const found: string[] = [];
    const listed = await everyItem("/api/hsds/organizations");
    for (const query of ["", "?full=false", "?full_service=true"]) {
      const items = query === "" ? listed : await everyItem(`/api/hsds/organizations${query}`);
      for (const [index, item] of items.entries()) {
        found.push(...problems(`organizations${query}[${index}]`, "organization", item));
      }
    }
    for (const id of listed.map(idOf)) {
      for (const query of ["", "?full_service=true"]) {
        const answer = await get(`/api/hsds/organizations/${id}${query}`);
        expect(answer.status).toBe(200);
        found.push(...problems(`organizations/${id}${query}`, "organization", answer.body));
      }
    }
    expect(found).toEqual([]);
  });

  it("serves only valid service_at_locations, taxonomies and taxonomy terms", async () => {
    const found: string[] = [];
    const kinds: Array<[string, HsdsObjectKind]> = [
      ["service_at_locations", "service_at_location"],
      ["service_at_locations?full=true", "service_at_location"],
      ["taxonomies", "taxonomy"],
      ["taxonomy_terms", "taxonomy_term"],
    ];
    for (const [path, kind] of kinds) {
      const items = await everyItem(`/api/hsds/${path}`);
      expect(items.length, path).toBeGreaterThan(0);
      for (const [index, item] of items.entries()) found.push(...problems(`${path}[${index}]`, kind, item));
      if (path.includes("?")) continue;
      for (const id of items.map(idOf)) {
        const answer = await get(`/api/hsds/${path}/${id}`);
        expect(answer.status, `${path}/${id}`).toBe(200);
        found.push(...problems(`${path}/${id}`, kind, answer.body));
      }
    }
    expect(found).toEqual([]);
  });

  it("exports only valid objects", async () => {
    const exported = await exportDirectory(database.db, publicUrl);
    expect(exported.profile).toBe(`${publicUrl}/api/hsds/profile`);
    for (const [part] of exportParts) expect((exported[part] as unknown[]).length, part).toBeGreaterThan(0);
    expect(crawler.exportProblems(exported)).toEqual([]);
    expect(JSON.stringify(exported)).not.toContain(":null");
  });
});

/**
 * The Open Referral reference examples (tests/fixtures/hsds/openreferral):
 * imported into a database with the seeds and Zicht's own content, through
 * the function `zicht directory import` uses, they are served back valid.
 */
describe(`HSDS 3.0 conformance of the Open Referral examples on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let crawler: HsdsCrawler;
  const examplesDir = join(import.meta.dirname, "..", "fixtures", "hsds", "openreferral");
  // An import updates the records it holds: the *_full examples go last, so their details stay.
  const examples = readdirSync(examplesDir)
    .filter((name) => name.endsWith(".json"))
    .sort(
      (a, b) => Number(a.includes("_full")) - Number(b.includes("_full")) || (a < b ? -1 : a > b ? 1 : 0),
    );

  /** Every service and organization object in the examples (nested ones included), by kind. */
  const exampleObjects = () => {
    const found = { services: new Map<string, string>(), organizations: new Map<string, string>() };
    const visit = (value: unknown, kind?: "services" | "organizations") => {
      if (Array.isArray(value)) return value.forEach((item) => visit(item, kind));
      if (typeof value !== "object" || value === null) return;
      const object = value as Record<string, unknown>;
      if (kind && typeof object.id === "string" && typeof object.name === "string") {
        found[kind].set(object.id, object.name);
      }
      visit(object.contents, kind);
      visit(object.services, "services");
      visit(object.service, "services");
      visit(object.organization, "organizations");
    };
    for (const name of examples) {
      const parsed = JSON.parse(readFileSync(join(examplesDir, name), "utf8")) as Record<string, unknown>;
      const kind = name.startsWith("service_at_location")
        ? undefined
        : name.startsWith("service")
          ? "services"
          : name.startsWith("organization")
            ? "organizations"
            : undefined;
      visit(parsed, kind);
    }
    return found;
  };

  const importAll = async (): Promise<number> => {
    let records = 0;
    // The CSV tables first, then the JSON files (the *_full ones last).
    for (const name of ["csv", ...examples]) {
      const result = await importRead(database.db, readImportSource(join(examplesDir, name)));
      if (!result.ok) throw new Error(`${name}: ${result.problems.join("\n")}`);
      records += result.records;
    }
    return records;
  };

  const rowCounts = async () => {
    const counts: Record<string, number> = {};
    for (const table of [
      "organization",
      "program",
      "service",
      "taxonomy",
      "location",
      "service_at_location",
    ] as const) {
      const row = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.count);
    }
    return counts;
  };

  beforeAll(async () => {
    await runSeeds(database.db);
    const saved = await database.db
      .transaction()
      .execute((trx) =>
        saveDirectory(trx, { taxonomies, namedRegions, organisations, programs, services }, "test"),
      );
    if (!saved.ok) throw new Error(saved.problems.join("\n"));
    expect(examples.length).toBeGreaterThanOrEqual(12);
    await importAll();
    crawler = await hsdsCrawler(() => database.db, { publicUrl, now });
  });

  it("serves every object of every endpoint and the export valid, examples included", async () => {
    expect(await crawler.crawlProblems()).toEqual([]);
  });

  it("serves each example's services and organizations back by their own UUID, with their name", async () => {
    const { services: exampleServices, organizations: exampleOrganisations } = exampleObjects();
    expect(exampleServices.size).toBeGreaterThan(0);
    expect(exampleOrganisations.size).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const [path, objects] of [
      ["services", exampleServices],
      ["organizations", exampleOrganisations],
    ] as const) {
      for (const [id, name] of objects) {
        const answer = await crawler.get(`/api/hsds/${path}/${id}`);
        const body = answer.body as { id?: string; name?: string } | undefined;
        if (answer.status !== 200 || body?.id !== id || body?.name !== name) {
          wrong.push(`${path}/${id}: ${answer.status} ${body?.id ?? ""} ${body?.name ?? ""}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // service_full.json (imported last) keeps what Zicht can hold, so the crawl above is not vacuous.
    const full = (await crawler.get("/api/hsds/services/ac148810-d857-441c-9679-408f346de14b"))
      .body as Record<string, unknown>;
    expect(full.program_id).toBe("e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42");
    expect(full.contacts).toEqual([expect.objectContaining({ email: "email@example.com" })]);
    expect(full.phones).toEqual([]);
    expect(full.service_areas).toEqual([]);
    expect(full.attributes).toEqual([
      expect.objectContaining({ taxonomy_term_id: "3f7b145d-84af-42d7-8fae-eaca714b02b2" }),
    ]);
    expect(full.service_at_locations).toEqual([
      expect.objectContaining({
        location: expect.objectContaining({
          id: "3a19ff88-4620-4d17-9830-ac1d859eb5d5",
          name: "MyCity Civic Center",
        }),
      }),
    ]);
    const organisation = (await crawler.get("/api/hsds/organizations/d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"))
      .body as Record<string, unknown>;
    expect(organisation).not.toHaveProperty("parent_organization_id");
  });

  it("imports the same examples again without duplicates: same rows, same export", async () => {
    const before = await rowCounts();
    const exported = JSON.stringify(await exportDirectory(database.db, publicUrl));
    await importAll();
    expect(await rowCounts()).toEqual(before);
    expect(JSON.stringify(await exportDirectory(database.db, publicUrl))).toBe(exported);
  });

  it("exports, imports that export and exports the same text again", async () => {
    const first = JSON.stringify(await exportDirectory(database.db, publicUrl), null, 2);
    const imported = await importDirectory(database.db, first);
    if (!imported.ok) throw new Error(imported.problems.join("\n"));
    expect(imported.written).toBe(true);
    expect(JSON.stringify(await exportDirectory(database.db, publicUrl), null, 2)).toBe(first);
  });
});
