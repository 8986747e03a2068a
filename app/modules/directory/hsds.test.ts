import { describe, expect, it } from "vitest";
import { hsdsPage, organisationToHsds, serviceToHsds, type TermRow } from "./hsds";
import type { OrganisationRecord, ServiceRecord } from "./read.server";

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
  organisation: { id: "org", name: "Organisatie", alternateName: null },
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
      size: perPage,
      first_page: first,
      last_page: last,
      empty,
    });
  });
});

describe("a service as HSDS JSON", () => {
  const hsds = serviceToHsds(record, {
    terms: new Map([[term.id, term]]),
    now: new Date("2026-11-29T00:00:00Z"),
  });

  it("uses HSDS names and our profile extras", () => {
    expect(hsds).toMatchObject({
      id: "voorbeeld",
      organization_id: "org",
      program_id: null,
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
    });
  });

  it("nests phones with their opening hours, in Amsterdam time", () => {
    expect(hsds.phones).toEqual([
      expect.objectContaining({
        id: "voorbeeld-telefoon-1",
        service_id: "voorbeeld",
        organization_id: null,
        number: "0800-1234",
        description: "Hulplijn",
        free: true,
        schedules: [
          expect.objectContaining({
            freq: "WEEKLY",
            byday: "MO,TU",
            opens_at: "09:00",
            timezone: "Europe/Amsterdam",
          }),
        ],
      }),
    ]);
    expect(hsds.schedules).toEqual(hsds.phones[0]?.schedules);
    expect(hsds.contacts[0]).toMatchObject({ email: "info@example.nl", title: null });
  });

  it("links terms through attributes, taxonomies in a fixed order, unknown terms without a term object", () => {
    expect(hsds.attributes.map((attribute) => attribute.taxonomy_term_id)).toEqual([
      "doelgroep-iedereen",
      "hulpsoort-onbekend",
    ]);
    expect(hsds.attributes[0]?.taxonomy_term).toMatchObject({ code: "iedereen", taxonomy_id: "doelgroep" });
    expect(hsds.attributes[1]?.taxonomy_term).toBeNull();
  });

  it("gives areas their kind and CBS code, and locations their links", () => {
    expect(hsds.service_areas).toEqual([
      expect.objectContaining({ name: "Leeuwarden", area_type: "municipality", area_code: "GM0080" }),
    ]);
    expect(hsds.service_at_locations).toEqual([
      expect.objectContaining({
        id: "voorbeeld-loc",
        location_id: "loc",
        location: expect.objectContaining({ addresses: [] }),
      }),
    ]);
  });

  it("links the organisation's phones to the organisation when the service has none of its own", () => {
    const via = serviceToHsds(
      { ...record, contactViaOrganisation: true },
      { terms: new Map(), lastModified: false },
    );
    expect(via.phones[0]).toMatchObject({ organization_id: "org", service_id: null, schedules: [] });
    expect(via).not.toHaveProperty("last_modified");
    expect(via).not.toHaveProperty("possibly_outdated");
  });
});

describe("an organisation as HSDS JSON", () => {
  it("has its phones, contacts and programmes", () => {
    const organisation: OrganisationRecord = {
      id: "org",
      name: "Organisatie",
      alternateName: "Org",
      description: { nl: "Beschrijving", en: "Description" },
      website: "https://org.example.nl",
      parent: { id: "moeder", name: "Moeder" },
      children: [],
      phones: [
        { id: "org-organisatie-telefoon-1", number: "020-1234567", label: null, free: false, schedules: [] },
      ],
      emails: [],
      programs: [{ id: "prog", name: "Programma", description: "Een programma." }],
      serviceIds: ["voorbeeld"],
      lastModified: new Date("2026-11-01T00:00:00Z"),
    };
    expect(organisationToHsds(organisation)).toMatchObject({
      id: "org",
      alternate_name: "Org",
      website: "https://org.example.nl",
      parent_organization_id: "moeder",
      phones: [{ organization_id: "org", service_id: null, number: "020-1234567" }],
      programs: [{ id: "prog", organization_id: "org" }],
      services: [{ id: "voorbeeld" }],
    });
  });
});
