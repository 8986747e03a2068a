import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readImportDocument, readImportSource } from "./hsds-exchange.server";
import { officialHsdsValidator } from "../../../tests/hsds/schema-validator";
import { applyZichtRules, normaliseHsds, type HsdsImportDocument, type PlaceOf } from "./hsds-foreign";

const ORG = "5b1a4c3e-1d2f-4e5a-8b9c-0d1e2f3a4b5c";
const SERVICE = "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d";
const SERVICE_2 = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
const TERM = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f";
const TAXONOMY = "d3e4f5a6-b7c8-4d9e-8f1a-2b3c4d5e6f7a";
const LOCATION = "e4f5a6b7-c8d9-4e0f-9a2b-3c4d5e6f7a8b";

const organization = { id: ORG, name: "Stichting Veilig Thuis Regio", description: "Advies en meldpunt." };
const term = {
  id: TERM,
  code: "schuldhulp",
  name: "Schuldhulp",
  description: "Hulp bij schulden",
  taxonomy_detail: { id: TAXONOMY, name: "Sociale kaart", description: "Termen van de sociale kaart" },
};
const service = {
  id: SERVICE,
  name: "Spreekuur schulden",
  description: "Gratis spreekuur over geldzaken.",
  status: "active",
  assured_date: "2026-11-01",
  attributes: [{ id: "f0000000-0000-4000-8000-000000000001", taxonomy_term: term }],
};

function ok(input: unknown) {
  const result = normaliseHsds(input);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result;
}

function problems(input: unknown): string[] {
  const result = normaliseHsds(input);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("normaliseHsds: shapes", () => {
  it("takes one organization with nested services", () => {
    const { document, zichtExport } = ok({ ...organization, services: [service] });
    expect(zichtExport).toBe(false);
    expect(document.organizations).toEqual([organization]);
    expect(document.services).toHaveLength(1);
    expect(document.services[0]).toMatchObject({ id: SERVICE, organization_id: ORG });
    expect(document.taxonomy_terms).toEqual([
      {
        id: TERM,
        code: "schuldhulp",
        name: "Schuldhulp",
        description: "Hulp bij schulden",
        taxonomy_id: TAXONOMY,
      },
    ]);
    expect(document.taxonomies).toEqual([term.taxonomy_detail]);
    expect(document.services[0]?.attributes).toEqual([expect.objectContaining({ taxonomy_term_id: TERM })]);
  });

  it("takes one service with its nested organization, and lower-cases UUIDs", () => {
    const { document } = ok({
      ...service,
      id: SERVICE.toUpperCase(),
      organization: { ...organization, id: ORG.toUpperCase() },
    });
    expect(document.organizations.map((o) => o.id)).toEqual([ORG]);
    expect(document.services[0]).toMatchObject({ id: SERVICE, organization_id: ORG });
    expect(document.services[0]).not.toHaveProperty("organization");
  });

  it("takes a list page of services and collects a shared organization and term once", () => {
    const page = {
      total_items: 2,
      total_pages: 1,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: true,
      empty: false,
      contents: [
        { ...service, organization },
        { ...service, id: SERVICE_2, name: "Budgetcursus", organization },
      ],
    };
    const { document } = ok(page);
    expect(document.organizations).toHaveLength(1);
    expect(document.taxonomy_terms).toHaveLength(1);
    expect(document.taxonomies).toHaveLength(1);
    expect(document.services.map((s) => s.id)).toEqual([SERVICE, SERVICE_2]);
  });

  it("takes service_at_locations pointing at services given elsewhere in an array", () => {
    const link = {
      id: "f1000000-0000-4000-8000-000000000001",
      service_id: SERVICE,
      location: { id: LOCATION, location_type: "physical", name: "Wijkcentrum De Brug" },
    };
    const { document } = ok([
      { ...organization, services: [service] },
      { total_items: 1, contents: [link] },
    ]);
    expect(document.services[0]?.service_at_locations).toEqual([link]);
  });

  it("takes a service_at_location with its service nested", () => {
    const { document } = ok({
      id: "f1000000-0000-4000-8000-000000000002",
      service: { ...service, organization },
      location: { id: LOCATION, location_type: "physical" },
    });
    expect(document.services[0]?.service_at_locations).toEqual([
      {
        id: "f1000000-0000-4000-8000-000000000002",
        service_id: SERVICE,
        location: { id: LOCATION, location_type: "physical" },
      },
    ]);
  });

  it("passes Zicht's own export through untouched", () => {
    const exported = {
      format: "zicht-wegwijzer",
      taxonomies: [],
      taxonomy_terms: [],
      named_regions: [],
      organizations: [],
      services: [],
    };
    const result = ok(exported);
    expect(result.zichtExport).toBe(true);
    expect(result.document).toBe(exported);
  });

  it("takes a document of the four lists", () => {
    const { document } = ok({
      organizations: [organization],
      services: [{ ...service, organization_id: ORG }],
    });
    expect(document.services).toHaveLength(1);
  });

  it("makes a taxonomy from a term that only names it", () => {
    const { document } = ok({
      ...organization,
      services: [
        {
          ...service,
          attributes: [
            {
              taxonomy_term: { id: TERM, name: "Schuldhulp", description: "x", taxonomy: "Open Eligibility" },
            },
          ],
        },
      ],
    });
    expect(document.taxonomies).toEqual([expect.objectContaining({ name: "Open Eligibility" })]);
    expect(document.taxonomy_terms[0]?.taxonomy_id).toBe(document.taxonomies[0]?.id);
  });
});

describe("normaliseHsds: problems with their JSON paths", () => {
  it("names a missing id deep inside an array", () => {
    expect(
      problems([organization, organization, { ...organization, services: [{ ...service, id: undefined }] }]),
    ).toEqual(["$[2].services[0].id: id van dienst ontbreekt of is geen tekst"]);
  });

  it("refuses what is not HSDS", () => {
    expect(problems(42)).toEqual(["$: verwacht een HSDS-object of een lijst daarvan"]);
    expect(problems([{ id: "x", title: "Wat is dit?" }])).toEqual([
      "$[0]: onbekend soort HSDS-object: verwacht een organisatie, dienst, dienst-op-locatie, taxonomie of term",
    ]);
    expect(problems([])).toEqual(["$: het bestand bevat geen organisaties, diensten of taxonomieën"]);
  });

  it("refuses a service without an organization, and a link to one that is not there", () => {
    expect(problems([service])).toEqual(["$[0].organization_id: de dienst hoort bij geen organisatie"]);
    expect(problems({ contents: [{ ...service, organization_id: ORG }] })).toEqual([
      `$.contents[0].organization_id: organisatie ${ORG} staat niet in het bestand`,
    ]);
  });

  it("refuses a nested service that names another organization", () => {
    const other = "99999999-0000-4000-8000-000000000000";
    expect(problems({ ...organization, services: [{ ...service, organization_id: other }] })).toEqual([
      `$.services[0].organization_id: verwijst naar organisatie ${other}, maar staat bij organisatie ${ORG}`,
      `$.services[0].organization_id: organisatie ${other} staat niet in het bestand`,
    ]);
  });

  it("refuses unknown terms and terms without a taxonomy", () => {
    const missing = "88888888-0000-4000-8000-000000000000";
    expect(
      problems({ ...organization, services: [{ ...service, attributes: [{ taxonomy_term_id: missing }] }] }),
    ).toEqual([`$.services[0].attributes[0].taxonomy_term_id: term ${missing} staat niet in het bestand`]);
    expect(
      problems({
        ...organization,
        services: [
          { ...service, attributes: [{ taxonomy_term: { id: TERM, name: "x", description: "y" } }] },
        ],
      }),
    ).toEqual(["$.services[0].attributes[0].taxonomy_term.taxonomy_id: de term hoort bij geen taxonomie"]);
  });

  it("refuses a service_at_location without a location or a known service", () => {
    expect(problems([organization, { id: "l-1", service_id: SERVICE, location_id: LOCATION }])).toEqual([
      "$[1].location: de locatie ontbreekt (alleen een location_id is niet genoeg)",
    ]);
    expect(problems([organization, { id: "l-1", service_id: SERVICE, location: { id: LOCATION } }])).toEqual([
      `$[1].service_id: dienst ${SERVICE} staat niet in het bestand`,
    ]);
  });
});

describe("applyZichtRules", () => {
  const placeOf: PlaceOf = (text) => {
    const known: Record<string, { area_type: "municipality" | "province"; area_code: string; name: string }> =
      {
        utrecht: { area_type: "municipality", area_code: "GM0344", name: "Utrecht" },
        GM0363: { area_type: "municipality", area_code: "GM0363", name: "Amsterdam" },
        "noord-brabant": { area_type: "province", area_code: "PV30", name: "Noord-Brabant" },
      };
    return known[text] ?? known[text.toLowerCase()];
  };
  const document = (extra: Record<string, unknown>): HsdsImportDocument => ({
    taxonomies: [],
    taxonomy_terms: [],
    organizations: [organization],
    services: [{ ...service, organization_id: ORG, ...extra }],
  });
  const apply = (extra: Record<string, unknown>) => {
    const result = applyZichtRules(document(extra), placeOf);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    return result;
  };

  it("turns service areas naming a Dutch place or CBS code into areas and drops the rest with a note", () => {
    const { document: out, notes } = apply({
      service_areas: [
        { id: "a1", name: "Gemeente GM0363" },
        { id: "a2", name: "Noord-Brabant" },
        { id: "a3", name: "Springfield County" },
      ],
    });
    expect(out.services[0]?.service_areas).toEqual([
      { id: "a1", service_id: SERVICE, name: "Amsterdam", area_type: "municipality", area_code: "GM0363" },
      { id: "a2", service_id: SERVICE, name: "Noord-Brabant", area_type: "province", area_code: "PV30" },
    ]);
    expect(notes).toEqual([
      `services[0] (${SERVICE}).service_areas[2]: geen Nederlandse gemeente of provincie herkend in 'Springfield County'; dit gebied is weggelaten`,
    ]);
  });

  it("uses the municipality of Dutch addresses when no service area says where, and drops addresses abroad", () => {
    const link = (id: string, address: Record<string, unknown>) => ({
      id: `sal-${id}`,
      location: {
        id,
        location_type: "physical",
        addresses: [{ id: `adr-${id}`, address_1: "Straat 1", ...address }],
      },
    });
    const { document: out, notes } = apply({
      service_at_locations: [
        link("loc-nl", { city: "Utrecht", country: "NL", postal_code: "3511 AB", state_province: "Utrecht" }),
        link("loc-be", {
          city: "Antwerpen",
          country: "BE",
          postal_code: "2000",
          state_province: "Antwerpen",
        }),
      ],
    });
    const [service0] = out.services;
    expect(service0?.service_areas).toEqual([
      { id: `${SERVICE}-GM0344`, service_id: SERVICE, area_type: "municipality", area_code: "GM0344" },
    ]);
    const locations = (service0?.service_at_locations as Array<{ location: Record<string, unknown> }>).map(
      (l) => l.location,
    );
    expect(locations[0]).toMatchObject({ municipality_code: "GM0344" });
    expect(locations[1]).toMatchObject({ addresses: [] });
    expect(locations[1]).not.toHaveProperty("municipality_code");
    expect(notes).toEqual([
      `services[0] (${SERVICE}): adres buiten Nederland bij locatie loc-be is weggelaten`,
    ]);
  });

  it("gives a service without any Dutch place no area", () => {
    expect(
      apply({ service_areas: [{ id: "a", name: "Overal" }] }).document.services[0]?.service_areas,
    ).toEqual([]);
  });

  it("keeps Zicht's own areas as they are", () => {
    const area = { id: "x", area_type: "national" };
    expect(apply({ service_areas: [area] }).document.services[0]?.service_areas).toEqual([area]);
  });

  it("refuses a missing description, and a missing assured date without last_modified", () => {
    const result = applyZichtRules(document({ description: undefined, assured_date: undefined }), placeOf);
    expect(result).toEqual({
      ok: false,
      problems: [
        `services[0] (${SERVICE}).description: de beschrijving ontbreekt`,
        `services[0] (${SERVICE}).assured_date: de controledatum ontbreekt (ook last_modified ontbreekt)`,
      ],
    });
  });

  it("takes the assured date from last_modified", () => {
    expect(
      apply({ assured_date: undefined, last_modified: "2026-10-05T08:00:00Z" }).document.services[0],
    ).toMatchObject({
      assured_date: "2026-10-05",
    });
  });
});

describe("the Open Referral reference examples (tests/fixtures/hsds/openreferral)", () => {
  const example = (name: string): unknown =>
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "hsds", "openreferral", name),
        "utf8",
      ),
    );

  it("understands service_simple.json: the service, its organization and its programme", () => {
    const { document } = ok(example("service_simple.json"));
    expect(document.organizations).toEqual([
      expect.objectContaining({
        id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
        programs: [expect.objectContaining({ id: "e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42" })],
      }),
    ]);
    expect(document.services).toEqual([
      expect.objectContaining({
        id: "ac148810-d857-441c-9679-408f346de14b",
        organization_id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
        program_id: "e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42",
      }),
    ]);
  });

  it("understands organization_simple.json", () => {
    expect(ok(example("organization_simple.json")).document.organizations).toHaveLength(1);
  });

  const parentNote = (path: string) =>
    `${path}: moederorganisatie cd09a387-91f4-4555-94ec-e799c35344cd staat niet in het bestand; deze koppeling is weggelaten`;
  const service = "services[0] (ac148810-d857-441c-9679-408f346de14b)";
  const organisation = "organizations[0] (d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610)";
  const fullNotes = (parentPath: string) => [
    parentNote(parentPath),
    `${service}.phones[0]: telefoonnummer '"+44 1234 234567"' is geen Nederlands nummer; weggelaten`,
    `${service}.schedules: openingstijden van de dienst zelf bewaart de Wegwijzer niet (alleen die van een telefoonnummer of e-mailadres); weggelaten`,
    `${service}.languages: talen bewaart de Wegwijzer niet; weggelaten`,
    `${service}.service_areas[0]: geen Nederlandse gemeente of provincie herkend in 'The service is available to all residents of the MyCity area. We provide the service in our offices or via video conferencing to any who can provide evidence of their residency.'; dit gebied is weggelaten`,
    `${service}: adres buiten Nederland bij locatie 3a19ff88-4620-4d17-9830-ac1d859eb5d5 is weggelaten`,
    `${organisation}.phones[0]: telefoonnummer '"+44 1234 234567"' is geen Nederlands nummer; weggelaten`,
  ];
  const taxonomyNote =
    "taxonomie 5c4d79d7-cc55-470e-9f1f-8cad074e4892 ('name') heeft geen termen in het bestand en is weggelaten";

  it.each([
    ["service_simple.json", [parentNote("$.organization.parent_organization_id")]],
    ["organization_simple.json", [parentNote("$.parent_organization_id")]],
    ["service_list.json", [parentNote("$.contents[0].organization.parent_organization_id")]],
    ["organization_list.json", [parentNote("$.contents[0].parent_organization_id")]],
    [
      "service_at_location_list.json",
      [parentNote("$.contents[0].service.organization.parent_organization_id")],
    ],
    ["service_full.json", fullNotes("$.organization.parent_organization_id")],
    ["organization_full.json", fullNotes("$.parent_organization_id")],
    ["service_at_location_full.json", fullNotes("$.service.organization.parent_organization_id")],
    ["taxonomy.json", [taxonomyNote]],
    ["taxonomy_list.json", [taxonomyNote]],
    ["taxonomy_term.json", []],
    ["taxonomy_term_list.json", []],
  ])("imports %s, with a note on everything it leaves out", (name, notes) => {
    const read = readImportDocument(example(name));
    if (!read.ok) throw new Error(read.problems.join("\n"));
    expect(read.notes).toEqual(notes);
  });

  it("is valid HSDS 3.0 as vendored (every object against the official schemas)", async () => {
    const validator = await officialHsdsValidator();
    const kinds = {
      "service_simple.json": "service",
      "service_full.json": "service",
      "organization_simple.json": "organization",
      "organization_full.json": "organization",
      "service_at_location_full.json": "service_at_location",
      "taxonomy.json": "taxonomy",
      "taxonomy_term.json": "taxonomy_term",
    } as const;
    for (const [name, kind] of Object.entries(kinds)) {
      expect(validator.errors(kind, example(name)), name).toEqual([]);
    }
    const lists = {
      "service_list.json": "service",
      "organization_list.json": "organization",
      "service_at_location_list.json": "service_at_location",
      "taxonomy_list.json": "taxonomy",
      "taxonomy_term_list.json": "taxonomy_term",
    } as const;
    for (const [name, kind] of Object.entries(lists)) {
      expect(validator.pageErrors(kind, example(name)), name).toEqual([]);
    }
  });

  it("service_full.json: the organisation, its programme, the service with its term and the location without its address", () => {
    const read = readImportDocument(example("service_full.json"));
    if (!read.ok) throw new Error(read.problems.join("\n"));
    const { content } = read;
    expect(content.organisations).toEqual([
      expect.objectContaining({
        id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
        website: "http://example.com",
        phones: [],
      }),
    ]);
    expect(content.organisations[0]).not.toHaveProperty("parentId");
    expect(content.programs.map((program) => program.id)).toEqual(["e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42"]);
    expect(content.taxonomies).toEqual([
      expect.objectContaining({
        id: "5c4d79d7-cc55-470e-9f1f-8cad074e4892",
        terms: [expect.objectContaining({ id: "3f7b145d-84af-42d7-8fae-eaca714b02b2", code: "code" })],
      }),
    ]);
    const [imported] = content.services;
    expect(imported).toEqual(
      expect.objectContaining({
        id: "ac148810-d857-441c-9679-408f346de14b",
        programId: "e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42",
        minimumAge: 12,
        maximumAge: 100,
        areas: [],
        phones: [],
        emails: [
          { address: "email@example.com", label: { nl: "Reception Manager", en: "Reception Manager" } },
        ],
        locations: [
          {
            id: "3a19ff88-4620-4d17-9830-ac1d859eb5d5",
            type: "physical",
            name: "MyCity Civic Center",
            confidential: false,
          },
        ],
        assuredDate: "2005-01-01",
      }),
    );
  });
});

describe("applyZichtRules: contact details Zicht cannot keep are left out with a note", () => {
  const place: PlaceOf = () => undefined;
  const document = (extra: Record<string, unknown>): HsdsImportDocument => ({
    taxonomies: [],
    taxonomy_terms: [],
    organizations: [{ ...organization, website: "ftp://example.nl", phones: [{ number: "+31 20 1234567" }] }],
    services: [{ ...service, attributes: [], organization_id: ORG, ...extra }],
  });

  it("drops foreign numbers, contacts without e-mail, bad ages, odd schedules; keeps the rest", () => {
    const result = applyZichtRules(
      document({
        minimum_age: 12.5,
        maximum_age: 130,
        phones: [
          {
            number: "020 123 4567",
            schedules: [{ byday: "MO,TU", opens_at: "09:00:00", closes_at: "17:00:00" }],
          },
          { number: "0800-1234", schedules: [{ freq: "WEEKLY", opens_at: "09:00", closes_at: "17:00" }] },
        ],
        contacts: [{ name: "Ann Persona" }, { email: "info@example.nl" }],
      }),
      place,
    );
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const path = `services[0] (${SERVICE})`;
    expect(result.notes).toEqual([
      `${path}.phones[1].schedules[0]: geen wekelijkse openingstijd die de Wegwijzer kent; weggelaten`,
      `${path}.contacts[0]: contact zonder geldig e-mailadres (Ann Persona); weggelaten`,
      `${path}.minimum_age: leeftijd '12.5' is geen heel getal van 0 tot en met 120; weggelaten`,
      `${path}.maximum_age: leeftijd '130' is geen heel getal van 0 tot en met 120; weggelaten`,
      `organizations[0] (${ORG}).phones[0]: telefoonnummer '+31 20 1234567' is geen Nederlands nummer; weggelaten`,
      `organizations[0] (${ORG}).website: 'ftp://example.nl' is geen webadres (http of https); weggelaten`,
    ]);
    const [kept] = result.document.services;
    expect(kept?.phones).toEqual([
      { number: "020 123 4567", schedules: [{ byday: "MO,TU", opens_at: "09:00", closes_at: "17:00" }] },
      { number: "0800-1234", schedules: [] },
    ]);
    expect(kept?.contacts).toEqual([{ email: "info@example.nl", schedules: [] }]);
    expect(kept).not.toHaveProperty("minimum_age");
    expect(kept).not.toHaveProperty("maximum_age");
    expect(result.document.organizations[0]).not.toHaveProperty("website");
    expect(result.document.organizations[0]?.phones).toEqual([]);
  });

  it("drops both ages when the minimum is above the maximum", () => {
    const result = applyZichtRules(document({ minimum_age: 18, maximum_age: 12 }), place);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.notes).toContain(
      `services[0] (${SERVICE}): minimumleeftijd is hoger dan maximumleeftijd; beide leeftijden weggelaten`,
    );
    expect(result.document.services[0]).not.toHaveProperty("minimum_age");
  });
});

describe("normaliseHsds: links to objects that are not in the file", () => {
  it("drops a programme link with a note, keeps a missing organisation a problem", () => {
    const result = normaliseHsds({
      ...service,
      organization,
      program_id: "f1f1f1f1-0000-4000-8000-000000000000",
    });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.notes).toEqual([
      "$.program_id: programma f1f1f1f1-0000-4000-8000-000000000000 staat niet in het bestand; deze koppeling is weggelaten",
    ]);
    expect(result.document.services[0]).not.toHaveProperty("program_id");
    expect(problems({ ...service, organization_id: ORG })).toEqual([
      `$.organization_id: organisatie ${ORG} staat niet in het bestand`,
    ]);
  });
});

describe("readImportSource: what the command was given", () => {
  const fixtures = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "hsds");

  it("refuses a loose CSV file and a path that does not exist, in Dutch", () => {
    expect(readImportSource(join(fixtures, "tabular", "services.csv"))).toEqual({
      ok: false,
      problems: [
        "Een los CSV-bestand kan niet worden ingelezen. Geef de map van een HSDS-datapakket (met organizations.csv en services.csv) of zijn datapackage.json.",
      ],
    });
    expect(readImportSource(join(fixtures, "bestaat-niet.json"))).toEqual({
      ok: false,
      problems: [`${join(fixtures, "bestaat-niet.json")} bestaat niet.`],
    });
  });

  it("reads a JSON file, and a package by its directory or its datapackage.json alike", () => {
    expect(readImportSource(join(fixtures, "openreferral", "service_simple.json"))).toEqual(
      readImportDocument(
        JSON.parse(readFileSync(join(fixtures, "openreferral", "service_simple.json"), "utf8")),
      ),
    );
    expect(readImportSource(join(fixtures, "tabular", "datapackage.json"))).toEqual(
      readImportSource(join(fixtures, "tabular")),
    );
  });
});

describe("normaliseHsds: more list pages", () => {
  it("merges a page of services with a page of their service_at_locations, each location once", () => {
    const location = { id: LOCATION, location_type: "physical", name: "Wijkcentrum De Brug" };
    const { document } = ok([
      {
        total_items: 1,
        contents: [{ ...service, organization, service_at_locations: [{ id: "sal-1", location }] }],
      },
      {
        total_items: 2,
        contents: [
          { id: "sal-1", service_id: SERVICE, location },
          { id: "sal-2", service_id: SERVICE, location: { ...location, id: "loc-2", name: "Bibliotheek" } },
        ],
      },
    ]);
    expect(
      (document.services[0]?.service_at_locations as Array<{ id: string }>).map((link) => link.id),
    ).toEqual(["sal-1", "sal-2"]);
  });

  it("takes a page of taxonomy terms with their taxonomies", () => {
    const { document } = ok({
      total_items: 2,
      contents: [
        term,
        { ...term, id: "c2d3e4f5-0000-4c8d-9e0f-1a2b3c4d5e6f", code: "budget", name: "Budget" },
      ],
    });
    expect(document.taxonomies).toHaveLength(1);
    expect(document.taxonomy_terms.map((t) => t.code)).toEqual(["schuldhulp", "budget"]);
  });
});
