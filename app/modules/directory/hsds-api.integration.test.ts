import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { undeclaredFields } from "../../../tests/hsds/declared-fields";
import {
  hsdsValidator,
  officialHsdsValidator,
  readSchemaDir,
  type HsdsObjectKind,
} from "../../../tests/hsds/schema-validator";
import { organisations, programs, services } from "../../../content/organisations";
import { namedRegions } from "../../../content/regions";
import { taxonomies } from "../../../content/taxonomies";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { organisationSchema, serviceSchema, type ServiceInput } from "./directory-content";
import { saveDirectory, saveOrganisation, saveService } from "./directory.server";
import { handleHsdsRequest, hsdsQueryParameters, maxMinimalPerPage } from "./hsds-api.server";
import { hsdsId, type HsdsIdKind } from "./hsds-ids";
import { openApiDocument } from "./openapi";

const now = new Date("2026-11-29T10:00:00Z");
/** ZICHT_PUBLIC_URL: differs from the request's host on purpose (the canonical base, never the Host). */
const publicUrl = "https://zicht.example.nl";

type Json = Record<string, unknown>;

/**
 * The readable Zicht id of an HSDS object: its profile field `slug` (ids are
 * UUIDs, decision 021). Objects without a slug (service_at_location) give
 * undefined.
 */
const slugOf = (object: unknown): string | undefined => (object as { slug?: string }).slug;
/** Whether an id a response carries is this Zicht object's HSDS id (the UUID of its slug). */
const isIdOf = (kind: HsdsIdKind, sent: unknown, slug: string): boolean => sent === hsdsId(kind, slug);

const official = officialHsdsValidator();
const profileSchemas = readSchemaDir(join(import.meta.dirname, "hsds-profile", "schemas"));
const profiled = hsdsValidator(profileSchemas);
/**
 * Why an object the API answers is not valid HSDS 3.0: errors against the
 * official schemas, against the zicht-nl profile's, and fields the profile
 * does not declare (`service` on a service_at_location is the official list
 * shape's, compiled/service_at_location_list.json).
 */
const hsdsProblems = (kind: HsdsObjectKind, value: unknown) => [
  ...official.errors(kind, value),
  ...profiled.errors(kind, value).map((error) => `profile ${error}`),
  ...undeclaredFields(profileSchemas, kind, value)
    .filter((field) => field !== "service_at_location.service")
    .map((field) => `not declared by the profile: ${field}`),
];

/** A service with a public (not confidential) location, to see service_at_locations. */
const publicService: ServiceInput = {
  id: "test-inloop",
  organisationId: "mee",
  name: { nl: "Inloopspreekuur Teststad", en: "Walk-in hours Teststad" },
  description: {
    nl: "Een inloopspreekuur om het API-contract te testen.",
    en: "Walk-in hours to test the API.",
  },
  areas: [{ kind: "municipality", code: "GM0363" }],
  terms: {
    hulpsoort: ["consultatie-advies"],
    uitbuitingsvorm: ["overig"],
    doelgroep: ["iedereen"],
    toegang: ["direct"],
  },
  phones: [{ number: "020-1234567", schedules: [{ byday: ["WE"], opensAt: "13:00", closesAt: "17:00" }] }],
  emails: [],
  locations: [
    {
      id: "test-inloop-amsterdam",
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
  assuredDate: "2024-01-15",
};

describe(`HSDS API on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await runSeeds(database.db);
    const saved = await database.db
      .transaction()
      .execute((trx) =>
        saveDirectory(
          trx,
          { taxonomies, namedRegions, organisations, programs, services: [...services, publicService] },
          "test",
        ),
      );
    expect(saved).toMatchObject({ ok: true });
  });

  const call = (path: string, init?: RequestInit) =>
    handleHsdsRequest(database.db, new Request(`http://localhost/api/hsds${path}`, init), { now, publicUrl });
  const get = async (path: string) => {
    const response = await call(path);
    return { response, body: (await response.json()) as Record<string, unknown> & { contents?: unknown[] } };
  };
  /** The slugs of the objects a list answers. */
  const ids = async (query: string, path = "/services") => {
    const { response, body } = await get(`${path}${query}`);
    expect(response.status, `${path}${query}`).toBe(200);
    return (body.contents as unknown[]).map(slugOf);
  };
  /** The HSDS ids of the service_at_locations a list answers (they have no slug). */
  const linkIds = async (query: string) => {
    const { response, body } = await get(`/service_at_locations${query}`);
    expect(response.status, `/service_at_locations${query}`).toBe(200);
    return (body.contents as Json[]).map((link) => link.id);
  };
  const expectError = (body: Json, status: number, response: Response) => {
    expect(response.status).toBe(status);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(body.error).toEqual(expect.stringMatching(/\.$/));
    expect(Array.isArray(body.details)).toBe(true);
    expect((body.details as unknown[]).length).toBeGreaterThan(0);
  };

  it("describes itself at / with HSDS version 3.0, the profile URI and the OpenAPI URL from ZICHT_PUBLIC_URL", async () => {
    const { response, body } = await get("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(body.version).toBe("3.0");
    expect(body.profile).toBe("https://zicht.example.nl/api/hsds/profile");
    expect(body.openapi_url).toBe("https://zicht.example.nl/api/openapi.json");
    expect(body.profile_name).toBe("zicht-nl");
    expect(Object.keys(body.profile_parameters as object)).toEqual(
      expect.arrayContaining(["municipality", "age", "gender", "format"]),
    );
    // The Host of the request never makes it into the canonical URLs.
    expect(JSON.stringify(body)).not.toContain("localhost");
    expect(body.endpoints).toEqual(Object.keys(hsdsQueryParameters).map((path) => `/api/hsds${path}`));
  });

  it("answers 404 JSON below /profile for a document the profile does not have", async () => {
    const { response, body } = await get("/profile/bestaat-niet.json");
    expectError(body, 404, response);
    expect(body.details).toEqual([expect.objectContaining({ path: "/api/hsds/profile/bestaat-niet.json" })]);
  });

  it("pages services with the HSDS paging fields", async () => {
    const first = await get("/services?per_page=5");
    expect(first.body).toMatchObject({
      page_number: 1,
      size: 5,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const total = first.body.total_items as number;
    expect(total).toBeGreaterThan(20);
    expect(first.body.total_pages).toBe(Math.ceil(total / 5));
    expect(first.body.contents).toHaveLength(5);
    const last = await get(`/services?per_page=5&page=${first.body.total_pages as number}`);
    expect(last.body).toMatchObject({ first_page: false, last_page: true, empty: false });
    const beyond = await get(`/services?per_page=5&page=${(first.body.total_pages as number) + 1}`);
    expect(beyond.body).toMatchObject({ total_items: total, empty: true, contents: [] });
    // HSDS: `size` is the number of items on this page, not the page size asked for.
    const defaults = await get("/services");
    expect(defaults.body.size).toBe(Math.min(total, 50));
    const lastSize = total - 5 * ((first.body.total_pages as number) - 1);
    expect(last.body.size).toBe(lastSize);
    expect(last.body.contents).toHaveLength(lastSize);
    expect(beyond.body.size).toBe(0);
  });

  it("returns one service with HSDS field names and our profile extras", async () => {
    const { response, body } = await get("/services/koraal-consultatielijn");
    expect(response.status).toBe(200);
    expect(slugOf(body)).toBe("koraal-consultatielijn");
    expect(isIdOf("organization", body.organization_id, "koraal")).toBe(true);
    expect(body).toMatchObject({
      status: "active",
      assured_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      last_modified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      maximum_age_inclusive: expect.any(Boolean),
      name_en: expect.any(String),
      description_en: expect.any(String),
    });
    const phones = body.phones as Array<{
      number: string;
      schedules: Array<{ byday: string; opens_at: string }>;
    }>;
    expect(phones[0]?.number).toBe("088-5057410");
    expect(phones[0]?.schedules[0]).toMatchObject({
      freq: "WEEKLY",
      byday: "TU,TH",
      opens_at: "09:00",
      closes_at: "12:00",
    });
    const attributes = body.attributes as Array<{
      taxonomy_term_id: string;
      taxonomy_term: { name: string };
    }>;
    expect(
      attributes.some((attribute) =>
        isIdOf("taxonomy_term", attribute.taxonomy_term_id, "doelgroep-lvb-expertise"),
      ),
    ).toBe(true);
    expect(attributes[0]?.taxonomy_term.name).toEqual(expect.any(String));
    // National: no area code, left out rather than null.
    expect(body.service_areas).toEqual([expect.objectContaining({ area_type: "national" })]);
    expect((body.service_areas as Json[])[0]).not.toHaveProperty("area_code");
  });

  it("answers valid HSDS 3.0 objects on every endpoint, in the zicht-nl profile", async () => {
    const objects: Array<[string, HsdsObjectKind]> = [
      ["/services/koraal-consultatielijn", "service"],
      ["/services/test-inloop", "service"],
      ["/organizations/fier", "organization"],
      ["/organizations/fier?full_service", "organization"],
      ["/service_at_locations/test-inloop-test-inloop-amsterdam", "service_at_location"],
      ["/taxonomies/hulpsoort", "taxonomy"],
      ["/taxonomy_terms/hulpsoort-behandeling", "taxonomy_term"],
    ];
    for (const [path, kind] of objects) {
      const { response, body } = await get(path);
      expect(response.status, path).toBe(200);
      expect(hsdsProblems(kind, body), path).toEqual([]);
    }
    // Lists (minimal=true is HSDS's own id + last_modified shape, tested below).
    const pages: Array<[string, HsdsObjectKind]> = [
      ["/services?per_page=100", "service"],
      ["/services?full=false&per_page=100", "service"],
      ["/organizations?per_page=100", "organization"],
      ["/organizations?full=false&full_service", "organization"],
      ["/service_at_locations?full=true", "service_at_location"],
      ["/service_at_locations", "service_at_location"],
      ["/taxonomies", "taxonomy"],
      ["/taxonomy_terms?per_page=100", "taxonomy_term"],
    ];
    for (const [path, kind] of pages) {
      const { response, body } = await get(path);
      expect(response.status, path).toBe(200);
      expect((body.contents as unknown[]).length, path).toBeGreaterThan(0);
      const problems = (body.contents as unknown[]).flatMap((item, index) =>
        hsdsProblems(kind, item).map((problem) => `contents[${index}] ${problem}`),
      );
      expect(problems, path).toEqual([]);
    }
  });

  it("answers 404 with error and details (an array) for an unknown id or path", async () => {
    for (const path of [
      "/services/bestaat-niet",
      `/services/${hsdsId("service", "bestaat-niet")}`,
      "/organizations/bestaat-niet",
      "/taxonomies/bestaat-niet",
      "/taxonomy_terms/bestaat-niet",
      "/service_at_locations/bestaat-niet",
      `/services/${"x".repeat(101)}`,
    ]) {
      const { response, body } = await get(path);
      expectError(body, 404, response);
      expect(body.details, path).toEqual([{ id: path.split("/")[2] }]);
    }
    for (const path of ["/onzin", "/services/a/b", "/services/%ZZ", "/services/%E0%A4%A"]) {
      const { response, body } = await get(path);
      expectError(body, 404, response);
      expect(body.details, path).toEqual([expect.objectContaining({ path: `/api/hsds${path}` })]);
    }
  });

  it("finds every object by its HSDS UUID and, for old links, by its readable id", async () => {
    const cases: Array<[string, HsdsIdKind, string]> = [
      ["services", "service", "koraal-consultatielijn"],
      ["organizations", "organization", "fier"],
      ["taxonomies", "taxonomy", "hulpsoort"],
      ["taxonomy_terms", "taxonomy_term", "hulpsoort-behandeling"],
      ["service_at_locations", "service_at_location", "test-inloop-test-inloop-amsterdam"],
    ];
    for (const [resource, kind, slug] of cases) {
      const byUuid = await get(`/${resource}/${hsdsId(kind, slug)}`);
      expect(byUuid.response.status, `${resource} ${slug}`).toBe(200);
      const upper = await get(`/${resource}/${hsdsId(kind, slug).toUpperCase()}`);
      expect(upper.response.status, `${resource} ${slug} (upper case)`).toBe(200);
      const bySlug = await get(`/${resource}/${slug}`);
      expect(bySlug.response.status, `${resource} ${slug} (slug)`).toBe(200);
      expect(bySlug.body).toEqual(byUuid.body);
      expect(isIdOf(kind, byUuid.body.id, slug), `${resource} ${slug}`).toBe(true);
    }
  });

  it("ignores unknown parameters and names them in a header; a repeated known parameter is a 400", async () => {
    const plain = await get("/services?per_page=3");
    const unknown = await get("/services?per_page=3&colour=red&x%20y=1&colour=blue");
    expect(unknown.response.status).toBe(200);
    expect(unknown.response.headers.get("x-zicht-ignored-parameters")).toBe("colour, x%20y");
    expect(unknown.body).toEqual(plain.body);
    expect(plain.response.headers.get("x-zicht-ignored-parameters")).toBeNull();
    const onDetail = await get("/services/koraal-consultatielijn?lang=en");
    expect(onDetail.response.status).toBe(200);
    expect(onDetail.response.headers.get("x-zicht-ignored-parameters")).toBe("lang");
    const hostile = await call("/services?%F0%9F%92%A9%3Cscript%3E=1");
    expect(hostile.status).toBe(200);
    expect(hostile.headers.get("x-zicht-ignored-parameters")).toBe("%F0%9F%92%A9%3Cscript%3E");
    const many = await call(`/services?${Array.from({ length: 30 }, (_, n) => `p${n}=1`).join("&")}`);
    expect(many.headers.get("x-zicht-ignored-parameters")).toMatch(/^p0, p1, .*p19, \(\+10\)$/);
    const twice = await get("/services?age=1&age=2");
    expectError(twice.body, 400, twice.response);
    expect(twice.body.details).toEqual([expect.objectContaining({ parameter: "age" })]);
  });

  it("answers 400 with one detail per bad parameter", async () => {
    const bad = await get(
      "/services?age=abc&per_page=0&gender=vrouw&modified_after=gisteren&page=0&full=misschien&minimal=2",
    );
    expectError(bad.body, 400, bad.response);
    expect(
      (bad.body.details as Array<{ parameter: string }>).map((problem) => problem.parameter).sort(),
    ).toEqual(["age", "full", "gender", "minimal", "modified_after", "page", "per_page"]);
    for (const path of [
      "/services?per_page=101",
      `/services?minimal=true&per_page=${maxMinimalPerPage + 1}`,
      "/organizations?full_service=ja",
      "/taxonomy_terms?top_only=nee",
      "/service_at_locations?postcode=ABCD",
      "/service_at_locations?postcode=1011ABC",
      "/service_at_locations?proximity=ver",
      "/organizations/fier?full_service=soms",
      `/services?taxonomy_id=${"x".repeat(101)}`,
    ]) {
      const { response, body } = await get(path);
      expectError(body, 400, response);
      expect((body.details as unknown[]).length, path).toBe(1);
    }
  });

  it("accepts true/false/1/0 and the bare parameter for booleans", async () => {
    const nested = (body: Json) => Array.isArray((body.contents as Json[])[0]?.phones);
    expect(nested((await get("/services?per_page=1")).body)).toBe(true);
    for (const value of ["false", "0", "FALSE"]) {
      expect(nested((await get(`/services?per_page=1&full=${value}`)).body), value).toBe(false);
    }
    for (const value of ["true", "1", "", "True"]) {
      expect(nested((await get(`/services?per_page=1&full=${value}`)).body), value).toBe(true);
    }
    expect(nested((await get("/services?per_page=1&full")).body)).toBe(true);
  });

  it("filters by municipality (name or CBS code), ranking local services first", async () => {
    const byName = await ids("?municipality=Leeuwarden&gender=male&age=15");
    const byCode = await ids("?municipality=GM0080&gender=male&age=15");
    expect(byName).toEqual(byCode);
    expect(byName.slice(0, 2).sort()).toEqual(["fier-behandelcentrum", "fier-ravi"]);
    expect(byName).not.toContain("fier-asja");
    expect(byName).not.toContain("pluryn-safe-and-sound");
    expect(byName).toContain("veilig-thuis");
  });

  it("asks which municipality for an ambiguous or unknown name, with options", async () => {
    const bergen = await get("/services?municipality=Bergen");
    expect(bergen.response.status).toBe(400);
    const details = bergen.body.details as Array<{ parameter: string; options: Array<{ code: string }> }>;
    expect(details[0]?.parameter).toBe("municipality");
    expect(details[0]?.options.length).toBeGreaterThanOrEqual(2);
    const typo = await get("/services?municipality=Leewarden");
    expect(typo.response.status).toBe(400);
    expect(
      (typo.body.details as Array<{ options: Array<{ code: string }> }>)[0]?.options.map((o) => o.code),
    ).toContain("GM0080");
  });

  it("filters by age and gender; services for everyone always match", async () => {
    expect(await ids("?age=19&gender=male&per_page=100")).not.toContain("ambiq-make-a-move-plus");
    expect(await ids("?age=15&gender=male&per_page=100")).toContain("ambiq-make-a-move-plus");
    const girls = await ids("?gender=female&per_page=100");
    expect(girls).toContain("fier-asja");
    expect(girls).not.toContain("fier-ravi");
    expect(girls).toContain("veilig-thuis");
    const x = await ids("?gender=x&per_page=100");
    expect(x).toContain("veilig-thuis");
    expect(x).not.toContain("fier-asja");
  });

  it("searches text, and filters by taxonomy term, organisation and modification time", async () => {
    expect(await ids("?search=Querrido")).toContain("hvo-querido-opvangplekken");
    expect(await ids("?search=uitgebuit")).not.toHaveLength(0);
    const shelter = await ids("?taxonomy_term_id=hulpsoort-opvang-beschermd-wonen&per_page=100");
    expect(shelter).toContain("hvo-querido-opvangplekken");
    expect(shelter).not.toContain("veilig-thuis");
    const fier = await ids("?organization_id=fier&per_page=100");
    expect(fier.sort()).toEqual(
      ["fier-advies-en-aanmeldingen", "fier-asja", "fier-behandelcentrum", "fier-ravi"].sort(),
    );
    expect(await ids("?modified_after=2000-01-01T00:00:00Z&per_page=100")).toHaveLength(
      (await get("/services?per_page=1")).body.total_items as number,
    );
    expect(await ids("?modified_after=2999-01-01")).toEqual([]);
  });

  it("filters services by taxonomy (any of its terms) and by ids sent as UUIDs", async () => {
    const all = await ids("?per_page=100");
    const byTaxonomy = await ids(`?taxonomy_id=${hsdsId("taxonomy", "uitbuitingsvorm")}&per_page=100`);
    expect(byTaxonomy).toEqual(await ids("?taxonomy_id=uitbuitingsvorm&per_page=100"));
    expect(byTaxonomy).toContain("test-inloop");
    expect(byTaxonomy.length).toBeGreaterThan(0);
    expect(byTaxonomy.length).toBeLessThanOrEqual(all.length);
    // A taxonomy no service uses and an unknown one give an empty page, not an error.
    expect(await ids(`?taxonomy_id=${hsdsId("taxonomy", "bestaat-niet")}`)).toEqual([]);
    const fier = await ids(`?organization_id=${hsdsId("organization", "fier")}&per_page=100`);
    expect(fier.sort()).toEqual((await ids("?organization_id=fier&per_page=100")).sort());
    expect(fier).toHaveLength(4);
    const shelter = await ids(
      `?taxonomy_term_id=${hsdsId("taxonomy_term", "hulpsoort-opvang-beschermd-wonen")}&per_page=100`,
    );
    expect(shelter).toContain("hvo-querido-opvangplekken");
    expect(shelter).not.toContain("veilig-thuis");
  });

  it("modified_after includes services modified at exactly that moment", async () => {
    const { body } = await get("/services/koraal-consultatielijn");
    const moment = body.last_modified as string;
    expect(await ids(`?modified_after=${encodeURIComponent(moment)}&per_page=100`)).toContain(
      "koraal-consultatielijn",
    );
    const later = new Date(Date.parse(moment) + 1).toISOString();
    expect(await ids(`?modified_after=${encodeURIComponent(later)}&per_page=100`)).not.toContain(
      "koraal-consultatielijn",
    );
  });

  it("minimal gives only id (UUID) and last_modified, all services on one page by default", async () => {
    const { response, body } = await get("/services?minimal=true");
    expect(response.status).toBe(200);
    const full = await get("/services?per_page=100");
    const total = full.body.total_items as number;
    expect(body).toMatchObject({ total_items: total, total_pages: 1, size: total, last_page: true });
    const contents = body.contents as Json[];
    for (const item of contents) expect(Object.keys(item).sort()).toEqual(["id", "last_modified"]);
    expect(contents.map((item) => item.id)).toEqual(
      (full.body.contents as Json[]).map((service) => hsdsId("service", slugOf(service) as string)),
    );
    expect(contents.map((item) => item.last_modified)).toEqual(
      (full.body.contents as Json[]).map((service) => service.last_modified),
    );
    const paged = await get("/services?minimal=1&per_page=2&page=2&organization_id=fier");
    expect(paged.body).toMatchObject({ total_items: 4, size: 2, page_number: 2 });
    const lines = (await (await call("/services?minimal&format=ndjson")).text()).trim().split("\n");
    expect(lines.map((line) => JSON.parse(line) as Json)).toEqual(contents);
  });

  it("full=false lists services with only their one-to-one fields (HSDS service_list)", async () => {
    const { body } = await get("/services?full=false&organization_id=fier");
    const contents = body.contents as Json[];
    expect(contents).toHaveLength(4);
    for (const service of contents) {
      expect(Object.values(service).some((value) => Array.isArray(value))).toBe(false);
      expect(service).toMatchObject({ name: expect.any(String), status: "active" });
      expect(service.organization).toEqual(expect.objectContaining({ name: "Fier" }));
    }
  });

  it("organizations: full=false without arrays, full_service with whole services, on lists and one organisation", async () => {
    const nested = await get("/organizations?search=fier");
    const fier = (nested.body.contents as Json[])[0] as Json;
    // Nested by default, services as short services (the profile's `services`): no lists of their own.
    expect((fier.services as Json[]).map(slugOf).sort()).toEqual(
      ["fier-advies-en-aanmeldingen", "fier-asja", "fier-behandelcentrum", "fier-ravi"].sort(),
    );
    for (const service of fier.services as Json[]) {
      expect(Object.keys(service).sort()).toEqual([
        "description",
        "id",
        "name",
        "organization_id",
        "slug",
        "status",
      ]);
      expect(service.id).toBe(hsdsId("service", slugOf(service) as string));
      expect(service.organization_id).toBe(hsdsId("organization", "fier"));
    }
    expect(fier.phones).toEqual(expect.any(Array));
    const flat = (await get("/organizations?search=fier&full=0")).body.contents as Json[];
    expect(Object.values(flat[0] as Json).some((value) => Array.isArray(value))).toBe(false);
    expect(flat[0]).toMatchObject({ name: "Fier" });
    const withServices = (await get("/organizations?search=fier&full_service")).body.contents as Json[];
    const services = (withServices[0] as Json).services as Json[];
    expect(services).toHaveLength(4);
    expect(services[0]).toMatchObject({ name: expect.any(String), phones: expect.any(Array) });
    const one = await get(`/organizations/${hsdsId("organization", "fier")}?full_service=true`);
    expect(one.response.status).toBe(200);
    expect((one.body.services as Json[]).map(slugOf).sort()).toEqual(services.map(slugOf).sort());
    const plain = await get("/organizations/fier");
    expect((plain.body.services as Json[])[0]).toMatchObject({ name: expect.any(String), status: "active" });
    expect((plain.body.services as Json[])[0]).not.toHaveProperty("phones");
  });

  it("taxonomies and terms: search, taxonomy_id (UUID or id), top_only, parent_id, paging", async () => {
    expect(await ids("?search=hulp", "/taxonomies")).toEqual(["hulpsoort"]);
    expect(await ids("?search=onbekendwoord", "/taxonomies")).toEqual([]);
    const paged = await get("/taxonomies?per_page=3&page=2");
    expect(paged.body).toMatchObject({ total_items: 4, size: 1, page_number: 2, last_page: true });
    const forms = await ids(`?taxonomy_id=${hsdsId("taxonomy", "uitbuitingsvorm")}`, "/taxonomy_terms");
    expect(forms).toEqual(await ids("?taxonomy_id=uitbuitingsvorm", "/taxonomy_terms"));
    expect(forms).toHaveLength(4);
    const all = await get("/taxonomy_terms?per_page=100");
    // Zicht's taxonomies are flat: every term is a top term and none has children.
    expect((await get("/taxonomy_terms?per_page=100&top_only=true")).body.total_items).toBe(
      all.body.total_items,
    );
    expect(
      await ids(`?parent_id=${hsdsId("taxonomy_term", "hulpsoort-behandeling")}`, "/taxonomy_terms"),
    ).toEqual([]);
    expect(await ids("?search=behandeling", "/taxonomy_terms")).toContain("hulpsoort-behandeling");
  });

  it("service_at_locations: the service filters, full, postcode (PC4 of the address) and proximity", async () => {
    const link = hsdsId("service_at_location", "test-inloop-test-inloop-amsterdam");
    const plain = await get("/service_at_locations");
    const first = (plain.body.contents as Json[])[0] as Json;
    expect(first).toMatchObject({
      id: link,
      service_id: hsdsId("service", "test-inloop"),
      location_id: hsdsId("location", "test-inloop-amsterdam"),
      location: { slug: "test-inloop-amsterdam" },
    });
    // Not full: the service's one-to-one fields only.
    expect(first.service).toMatchObject({
      id: hsdsId("service", "test-inloop"),
      slug: "test-inloop",
      name: "Inloopspreekuur Teststad",
    });
    expect(Object.values(first.service as Json).some((value) => Array.isArray(value))).toBe(false);
    const full = (await get("/service_at_locations?full=true")).body.contents as Json[];
    expect((full[0] as Json).service).toMatchObject({
      phones: expect.any(Array),
      attributes: expect.any(Array),
    });
    for (const query of [
      "?search=inloopspreekuur",
      `?organization_id=${hsdsId("organization", "mee")}`,
      `?taxonomy_term_id=${hsdsId("taxonomy_term", "hulpsoort-consultatie-advies")}`,
      "?taxonomy_id=uitbuitingsvorm",
      "?modified_after=2000-01-01",
    ]) {
      expect(await linkIds(query), query).toEqual([link]);
    }
    for (const query of [
      "?search=querido",
      "?organization_id=fier",
      "?taxonomy_term_id=hulpsoort-opvang-beschermd-wonen",
      "?modified_after=2999-01-01",
    ]) {
      expect(await linkIds(query), query).toEqual([]);
    }
    for (const postcode of ["1011", "1011AB", "1011%20ab", "1011%20XY"]) {
      const answer = await get(`/service_at_locations?postcode=${postcode}`);
      expect(answer.body.total_items, postcode).toBe(1);
      expect(answer.response.headers.get("x-zicht-postcode")).toMatch(/^PC4 1011: /);
    }
    expect((await get("/service_at_locations?postcode=9711")).body.total_items).toBe(0);
    const near = await get("/service_at_locations?postcode=1011&proximity=5000");
    expect(near.body.total_items).toBe(1);
    expect(near.response.headers.get("x-zicht-proximity")).toMatch(/^geen effect/);
    expect(near.response.headers.get("x-zicht-ignored-parameters")).toBeNull();
  });

  it("HEAD answers like GET without a body, errors included", async () => {
    const head = await call("/services?per_page=1", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await head.text()).toBe("");
    const missing = await call("/services/bestaat-niet?x=1", { method: "HEAD" });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
    expect(missing.headers.get("x-zicht-ignored-parameters")).toBe("x");
  });

  it("accepts every parameter the OpenAPI document lists, with its example, on every endpoint", async () => {
    const document = openApiDocument(publicUrl) as {
      paths: Record<string, { get: { parameters: Array<{ $ref: string }> } }>;
      components: { parameters: Record<string, { name: string; example: string }> };
    };
    const pathIds: Record<string, string> = {
      services: "koraal-consultatielijn",
      organizations: "fier",
      service_at_locations: "test-inloop-test-inloop-amsterdam",
      taxonomies: "hulpsoort",
      taxonomy_terms: "hulpsoort-behandeling",
    };
    let checked = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      if (!path.startsWith("/api/hsds") || path.includes("/profile")) continue;
      const concrete = path
        .slice("/api/hsds".length)
        .replace("{id}", (_match) => pathIds[path.split("/")[3] as string] as string);
      // Every documented endpoint is served (the profile's documents come with the profile).
      const plain = await call(concrete);
      expect(plain.status, concrete).toBe(200);
      await plain.body?.cancel();
      for (const reference of item.get.parameters) {
        const parameter = document.components.parameters[reference.$ref.split("/").pop() as string];
        const query = `${parameter?.name}=${encodeURIComponent(parameter?.example ?? "")}`;
        const response = await call(`${concrete}?${query}`);
        expect(response.status, `${concrete}?${query}`).toBe(200);
        expect(response.headers.get("x-zicht-ignored-parameters"), `${concrete}?${query}`).toBeNull();
        await response.body?.cancel();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("streams all matches as NDJSON with format=ndjson", async () => {
    const response = await call("/services?format=ndjson");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const lines = (await response.text()).trim().split("\n");
    const total = (await get("/services?per_page=1")).body.total_items as number;
    expect(lines).toHaveLength(total);
    expect((JSON.parse(lines[0] as string) as { id: string }).id).toEqual(expect.any(String));
  });

  it("lists organisations, taxonomies and terms, and shows one organisation", async () => {
    const orgs = await get("/organizations?search=fier");
    expect((orgs.body.contents as Json[]).map(slugOf)).toEqual(["fier"]);
    const fier = await get("/organizations/fier");
    expect(fier.body).toMatchObject({ id: hsdsId("organization", "fier"), slug: "fier", name: "Fier" });
    expect((fier.body.phones as Array<{ number: string }>)[0]?.number).toBe("088-2080000");
    expect((fier.body.programs as Json[]).map(slugOf)).toContain("fier-behandelprogrammas");
    expect((fier.body.programs as Json[]).map((program) => program.id)).toContain(
      hsdsId("program", "fier-behandelprogrammas"),
    );
    const all = await get("/organizations?per_page=100");
    expect(all.body.total_items).toBe(organisations.length);
    const taxonomiesPage = await get("/taxonomies");
    const taxonomySlugs = ["doelgroep", "hulpsoort", "toegang", "uitbuitingsvorm"];
    expect((taxonomiesPage.body.contents as Json[]).map(slugOf).sort()).toEqual(taxonomySlugs);
    expect((taxonomiesPage.body.contents as Json[]).map((taxonomy) => taxonomy.id).sort()).toEqual(
      taxonomySlugs.map((slug) => hsdsId("taxonomy", slug)).sort(),
    );
    const terms = await get("/taxonomy_terms?taxonomy_id=uitbuitingsvorm");
    expect(terms.body.total_items).toBe(4);
    expect((await get("/taxonomy_terms/hulpsoort-behandeling")).body).toMatchObject({
      id: hsdsId("taxonomy_term", "hulpsoort-behandeling"),
      slug: "hulpsoort-behandeling",
      taxonomy_id: hsdsId("taxonomy", "hulpsoort"),
    });
  });

  it("never shows confidential locations, in lists, details or NDJSON", async () => {
    const links = await get("/service_at_locations?per_page=100");
    const locationIds = (links.body.contents as Array<{ location_id: string }>).map(
      (link) => link.location_id,
    );
    expect(locationIds).toEqual([hsdsId("location", "test-inloop-amsterdam")]);
    expect(
      (links.body.contents as Array<{ location: { addresses: unknown[] } }>)[0]?.location.addresses,
    ).toHaveLength(1);
    for (const id of ["fier-behandelcentrum", "fier-asja", "hvo-querido-opvangplekken"]) {
      const { body } = await get(`/services/${id}`);
      expect(body.service_at_locations, id).toEqual([]);
    }
    const everything = await (await call("/services?format=ndjson")).text();
    for (const secret of [
      "fier-leeuwarden",
      hsdsId("location", "fier-leeuwarden"),
      'hvo-querido-opvang"',
      hsdsId("location", "hvo-querido-opvang"),
      "Opvanglocatie",
    ]) {
      expect(everything).not.toContain(secret);
    }
    for (const id of [
      "fier-behandelcentrum-fier-leeuwarden",
      hsdsId("service_at_location", "fier-behandelcentrum-fier-leeuwarden"),
    ]) {
      expect((await get(`/service_at_locations/${id}`)).response.status, id).toBe(404);
    }
  });

  it("answers a CORS preflight and refuses other methods with 405 and Allow", async () => {
    const preflight = await call("/services", { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    const post = await call("/services", { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    const postBody = (await post.clone().json()) as Json;
    expect(postBody.details).toEqual([{ method: "POST", allowed: ["GET", "HEAD", "OPTIONS"] }]);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(post.headers.get("access-control-allow-origin")).toBe("*");
    expect(((await post.json()) as { error: string }).error).toEqual(expect.any(String));
  });

  it("finds an organisation, service and service_at_location added after the first requests by their UUIDs, and not once removed", async () => {
    const organisationId = "test-later";
    const serviceId = "test-later-dienst";
    const linkId = hsdsId("service_at_location", `${serviceId}-test-later-locatie`);
    const paths = [
      `/organizations/${hsdsId("organization", organisationId)}`,
      `/services/${hsdsId("service", serviceId)}`,
      `/service_at_locations/${linkId}`,
    ];
    // First requests of each kind by UUID, before the objects exist.
    for (const path of paths) expect((await get(path)).response.status, path).toBe(404);
    expect((await get(`/services/${hsdsId("service", "veilig-thuis")}`)).response.status).toBe(200);
    await database.db.transaction().execute(async (trx) => {
      await saveOrganisation(
        trx,
        organisationSchema.parse({
          id: organisationId,
          name: "Later Toegevoegd",
          description: { nl: "Na de eerste vraag toegevoegd.", en: "Added after the first request." },
          phones: [],
          emails: [],
        }),
        "test",
      );
      await saveService(
        trx,
        serviceSchema.parse({
          ...publicService,
          id: serviceId,
          organisationId,
          name: { nl: "Later spreekuur", en: "Later walk-in hours" },
          locations: [{ ...publicService.locations?.[0], id: "test-later-locatie" }],
        }),
        "test",
      );
    });
    try {
      for (const path of paths) expect((await get(path)).response.status, path).toBe(200);
      const organisation = await get(paths[0] as string);
      expect(organisation.body).toMatchObject({ slug: organisationId, name: "Later Toegevoegd" });
      expect((organisation.body.services as Json[]).map(slugOf)).toEqual([serviceId]);
      expect((await get(paths[1] as string)).body).toMatchObject({
        slug: serviceId,
        organization_id: hsdsId("organization", organisationId),
      });
      expect(await ids(`?organization_id=${hsdsId("organization", organisationId)}`)).toEqual([serviceId]);
      expect(await linkIds(`?organization_id=${hsdsId("organization", organisationId)}`)).toEqual([linkId]);
    } finally {
      await database.db.deleteFrom("organization").where("id", "=", organisationId).execute();
      await database.db.deleteFrom("location").where("id", "=", "test-later-locatie").execute();
    }
    // Removed: their UUIDs, known from before, lead to a 404 and empty filters.
    for (const path of paths) expect((await get(path)).response.status, path).toBe(404);
    expect(await ids(`?organization_id=${hsdsId("organization", organisationId)}`)).toEqual([]);
  });

  it("marks facts older than 12 months as possibly outdated", async () => {
    expect((await get("/services/test-inloop")).body.possibly_outdated).toBe(true);
    expect((await get("/services/veilig-thuis")).body.possibly_outdated).toBe(false);
  });
});
