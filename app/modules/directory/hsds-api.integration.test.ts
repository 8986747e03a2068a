import { beforeAll, describe, expect, it } from "vitest";
import { organisations, programs, services } from "../../../content/organisations";
import { namedRegions } from "../../../content/regions";
import { taxonomies } from "../../../content/taxonomies";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import type { ServiceInput } from "./directory-content";
import { saveDirectory } from "./directory.server";
import { handleHsdsRequest } from "./hsds-api.server";

const now = new Date("2026-11-29T10:00:00Z");

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
    handleHsdsRequest(database.db, new Request(`http://localhost/api/hsds${path}`, init), now);
  const get = async (path: string) => {
    const response = await call(path);
    return { response, body: (await response.json()) as Record<string, unknown> & { contents?: unknown[] } };
  };
  const ids = async (query: string) => {
    const { response, body } = await get(`/services${query}`);
    expect(response.status).toBe(200);
    return (body.contents as Array<{ id: string }>).map((service) => service.id);
  };

  it("describes itself at / with HSDS version 3.0, the profile and its parameters", async () => {
    const { response, body } = await get("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(body.version).toBe("3.0");
    expect(body.profile).toBe("zicht-nl");
    expect(Object.keys(body.profile_parameters as object)).toEqual(
      expect.arrayContaining(["municipality", "age", "gender", "format"]),
    );
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
    const defaults = await get("/services");
    expect(defaults.body.size).toBe(50);
  });

  it("returns one service with HSDS field names and our profile extras", async () => {
    const { response, body } = await get("/services/koraal-consultatielijn");
    expect(response.status).toBe(200);
    expect(body).toMatchObject({
      id: "koraal-consultatielijn",
      organization_id: "koraal",
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
    expect(attributes.map((attribute) => attribute.taxonomy_term_id)).toContain("doelgroep-lvb-expertise");
    expect(attributes[0]?.taxonomy_term.name).toEqual(expect.any(String));
    expect(body.service_areas).toEqual([expect.objectContaining({ area_type: "national", area_code: null })]);
  });

  it("answers 404 with error and details for an unknown id or path", async () => {
    for (const path of ["/services/bestaat-niet", "/organizations/bestaat-niet", "/onzin", "/services/a/b"]) {
      const { response, body } = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(body.error).toEqual(expect.any(String));
      expect(body.details).toBeDefined();
    }
  });

  it("answers 400 naming an unknown parameter and each bad value", async () => {
    const unknown = await get("/services?colour=red");
    expect(unknown.response.status).toBe(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ parameter: "colour" })]);
    const bad = await get("/services?age=abc&per_page=500&gender=vrouw&modified_after=gisteren&page=0");
    expect(bad.response.status).toBe(400);
    expect(
      (bad.body.details as Array<{ parameter: string }>).map((problem) => problem.parameter).sort(),
    ).toEqual(["age", "gender", "modified_after", "page", "per_page"]);
    const twice = await get("/services?age=1&age=2");
    expect(twice.response.status).toBe(400);
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
    expect((orgs.body.contents as Array<{ id: string }>).map((org) => org.id)).toEqual(["fier"]);
    const fier = await get("/organizations/fier");
    expect(fier.body).toMatchObject({ id: "fier", name: "Fier" });
    expect((fier.body.phones as Array<{ number: string }>)[0]?.number).toBe("088-2080000");
    expect((fier.body.programs as Array<{ id: string }>).map((program) => program.id)).toContain(
      "fier-behandelprogrammas",
    );
    const all = await get("/organizations?per_page=100");
    expect(all.body.total_items).toBe(organisations.length);
    const taxonomiesPage = await get("/taxonomies");
    expect((taxonomiesPage.body.contents as Array<{ id: string }>).map((t) => t.id).sort()).toEqual([
      "doelgroep",
      "hulpsoort",
      "toegang",
      "uitbuitingsvorm",
    ]);
    const terms = await get("/taxonomy_terms?taxonomy_id=uitbuitingsvorm");
    expect(terms.body.total_items).toBe(4);
    expect((await get("/taxonomy_terms/hulpsoort-behandeling")).body).toMatchObject({
      taxonomy_id: "hulpsoort",
    });
  });

  it("never shows confidential locations, in lists, details or NDJSON", async () => {
    const links = await get("/service_at_locations?per_page=100");
    const locationIds = (links.body.contents as Array<{ location_id: string }>).map(
      (link) => link.location_id,
    );
    expect(locationIds).toEqual(["test-inloop-amsterdam"]);
    expect(
      (links.body.contents as Array<{ location: { addresses: unknown[] } }>)[0]?.location.addresses,
    ).toHaveLength(1);
    for (const id of ["fier-behandelcentrum", "fier-asja", "hvo-querido-opvangplekken"]) {
      const { body } = await get(`/services/${id}`);
      expect(body.service_at_locations, id).toEqual([]);
    }
    const everything = await (await call("/services?format=ndjson")).text();
    for (const secret of ["fier-leeuwarden", 'hvo-querido-opvang"', "Opvanglocatie"]) {
      expect(everything).not.toContain(secret);
    }
    expect((await get("/service_at_locations/fier-behandelcentrum-fier-leeuwarden")).response.status).toBe(
      404,
    );
  });

  it("answers a CORS preflight and refuses other methods with 405 and Allow", async () => {
    const preflight = await call("/services", { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    const post = await call("/services", { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(post.headers.get("access-control-allow-origin")).toBe("*");
    expect(((await post.json()) as { error: string }).error).toEqual(expect.any(String));
  });

  it("marks facts older than 12 months as possibly outdated", async () => {
    expect((await get("/services/test-inloop")).body.possibly_outdated).toBe(true);
    expect((await get("/services/veilig-thuis")).body.possibly_outdated).toBe(false);
  });
});
