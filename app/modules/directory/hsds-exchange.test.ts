import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
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
import { knownCodes } from "./places.server";

const content: DirectoryContent = { taxonomies, namedRegions, organisations, programs, services };
const areaName = (area: Area) =>
  area.kind === "national" ? "heel Nederland" : area.kind === "region" ? area.id : area.code;
/** Through JSON, as a file would carry it. */
const viaFile = (document: ExchangeDocument): unknown => JSON.parse(JSON.stringify(document));

describe("the HSDS exchange document", () => {
  const document = contentToExchange(content, areaName);

  it("holds taxonomies, terms, regions, organisations with programmes, and services", () => {
    expect(document).toMatchObject({ format: "zicht-wegwijzer", hsds_version: "3.0", profile: "zicht-nl" });
    expect(document.taxonomies.map((taxonomy) => taxonomy.id)).toEqual([
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
      document.organizations.find((organisation) => organisation.id === "fier")?.programs.map((p) => p.id),
    ).toEqual(["fier-behandelprogrammas"]);
    expect(document.services.map((service) => service.id)).toEqual(services.map((service) => service.id));
    const yip = document.services.find((service) => service.id === "koraal-yip");
    expect(yip).toMatchObject({ organization_id: "koraal", status: "active" });
    expect(yip).not.toHaveProperty("last_modified");
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
    expect(contentToExchange(read.content, areaName)).toEqual(document);
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
      service.phones.some((phone) => phone.service_id === null),
    );
    expect(viaOrganisation).toBeDefined();
    expect(read.content.services.find((service) => service.id === viaOrganisation?.id)?.phones).toEqual([]);
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
