import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { undeclaredFields } from "../../../tests/hsds/declared-fields";
import { hsdsValidator, officialHsdsValidator, readSchemaDir } from "../../../tests/hsds/schema-validator";
import {
  amsterdamUtcOffset,
  hsdsPage,
  languageToHsds,
  minimalServiceToHsds,
  organisationToHsds,
  serviceAtLocationToHsds,
  serviceToHsds,
  taxonomyToHsds,
  termToHsds,
  withoutEmpty,
  withoutLists,
  type AddressRow,
  type TermRow,
} from "./hsds";
import { hsdsId } from "./hsds-ids";
import type { OrganisationRecord, ServiceRecord } from "./read.server";

const official = officialHsdsValidator();
const profileSchemas = readSchemaDir(join(import.meta.dirname, "hsds-profile", "schemas"));
const profiled = hsdsValidator(profileSchemas);
/** Errors against the official schemas and against the zicht-nl profile's patched schemas. */
const errors = (kind: Parameters<typeof official.errors>[0], value: unknown) => [
  ...official.errors(kind, value),
  ...profiled.errors(kind, value).map((error) => `profile ${error}`),
  ...undeclaredFields(profileSchemas, kind, value).map((field) => `not declared by the profile: ${field}`),
];
/** No `null` anywhere in a JSON value. */
const nullPaths = (value: unknown, path = ""): string[] =>
  value === null
    ? [path]
    : typeof value === "object"
      ? Object.entries(value as object).flatMap(([key, inner]) => nullPaths(inner, `${path}/${key}`))
      : [];

const term: TermRow = {
  id: "doelgroep-iedereen",
  taxonomy_id: "doelgroep",
  code: "iedereen",
  name: "Iedereen",
  name_en: "Everyone",
  description: "Voor iedereen.",
};

const record: ServiceRecord = {
  id: "voorbeeld",
  name: { nl: "Voorbeeld", en: "Example" },
  description: { nl: "Een dienst.", en: "A service." },
  status: "active",
  minimumAge: 12,
  maximumAge: 23,
  maximumAgeInclusive: false,
  eligibilityDescription: "Jongeren met een LVB",
  url: "https://voorbeeld.example.nl/dienst",
  assuredDate: "2025-01-01",
  lastModified: new Date("2026-11-01T12:00:00Z"),
  organisation: { id: "org", name: "Organisatie", alternateName: null, description: "Een organisatie." },
  program: null,
  phones: [
    {
      id: "voorbeeld-telefoon-1",
      number: "0800-1234",
      label: { nl: "Hulplijn", en: "Helpline" },
      free: true,
      schedules: [{ byday: ["MO", "TU"], opensAt: "09:00", closesAt: "17:00" }],
    },
  ],
  emails: [{ id: "voorbeeld-email-1", address: "info@example.nl", label: null, schedules: [] }],
  contactViaOrganisation: false,
  areas: [{ id: "voorbeeld-gebied-1", kind: "municipality", code: "GM0080", name: "Leeuwarden" }],
  terms: { hulpsoort: ["hulpsoort-onbekend"], doelgroep: ["doelgroep-iedereen"] },
  locations: [{ id: "loc", type: "physical", name: "Kantoor", municipalityCode: "GM0080" }],
};

describe("HSDS paging", () => {
  it.each([
    { total: 0, page: 1, perPage: 50, pages: 1, first: true, last: true, empty: true, items: 0 },
    { total: 120, page: 1, perPage: 50, pages: 3, first: true, last: false, empty: false, items: 50 },
    { total: 120, page: 3, perPage: 50, pages: 3, first: false, last: true, empty: false, items: 20 },
    { total: 120, page: 4, perPage: 50, pages: 3, first: false, last: true, empty: true, items: 0 },
  ])("$total items, page $page of $perPage", ({ total, page, perPage, pages, first, last, empty, items }) => {
    const result = hsdsPage(
      Array.from({ length: items }, (_, index) => index),
      total,
      page,
      perPage,
    );
    expect(result).toMatchObject({
      total_items: total,
      total_pages: pages,
      page_number: page,
      size: items,
      first_page: first,
      last_page: last,
      empty,
    });
  });
});

const address: AddressRow = {
  id: "loc-adres",
  location_id: "loc",
  address_1: "Stationsweg 1",
  city: "Leeuwarden",
  state_province: "Fryslân",
  postal_code: "8911 AA",
  country: "NL",
  address_type: "physical",
};

describe("a service as HSDS JSON", () => {
  const now = new Date("2026-11-29T00:00:00Z");
  const hsds = serviceToHsds(
    { ...record, program: { id: "prog", name: "Programma", description: "Een programma." } },
    {
      terms: new Map([[term.id, { ...term, taxonomy_name: "Doelgroep" }]]),
      addresses: new Map([["loc", [address]]]),
      languages: [{ id: "voorbeeld-nl", service_id: "voorbeeld", name: "Nederlands", code: "nl" }],
      now,
    },
  );

  it("is valid HSDS 3.0 and valid in the profile, with every optional part filled", () => {
    expect(errors("service", hsds)).toEqual([]);
    expect(nullPaths(hsds)).toEqual([]);
    expect(hsds.program).toMatchObject({
      id: hsdsId("program", "prog"),
      slug: "prog",
      description: "Een programma.",
    });
    expect(hsds.languages).toEqual([
      { id: hsdsId("language", "voorbeeld-nl"), service_id: hsds.id, name: "Nederlands", code: "nl" },
    ]);
  });

  it("is valid with every optional part empty, leaving unknown values out", () => {
    const bare = serviceToHsds(
      {
        ...record,
        minimumAge: null,
        maximumAge: null,
        eligibilityDescription: null,
        url: null,
        phones: [],
        emails: [],
        areas: [{ id: "bare-gebied-1", kind: "national", code: null, name: "heel Nederland" }],
        terms: {},
        locations: [{ id: "loc", type: "virtual", name: null, municipalityCode: null }],
      },
      { terms: new Map(), lastModified: false },
    );
    expect(errors("service", bare)).toEqual([]);
    expect(nullPaths(bare)).toEqual([]);
    for (const field of [
      "program_id",
      "program",
      "url",
      "minimum_age",
      "maximum_age",
      "eligibility_description",
    ]) {
      expect(bare).not.toHaveProperty(field);
    }
    expect(bare.service_areas[0]).not.toHaveProperty("area_code");
    expect(bare.service_at_locations[0]?.location).toEqual({
      id: hsdsId("location", "loc"),
      slug: "loc",
      location_type: "virtual",
      addresses: [],
    });
  });

  it("uses UUIDs for ids and links, keeps the readable id as slug, and our profile extras", () => {
    expect(hsds).toMatchObject({
      id: hsdsId("service", "voorbeeld"),
      slug: "voorbeeld",
      organization_id: hsdsId("organization", "org"),
      program_id: hsdsId("program", "prog"),
      name: "Voorbeeld",
      name_en: "Example",
      url: "https://voorbeeld.example.nl/dienst",
      eligibility_description: "Jongeren met een LVB",
      minimum_age: 12,
      maximum_age: 23,
      maximum_age_inclusive: false,
      assured_date: "2025-01-01",
      last_modified: "2026-11-01T12:00:00.000Z",
      possibly_outdated: true,
      organization: {
        id: hsdsId("organization", "org"),
        slug: "org",
        name: "Organisatie",
        description: "Een organisatie.",
      },
    });
    expect(hsds.organization).not.toHaveProperty("alternate_name");
  });

  it("nests phones with their opening hours, in Amsterdam time with its UTC offset of that day", () => {
    expect(hsds.phones).toEqual([
      expect.objectContaining({
        id: hsdsId("phone", "voorbeeld-telefoon-1"),
        service_id: hsds.id,
        number: "0800-1234",
        description: "Hulplijn",
        description_en: "Helpline",
        free: true,
        schedules: [
          {
            id: hsdsId("schedule", "voorbeeld-telefoon-1-tijden-1"),
            service_id: hsds.id,
            freq: "WEEKLY",
            byday: "MO,TU",
            opens_at: "09:00",
            closes_at: "17:00",
            timezone: 1,
            timezone_name: "Europe/Amsterdam",
          },
        ],
      }),
    ]);
    expect(hsds.phones[0]).not.toHaveProperty("organization_id");
    expect(hsds.schedules).toEqual(hsds.phones[0]?.schedules);
    expect(hsds.contacts[0]).toEqual({
      id: hsdsId("contact", "voorbeeld-email-1"),
      service_id: hsds.id,
      email: "info@example.nl",
      schedules: [],
    });
  });

  it("gives the UTC offset of Amsterdam from the time zone data: 1 in winter, 2 in summer", () => {
    expect(amsterdamUtcOffset(new Date("2026-01-15T12:00:00Z"))).toBe(1);
    expect(amsterdamUtcOffset(new Date("2026-07-15T12:00:00Z"))).toBe(2);
    // The night of the change to summer time (29 March 2026, 01:00 UTC).
    expect(amsterdamUtcOffset(new Date("2026-03-29T00:59:00Z"))).toBe(1);
    expect(amsterdamUtcOffset(new Date("2026-03-29T01:00:00Z"))).toBe(2);
  });

  it("links terms through attributes, taxonomies in a fixed order, unknown terms without a term object", () => {
    expect(hsds.attributes.map((attribute) => attribute.taxonomy_term_id)).toEqual([
      hsdsId("taxonomy_term", "doelgroep-iedereen"),
      hsdsId("taxonomy_term", "hulpsoort-onbekend"),
    ]);
    expect(hsds.attributes[0]).toMatchObject({
      id: hsdsId("attribute", "voorbeeld-doelgroep-iedereen"),
      link_id: hsds.id,
      taxonomy_term: {
        id: hsdsId("taxonomy_term", "doelgroep-iedereen"),
        slug: "doelgroep-iedereen",
        code: "iedereen",
        taxonomy: "Doelgroep",
        taxonomy_id: hsdsId("taxonomy", "doelgroep"),
        language: "nl",
      },
    });
    expect(hsds.attributes[0]?.taxonomy_term).not.toHaveProperty("parent_id");
    expect(hsds.attributes[1]).not.toHaveProperty("taxonomy_term");
  });

  it("gives areas their kind and CBS code, and locations their links and addresses", () => {
    expect(hsds.service_areas).toEqual([
      {
        id: hsdsId("service_area", "voorbeeld-gebied-1"),
        service_id: hsds.id,
        name: "Leeuwarden",
        area_type: "municipality",
        area_code: "GM0080",
      },
    ]);
    expect(hsds.service_at_locations).toEqual([
      {
        id: hsdsId("service_at_location", "voorbeeld-loc"),
        service_id: hsds.id,
        location_id: hsdsId("location", "loc"),
        location: {
          id: hsdsId("location", "loc"),
          slug: "loc",
          location_type: "physical",
          name: "Kantoor",
          municipality_code: "GM0080",
          addresses: [
            {
              ...address,
              id: hsdsId("address", "loc-adres"),
              location_id: hsdsId("location", "loc"),
            },
          ],
        },
      },
    ]);
  });

  it("links the organisation's phones to the organisation when the service has none of its own", () => {
    const via = serviceToHsds(
      { ...record, contactViaOrganisation: true },
      { terms: new Map(), lastModified: false },
    );
    expect(via.phones[0]).toMatchObject({ organization_id: hsdsId("organization", "org"), schedules: [] });
    expect(via.phones[0]).not.toHaveProperty("service_id");
    expect(via).not.toHaveProperty("last_modified");
    expect(via).not.toHaveProperty("possibly_outdated");
    expect(errors("service", via)).toEqual([]);
  });

  it("as a list item (full=false) keeps its one-to-one fields and nested objects, drops lists, and is a valid service_list page", () => {
    const item = withoutLists(hsds);
    expect(Object.values(item).some((value) => Array.isArray(value))).toBe(false);
    expect(item).toMatchObject({ id: hsds.id, slug: "voorbeeld", name: hsds.name, status: hsds.status });
    expect(item.organization).toEqual(hsds.organization);
    expect(item.program).toEqual(hsds.program);
    for (const list of ["phones", "contacts", "schedules", "service_areas", "attributes", "languages"]) {
      expect(item).not.toHaveProperty(list);
    }
    expect(official.pageErrors("service", hsdsPage([item], 1, 1, 50))).toEqual([]);
  });

  it("as a minimal item is only its UUID and last change, in ISO time", () => {
    const minimal = minimalServiceToHsds({ id: "voorbeeld", last_modified: "2026-11-01T12:00:00+01:00" });
    expect(minimal).toEqual({
      id: hsdsId("service", "voorbeeld"),
      last_modified: "2026-11-01T11:00:00.000Z",
    });
    expect(
      minimalServiceToHsds({ id: "voorbeeld", last_modified: new Date("2026-11-01T11:00:00Z") }),
    ).toEqual(minimal);
  });

  it("keeps a UUID from another system as the id, without a slug", () => {
    const uuid = "AC148810-D857-441C-9679-408F346DE14B";
    const imported = serviceToHsds({ ...record, id: uuid }, { terms: new Map(), lastModified: false });
    expect(imported.id).toBe(uuid.toLowerCase());
    expect(imported).not.toHaveProperty("slug");
    expect(errors("service", imported)).toEqual([]);
  });
});

describe("other HSDS objects", () => {
  it("a service at a location, on its own, is valid", () => {
    const link = serviceAtLocationToHsds(
      "voorbeeld",
      { id: "loc", type: "physical", name: null, municipalityCode: null },
      [address],
    );
    expect(errors("service_at_location", link)).toEqual([]);
    expect(link.location).not.toHaveProperty("name");
  });

  it("a taxonomy and a term are valid, with a readable taxonomy name and no hierarchy", () => {
    const taxonomy = taxonomyToHsds({
      id: "doelgroep",
      name: "Doelgroep",
      name_en: "Target group",
      description: "Voor wie.",
      version: "1",
    });
    expect(taxonomy).toEqual({
      id: hsdsId("taxonomy", "doelgroep"),
      slug: "doelgroep",
      name: "Doelgroep",
      name_en: "Target group",
      description: "Voor wie.",
      version: "1",
    });
    expect(errors("taxonomy", taxonomy)).toEqual([]);
    const hsdsTerm = termToHsds({ ...term, name_en: null });
    expect(errors("taxonomy_term", hsdsTerm)).toEqual([]);
    expect(hsdsTerm).toEqual({
      id: hsdsId("taxonomy_term", "doelgroep-iedereen"),
      slug: "doelgroep-iedereen",
      code: "iedereen",
      name: "Iedereen",
      description: "Voor iedereen.",
      taxonomy: "doelgroep",
      taxonomy_id: hsdsId("taxonomy", "doelgroep"),
      language: "nl",
    });
  });

  it("a language leaves out what it does not know", () => {
    expect(languageToHsds({ id: "x-nl", service_id: "x", name: null, code: "nl" })).toEqual({
      id: hsdsId("language", "x-nl"),
      service_id: hsdsId("service", "x"),
      code: "nl",
    });
  });

  it("withoutEmpty drops null and undefined, keeps false, 0 and empty lists", () => {
    expect(withoutEmpty({ a: null, b: undefined, c: false, d: 0, e: [], f: "" })).toEqual({
      c: false,
      d: 0,
      e: [],
      f: "",
    });
  });
});

describe("an organisation as HSDS JSON", () => {
  const organisation: OrganisationRecord = {
    id: "org",
    name: "Organisatie",
    alternateName: "Org",
    description: { nl: "Beschrijving", en: "Description" },
    website: "https://org.example.nl",
    parent: { id: "moeder", name: "Moeder" },
    children: [],
    phones: [
      {
        id: "org-organisatie-telefoon-1",
        number: "020-1234567",
        label: { nl: "Receptie", en: "Reception" },
        free: false,
        schedules: [],
      },
    ],
    emails: [{ id: "org-organisatie-email-1", address: "info@org.example.nl", label: null, schedules: [] }],
    programs: [{ id: "prog", name: "Programma", description: "Een programma." }],
    serviceIds: ["voorbeeld"],
    services: [{ id: "voorbeeld", name: "Voorbeeld", description: "Een dienst.", status: "active" }],
    lastModified: new Date("2026-11-01T00:00:00Z"),
  };

  it("has its phones, contacts, programmes, identifiers and services, all valid", () => {
    const hsds = organisationToHsds(organisation);
    const id = hsdsId("organization", "org");
    expect(hsds).toMatchObject({
      id,
      slug: "org",
      alternate_name: "Org",
      website: "https://org.example.nl",
      parent_organization_id: hsdsId("organization", "moeder"),
      organization_identifiers: [
        {
          id: hsdsId("organization_identifier", "org-zicht"),
          organization_id: id,
          identifier_scheme: "zicht",
          identifier_type: "slug",
          identifier: "org",
        },
      ],
      phones: [{ organization_id: id, number: "020-1234567", description: "Receptie" }],
      programs: [{ id: hsdsId("program", "prog"), slug: "prog", organization_id: id }],
      services: [
        {
          id: hsdsId("service", "voorbeeld"),
          slug: "voorbeeld",
          organization_id: id,
          name: "Voorbeeld",
          description: "Een dienst.",
          status: "active",
        },
      ],
    });
    expect(errors("organization", hsds)).toEqual([]);
    expect(nullPaths(hsds)).toEqual([]);
  });

  it("is valid with every optional part empty", () => {
    const bare = organisationToHsds(
      {
        ...organisation,
        alternateName: null,
        website: null,
        parent: null,
        phones: [],
        emails: [],
        programs: [],
        serviceIds: [],
        services: [],
      },
      { lastModified: false, services: false },
    );
    expect(errors("organization", bare)).toEqual([]);
    expect(nullPaths(bare)).toEqual([]);
    for (const field of [
      "alternate_name",
      "website",
      "parent_organization_id",
      "last_modified",
      "services",
    ]) {
      expect(bare).not.toHaveProperty(field);
    }
  });
});
