import { beforeAll, describe, expect, it } from "vitest";
import { organisations, programs, services } from "../../content/organisations";
import { namedRegions } from "../../content/regions";
import { taxonomies } from "../../content/taxonomies";
import { runSeeds } from "../../app/db/seed/index.server";
import { testEngineLabel } from "../../app/db/testing/test-database";
import { useTestDatabase } from "../../app/db/testing/use-test-database";
import type { ServiceInput } from "../../app/modules/directory/directory-content";
import { saveDirectory } from "../../app/modules/directory/directory.server";
import { handleHsdsRequest } from "../../app/modules/directory/hsds-api.server";
import { exportDirectory } from "../../app/modules/directory/hsds-exchange.server";
import { undeclaredFields } from "./declared-fields";
import {
  hsdsValidator,
  officialHsdsValidator,
  type HsdsObjectKind,
  type HsdsValidator,
} from "./schema-validator";

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

interface Answer {
  status: number;
  body: unknown;
  text: string;
}

describe(`HSDS 3.0 conformance on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const official = officialHsdsValidator();
  let profile: HsdsValidator;
  let profileSchemas: Record<string, Record<string, unknown>>;

  const get = async (path: string): Promise<Answer> => {
    const response = await handleHsdsRequest(database.db, new Request(`${publicUrl}${path}`), {
      publicUrl,
      now,
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body, text };
  };

  /** Every object of a list endpoint, page by page (per_page 100). */
  const everyItem = async (path: string): Promise<unknown[]> => {
    const items: unknown[] = [];
    const join = path.includes("?") ? "&" : "?";
    for (let page = 1; page < 1000; page++) {
      const answer = await get(`${path}${join}per_page=100&page=${page}`);
      expect(answer.status, path).toBe(200);
      const body = answer.body as { contents: unknown[]; size: number; last_page: boolean };
      expect(body.size, `${path} size is the number of items on the page`).toBe(body.contents.length);
      items.push(...body.contents);
      if (body.last_page) return items;
    }
    throw new Error(`${path}: no last page`);
  };

  /** Errors against the official schemas, the profile's schemas and undeclared fields, labelled. */
  const problems = (label: string, kind: HsdsObjectKind, value: unknown): string[] => [
    ...(kind === "named_region"
      ? []
      : official.errors(kind, value).map((error) => `${label} official ${error}`)),
    ...profile.errors(kind, value).map((error) => `${label} profile ${error}`),
    ...undeclaredFields(profileSchemas, kind, value).map((field) => `${label} undeclared ${field}`),
  ];

  const idOf = (value: unknown) => (value as { id: string }).id;

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

    // The profile, found the way a client finds it: through the URI the root names.
    const root = (await get("/api/hsds/")).body as { profile: string; openapi_url: string; version: string };
    expect(root.version).toBe("3.0");
    expect(root.profile).toBe(`${publicUrl}/api/hsds/profile`);
    expect(root.openapi_url).toBe(`${publicUrl}/api/openapi.json`);
    const document = (await get(root.profile.slice(publicUrl.length))).body as {
      schemas: Array<{ name: string; url: string }>;
      patches: Array<{ name: string; url: string }>;
    };
    expect(document.schemas.length).toBeGreaterThan(15);
    profileSchemas = {};
    for (const schema of document.schemas) {
      const answer = await get(schema.url.slice(publicUrl.length));
      expect(answer.status, schema.url).toBe(200);
      profileSchemas[schema.name.replace(/\.json$/, "")] = answer.body as Record<string, unknown>;
    }
    for (const patch of document.patches) {
      expect((await get(patch.url.slice(publicUrl.length))).status, patch.url).toBe(200);
    }
    profile = hsdsValidator(profileSchemas);
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
    expect((full.schedules[0] as { timezone: number }).timezone).toBe(2);
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
    const found: string[] = [];
    const parts: Array<[keyof typeof exported, HsdsObjectKind]> = [
      ["organizations", "organization"],
      ["services", "service"],
      ["taxonomies", "taxonomy"],
      ["taxonomy_terms", "taxonomy_term"],
      ["named_regions", "named_region"],
    ];
    for (const [part, kind] of parts) {
      const items = exported[part] as unknown[];
      expect(items.length, part).toBeGreaterThan(0);
      for (const [index, item] of items.entries())
        found.push(...problems(`export.${part}[${index}]`, kind, item));
    }
    expect(found).toEqual([]);
    expect(JSON.stringify(exported)).not.toContain(":null");
  });
});
