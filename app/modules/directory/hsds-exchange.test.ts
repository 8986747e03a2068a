import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { undeclaredFields } from "../../../tests/hsds/declared-fields";
import { hsdsValidator, officialHsdsValidator, readSchemaDir } from "../../../tests/hsds/schema-validator";
import { organisations, programs, services } from "../../../content/organisations";
import { namedRegions } from "../../../content/regions";
import { taxonomies } from "../../../content/taxonomies";
import { checkDirectoryContent, type Area, type DirectoryContent } from "./directory-content";
import {
  contentToExchange,
  csvColumns,
  exchangeToContent,
  exchangeToCsv,
  inDocumentTerms,
  type ExchangeDocument,
} from "./hsds-exchange";
import { hsdsId } from "./hsds-ids";
import { knownCodes } from "./places.server";

const content: DirectoryContent = { taxonomies, namedRegions, organisations, programs, services };
const areaName = (area: Area) =>
  area.kind === "national" ? "heel Nederland" : area.kind === "region" ? area.id : area.code;
/** Through JSON, as a file would carry it. */
const viaFile = (document: ExchangeDocument): unknown => JSON.parse(JSON.stringify(document));
const publicUrl = "https://zicht.example.nl";
const official = officialHsdsValidator();
const profileSchemas = readSchemaDir(join(import.meta.dirname, "hsds-profile", "schemas"));
const profiled = hsdsValidator(profileSchemas);

describe("the HSDS exchange document", () => {
  const document = contentToExchange(content, areaName, publicUrl);

  it("holds taxonomies, terms, regions, organisations with programmes, and services", () => {
    expect(document).toMatchObject({
      format: "zicht-wegwijzer",
      hsds_version: "3.0",
      profile: "https://zicht.example.nl/api/hsds/profile",
    });
    expect(document.taxonomies.map((taxonomy) => taxonomy.slug)).toEqual([
      "doelgroep",
      "hulpsoort",
      "toegang",
      "uitbuitingsvorm",
    ]);
    expect(document.taxonomy_terms).toHaveLength(
      taxonomies.reduce((sum, taxonomy) => sum + taxonomy.terms.length, 0),
    );
    expect(document.named_regions).toHaveLength(namedRegions.length);
    expect(document.organizations).toHaveLength(organisations.length);
    expect(
      document.organizations
        .find((organisation) => organisation.slug === "fier")
        ?.programs.map((p) => p.slug),
    ).toEqual(["fier-behandelprogrammas"]);
    expect(document.services.map((service) => service.slug)).toEqual(services.map((service) => service.id));
    const yip = document.services.find((service) => service.slug === "koraal-yip");
    expect(yip).toMatchObject({
      id: hsdsId("service", "koraal-yip"),
      organization_id: hsdsId("organization", "koraal"),
      status: "active",
    });
    expect(yip).not.toHaveProperty("last_modified");
  });

  it("holds only objects valid against the official HSDS schemas and the profile's", () => {
    const problems = [
      ...document.services.flatMap((item) => official.errors("service", item)),
      ...document.organizations.flatMap((item) => official.errors("organization", item)),
      ...document.taxonomies.flatMap((item) => official.errors("taxonomy", item)),
      ...document.taxonomy_terms.flatMap((item) => official.errors("taxonomy_term", item)),
      ...document.services.flatMap((item) => profiled.errors("service", item)),
      ...document.organizations.flatMap((item) => profiled.errors("organization", item)),
      ...document.taxonomies.flatMap((item) => profiled.errors("taxonomy", item)),
      ...document.taxonomy_terms.flatMap((item) => profiled.errors("taxonomy_term", item)),
      ...document.named_regions.flatMap((item) =>
        profiled.errors("named_region" as Parameters<typeof profiled.errors>[0], item),
      ),
    ];
    expect(problems).toEqual([]);
    // Every field is HSDS or declared by the profile.
    const sections = [
      ["service", document.services],
      ["organization", document.organizations],
      ["taxonomy", document.taxonomies],
      ["taxonomy_term", document.taxonomy_terms],
      ["named_region", document.named_regions],
    ] as const;
    expect(
      sections.flatMap(([kind, items]) =>
        (items as readonly unknown[]).flatMap((item) => undeclaredFields(profileSchemas, kind, item)),
      ),
    ).toEqual([]);
    const text = JSON.stringify(document);
    expect(text).not.toContain("null");
    // No clock in the export: no timezone offset, no timestamps.
    expect(text).not.toContain('"timezone":');
    expect(text).not.toContain("last_modified");
    expect(text).toContain('"timezone_name":"Europe/Amsterdam"');
  });

  it("never holds a confidential location", () => {
    const text = JSON.stringify(document);
    expect(text).not.toContain("fier-leeuwarden");
    expect(text).not.toContain("Opvanglocatie");
    expect(document.services.flatMap((service) => service.service_at_locations)).toEqual([]);
  });

  it("reads back into the same content (a fixed point: export → import → export)", () => {
    const read = exchangeToContent(viaFile(document));
    if (!read.ok) throw new Error(read.problems.join("\n"));
    expect(checkDirectoryContent(read.content, knownCodes)).toEqual([]);
    expect(contentToExchange(read.content, areaName, publicUrl)).toEqual(document);
    const koraal = read.content.services.find((service) => service.id === "koraal-consultatielijn");
    expect(koraal?.phones[0]).toEqual({
      number: "088-5057410",
      ...(koraal?.phones[0]?.label ? { label: koraal.phones[0].label } : {}),
      schedules: [{ byday: ["TU", "TH"], opensAt: "09:00", closesAt: "12:00" }],
    });
  });

  it("keeps organisation phones with the organisation, not copied into each service", () => {
    const read = exchangeToContent(viaFile(document));
    if (!read.ok) throw new Error(read.problems.join("\n"));
    const viaOrganisation = document.services.find((service) =>
      service.phones.some((phone) => phone.service_id === undefined),
    );
    expect(viaOrganisation).toBeDefined();
    expect(read.content.services.find((service) => service.id === viaOrganisation?.slug)?.phones).toEqual([]);
  });

  it("reads generic HSDS without the profile's fields: UUIDs as ids, links through the document", () => {
    const uuid = (n: number) => `ac148810-d857-441c-9679-${String(n).padStart(12, "0")}`;
    const upper = (id: string) => id.toUpperCase();
    const generic = {
      taxonomies: [],
      taxonomy_terms: [
        {
          id: uuid(1),
          taxonomy_id: upper(hsdsId("taxonomy", "doelgroep")),
          code: "iedereen",
          name: "Iedereen",
          description: "Voor iedereen.",
        },
      ],
      named_regions: [{ id: uuid(2), name: "Noord", municipality_codes: ["GM0080"] }],
      organizations: [
        {
          id: upper(uuid(3)),
          name: "Andere organisatie",
          description: "Uit een ander systeem.",
          parent_organization_id: uuid(4),
          programs: [{ id: uuid(5), name: "Programma", description: "Een programma." }],
        },
        { id: uuid(4), name: "Moeder", description: "De moederorganisatie." },
      ],
      services: [
        {
          id: uuid(6),
          organization_id: uuid(3),
          program_id: upper(uuid(5)),
          name: "Hulp",
          description: "Hulp van elders.",
          status: "active",
          assured_date: "2026-01-01",
          phones: [{ id: uuid(7), number: "058-1234567", description: "Balie" }],
          attributes: [
            { id: uuid(8), taxonomy_term_id: upper(uuid(1)) },
            {
              id: uuid(9),
              taxonomy_term_id: uuid(10),
              taxonomy_term: {
                id: uuid(10),
                taxonomy_id: hsdsId("taxonomy", "hulpsoort"),
                code: "advies",
                name: "Advies",
                description: "Advies.",
              },
            },
          ],
          service_areas: [{ id: uuid(11), area_type: "region", area_code: upper(uuid(2)) }],
          service_at_locations: [
            { id: uuid(12), location: { id: upper(uuid(13)), location_type: "virtual", addresses: [] } },
          ],
        },
        {
          id: uuid(14),
          organization_id: uuid(99),
          name: "Wees",
          description: "Organisatie onbekend.",
          assured_date: "2026-01-01",
        },
      ],
    };
    const read = exchangeToContent(generic);
    if (!read.ok) throw new Error(read.problems.join("\n"));
    const [organisation, parent] = read.content.organisations;
    expect(organisation).toMatchObject({
      id: uuid(3),
      parentId: uuid(4),
      description: { nl: "Uit een ander systeem.", en: "Uit een ander systeem." },
    });
    expect(parent?.id).toBe(uuid(4));
    expect(read.content.programs).toEqual([
      { id: uuid(5), organisationId: uuid(3), name: "Programma", description: "Een programma." },
    ]);
    expect(read.content.namedRegions[0]).toMatchObject({ id: uuid(2), name: "Noord" });
    const [service, orphan] = read.content.services;
    expect(service).toMatchObject({
      id: uuid(6),
      organisationId: uuid(3),
      programId: uuid(5),
      name: { nl: "Hulp", en: "Hulp" },
      description: { nl: "Hulp van elders.", en: "Hulp van elders." },
      areas: [{ kind: "region", id: uuid(2) }],
      terms: { doelgroep: ["iedereen"], hulpsoort: ["advies"], toegang: [], uitbuitingsvorm: [] },
      phones: [{ number: "058-1234567", label: { nl: "Balie", en: "Balie" } }],
      locations: [{ id: uuid(13), type: "virtual", confidential: false }],
    });
    // A link that matches nothing stays as sent, so the content check can name it.
    expect(orphan?.organisationId).toBe(uuid(99));
  });

  it("keeps the UUIDs of data from another system through export and import, without slugs", () => {
    const id = "ac148810-d857-441c-9679-408f346de14b";
    const [first] = services;
    const foreign: DirectoryContent = {
      ...content,
      services: [{ ...first!, id, locations: [] }],
    };
    const exported = contentToExchange(foreign, areaName, publicUrl);
    expect(exported.services[0]).toMatchObject({ id });
    expect(exported.services[0]).not.toHaveProperty("slug");
    const read = exchangeToContent(viaFile(exported));
    if (!read.ok) throw new Error(read.problems.join("\n"));
    expect(read.content.services[0]?.id).toBe(id);
    expect(contentToExchange(read.content, areaName, publicUrl)).toEqual(exported);
  });

  it("names a term link that matches nothing", () => {
    const broken = viaFile(document) as { services: Array<{ attributes: Array<Record<string, unknown>> }> };
    broken.services[1]!.attributes = [{ id: "x", taxonomy_term_id: "hulpsoort-bestaat-niet" }];
    const read = exchangeToContent(broken);
    expect(read.ok ? [] : read.problems).toEqual([
      `dienst 2 (${services[1]?.id}): onbekende term hulpsoort-bestaat-niet`,
    ]);
  });

  it("names the record number and field of every structural problem", () => {
    const broken = viaFile(document) as {
      services: Array<Record<string, unknown>>;
      organizations: unknown[];
    };
    broken.services[2] = { ...broken.services[2], minimum_age: "twaalf", phones: [{ number: 1234 }] };
    const read = exchangeToContent(broken);
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems).toEqual([
      "dienst 3, veld minimum_age: getal verwacht",
      "dienst 3, veld phones.0.number: tekst verwacht",
    ]);
    expect(exchangeToContent([])).toMatchObject({ ok: false });
    expect(exchangeToContent({ format: "zicht-wegwijzer" })).toMatchObject({
      ok: false,
      problems: expect.arrayContaining(["Het onderdeel 'services' ontbreekt."]),
    });
  });

  it("reports content problems in the document's field names", () => {
    expect(inDocumentTerms("dienst 4, veld minimumAge: minimumleeftijd is hoger dan maximumleeftijd")).toBe(
      "dienst 4, veld minimum_age: minimumleeftijd is hoger dan maximumleeftijd",
    );
    expect(inDocumentTerms("dienst 2, veld emails.0.address: geen geldig e-mailadres")).toBe(
      "dienst 2, veld contacts.0.email: geen geldig e-mailadres",
    );
    expect(inDocumentTerms("dienst 2, veld phones.1.number: alleen cijfers")).toBe(
      "dienst 2, veld phones.1.number: alleen cijfers",
    );
    expect(inDocumentTerms("dienst 5 (x): onbekende organisatie y")).toBe(
      "dienst 5 (x): onbekende organisatie y",
    );
  });

  it("flattens one service per CSV row, lists joined with '; '", () => {
    const rows = parse(exchangeToCsv(document)) as string[][];
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(services.length + 1);
    const column = (name: (typeof csvColumns)[number]) => csvColumns.indexOf(name);
    const fier = rows.find((row) => row[0] === "fier-behandelcentrum");
    expect(fier?.[column("service_areas")]).toBe("GM0080; GM0014; GM0599");
    expect(fier?.[column("doelgroep")]).toContain("; ");
    const koraal = rows.find((row) => row[0] === "koraal-consultatielijn");
    expect(koraal?.[column("opening_hours")]).toContain("088-5057410: TU,TH 09:00-12:00");
  });
});
