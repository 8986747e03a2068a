import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regionData } from "../../../content/regions";
import { applyZichtRules, normaliseHsds, placeResolver } from "./hsds-foreign";
import { readTabularPackage } from "./hsds-tabular";

const fixtureDir = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "hsds", "tabular");

function fixtureFiles(): Map<string, string> {
  return new Map(readdirSync(fixtureDir).map((name) => [name, readFileSync(join(fixtureDir, name), "utf8")]));
}

function withFile(name: string, change: (text: string) => string | undefined): Map<string, string> {
  const files = fixtureFiles();
  const changed = change(files.get(name) ?? "");
  if (changed === undefined) files.delete(name);
  else files.set(name, changed);
  return files;
}

function problems(files: Map<string, string>): string[] {
  const result = readTabularPackage(files);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

const SPREEKUUR = "3c2b8f4a-1d7e-4f60-8a3b-5e9d0c1f2a11";
const CHAT = "7a1e5d90-4b3c-4e2f-9c8d-6f0a1b2c3d22";

describe("readTabularPackage", () => {
  it("rebuilds organizations, services, locations and terms from the example package", () => {
    const result = readTabularPackage(fixtureFiles());
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const { document } = result;
    expect(document.organizations).toHaveLength(1);
    expect(document.organizations[0]).toMatchObject({
      name: "Stichting Steunpunt Uitbuiting Midden",
      phones: [expect.objectContaining({ number: "030 765 43 21" })],
    });
    expect(document.services.map((service) => service.id)).toEqual([SPREEKUUR, CHAT]);
    const [spreekuur, chat] = document.services;
    // Types per the schema: numbers are numbers, empty cells are left out.
    expect(spreekuur).toMatchObject({
      minimum_age: 16,
      phones: [expect.objectContaining({ number: "030 123 45 67" })],
    });
    expect(spreekuur).not.toHaveProperty("maximum_age");
    expect(spreekuur).not.toHaveProperty("program_id");
    expect(spreekuur?.schedules).toEqual([expect.objectContaining({ byday: "TU", opens_at: "13:00" })]);
    expect(spreekuur?.service_at_locations).toEqual([
      expect.objectContaining({
        location: expect.objectContaining({
          name: "Buurthuis De Brug",
          latitude: 52.0907,
          addresses: [expect.objectContaining({ city: "Utrecht", postal_code: "3531 CJ" })],
        }),
      }),
    ]);
    expect(chat?.service_areas).toEqual([expect.objectContaining({ name: "Grensstreek Vlaanderen" })]);
    expect(chat?.attributes).toHaveLength(2);
    expect(document.taxonomies).toEqual([
      expect.objectContaining({ name: "Thema's Steunpunt", version: "2" }),
    ]);
    expect(document.taxonomy_terms).toHaveLength(2);
  });

  it("goes through the normaliser and Zicht's rules: a Dutch address gives an area, one abroad none", () => {
    const read = readTabularPackage(fixtureFiles());
    if (!read.ok) throw new Error(read.problems.join("\n"));
    const normal = normaliseHsds(read.document);
    if (!normal.ok) throw new Error(normal.problems.join("\n"));
    const ruled = applyZichtRules(normal.document, placeResolver(regionData));
    if (!ruled.ok) throw new Error(ruled.problems.join("\n"));
    const [spreekuur, chat] = ruled.document.services;
    expect(spreekuur?.service_areas).toEqual([
      expect.objectContaining({ area_type: "municipality", area_code: "GM0344" }),
    ]);
    expect(chat?.service_areas).toEqual([]);
    expect(chat?.assured_date).toBe("2026-09-30");
    expect(ruled.document.taxonomy_terms[0]).toMatchObject({ code: "werk", name_en: "Werk en loon" });
    expect(ruled.notes).toEqual([
      `services[0] (${SPREEKUUR}).schedules: openingstijden van de dienst zelf bewaart de Wegwijzer niet (alleen die van een telefoonnummer of e-mailadres); weggelaten`,
      `services[1] (${CHAT}).service_areas[0]: geen Nederlandse gemeente of provincie herkend in 'Grensstreek Vlaanderen'; dit gebied is weggelaten`,
      `services[1] (${CHAT}): adres buiten Nederland bij locatie 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a844 is weggelaten`,
    ]);
  });

  it("reads a package without datapackage.json by its file names", () => {
    const result = readTabularPackage(withFile("datapackage.json", () => undefined));
    expect(result.ok).toBe(true);
  });

  it("names file, row and column of a value of the wrong type", () => {
    expect(
      problems(withFile("services.csv", (text) => text.replace(",16,,2026-10-15", ",zestien,,2026-10-15"))),
    ).toEqual(["services.csv regel 2, kolom minimum_age: 'zestien' is geen getal"]);
    expect(
      problems(
        withFile("phones.csv", (text) =>
          text
            .replace("id,location_id,", "free,id,location_id,")
            .replace(/\nf5e6/, "\nmisschien,f5e6")
            .replace(/\na6f7/, "\ntrue,a6f7"),
        ),
      ),
    ).toEqual(["phones.csv regel 2, kolom free: 'misschien' is geen true of false"]);
  });

  it("names a row that points at something the package does not have", () => {
    expect(
      problems(
        withFile("attributes.csv", (text) =>
          text.replace(",2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d02,,service", ",onbekend,,service"),
        ),
      ),
    ).toEqual(["attributes.csv regel 2, kolom taxonomy_term_id: onbekend staat niet in taxonomy_terms.csv"]);
    expect(
      problems(
        withFile(
          "addresses.csv",
          (text) =>
            `${text}d0000000-0000-4000-8000-000000000000,geen-locatie,,Straat 1,,Utrecht,,Utrecht,3511 AA,NL,physical\n`,
        ),
      ),
    ).toEqual(["addresses.csv regel 4, kolom location_id: geen-locatie staat niet in locations.csv"]);
    expect(problems(withFile("locations.csv", (text) => `${text},,physical,Zonder id,,,\n`))).toEqual([
      "locations.csv regel 4, kolom id: het id ontbreekt",
    ]);
  });

  it("checks datapackage.json against the files present", () => {
    expect(problems(withFile("schedules.csv", () => undefined))).toEqual([
      "datapackage.json, resources[5]: bestand schedules.csv ontbreekt",
    ]);
    expect(problems(withFile("datapackage.json", () => "{ niet af"))).toEqual([
      expect.stringMatching(/^datapackage\.json: geen geldige JSON/),
    ]);
    const unlisted = readTabularPackage(withFile("extra.csv", () => "id\n1\n"));
    expect(unlisted.ok && unlisted.notes).toEqual([
      "extra.csv staat niet in datapackage.json en is niet gelezen",
    ]);
  });

  it("needs organizations.csv and services.csv", () => {
    const files = new Map([["services.csv", "id,name\n"]]);
    expect(problems(files)).toEqual(["Het pakket heeft minstens organizations.csv en services.csv nodig."]);
  });
});

describe("the Open Referral CSV example (tests/fixtures/hsds/openreferral/csv)", () => {
  const dir = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "hsds", "openreferral", "csv");
  const files = new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));

  it("is read: links to rows that are not in the package are left out with a note", () => {
    const result = readTabularPackage(files);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.notes).toEqual([
      "service_at_location.csv regel 2, kolom service_id: ab231982-2106-4a55-80fc-b305560c5556 staat niet in services.csv; deze koppeling is weggelaten",
      "service_at_location.csv regel 2, kolom location_id: 2528e812-ccbb-43a7-b761-a90f27ea9ac4 staat niet in locations.csv; deze koppeling is weggelaten",
      "service_at_location.csv regel 2: deze dienst-op-locatie is weggelaten",
      "contacts.csv regel 2, kolom organization_id: ae67a707-5893-4225-b0b1-320ab9cb596b staat niet in organizations.csv; deze koppeling is weggelaten",
    ]);
    const [service] = result.document.services;
    expect(service).toEqual(
      expect.objectContaining({
        id: "ac148810-d857-441c-9679-408f346de14b",
        minimum_age: 12,
        maximum_age: 100,
        service_at_locations: [],
        contacts: [expect.objectContaining({ email: "email@example.com" })],
        phones: [expect.objectContaining({ number: '"+44 1234 234567"' })],
      }),
    );
    expect(result.document.organizations).toEqual([
      expect.objectContaining({
        year_incorporated: 2011,
        programs: [expect.objectContaining({ id: "e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42" })],
      }),
    ]);
  });

  it("a service_at_location row without a location stays a problem", () => {
    const broken = new Map(files);
    broken.set(
      "service_at_location.csv",
      "id,service_id,location_id,description\r\nsal-1,ac148810-d857-441c-9679-408f346de14b,,Zonder locatie\r\n",
    );
    const result = readTabularPackage(broken);
    expect(result).toEqual({
      ok: false,
      problems: ["service_at_location.csv regel 2, kolom location_id: de locatie ontbreekt"],
    });
  });
});
