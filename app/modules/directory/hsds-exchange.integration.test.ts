import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations, programs, services } from "../../../content/organisations";
import { namedRegions } from "../../../content/regions";
import { taxonomies } from "../../../content/taxonomies";
import { runSeeds } from "../../db/seed/index.server";
import { createTestDatabase, testEngineLabel, type TestDatabase } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { contentToExchange, type ExchangeDocument } from "./hsds-exchange";
import { exportDirectory, importDirectory } from "./hsds-exchange.server";
import { areaNamer, loadRegionData } from "./places.server";

const publicUrl = "https://zicht.example.nl";

describe(`Wegwijzer export and import on ${testEngineLabel}`, () => {
  const seeded = useTestDatabase();
  let empty: TestDatabase;
  let exported: ExchangeDocument;
  let exportedText: string;

  beforeAll(async () => {
    await runSeeds(seeded.db);
    empty = await createTestDatabase();
    exported = await exportDirectory(seeded.db, publicUrl);
    exportedText = JSON.stringify(exported, null, 2);
  });
  afterAll(async () => {
    await empty?.close();
  });

  const rowCounts = async (database: TestDatabase) => {
    const { rows } = await sql<{
      services: number;
      organisations: number;
      taxonomies: number;
      regions: number;
    }>`
      select (select count(*)::int from service) as services, (select count(*)::int from organization) as organisations,
             (select count(*)::int from taxonomy) as taxonomies, (select count(*)::int from named_region) as regions`.execute(
      database.db,
    );
    return rows[0];
  };
  /** A copy of the export with one change, as file text. */
  const changed = (change: (document: ExchangeDocument) => void) => {
    const document = JSON.parse(exportedText) as ExchangeDocument;
    change(document);
    return JSON.stringify(document);
  };

  it("exports exactly what the content gives, without confidential locations", async () => {
    const data = await loadRegionData(seeded.db);
    const expected = contentToExchange(
      { taxonomies, namedRegions, organisations, programs, services },
      areaNamer(data),
      publicUrl,
    );
    expect(exported).toEqual(expected);
    expect(exportedText).not.toContain("fier-leeuwarden");
  });

  it("refuses a file that is not JSON, and writes nothing", async () => {
    const result = await importDirectory(empty.db, "{ dit is geen json");
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringContaining("Het bestand is geen geldige JSON"),
    ]);
    expect(await rowCounts(empty)).toEqual({ services: 0, organisations: 0, taxonomies: 0, regions: 0 });
  });

  it("names the record number and field of a bad phone number, and writes nothing", async () => {
    const index = exported.services.findIndex((service) =>
      service.phones.some((phone) => phone.service_id !== undefined),
    );
    const text = changed((document) => {
      const phone = document.services[index]?.phones[0];
      if (phone) phone.number = "bel ons";
    });
    const result = await importDirectory(empty.db, text);
    expect(result.ok ? [] : result.problems).toEqual([
      `dienst ${index + 1}, veld phones.0.number: alleen cijfers, spaties en streepjes`,
    ]);
    expect(await rowCounts(empty)).toEqual({ services: 0, organisations: 0, taxonomies: 0, regions: 0 });
  });

  it("names an unknown organisation, and writes nothing", async () => {
    const text = changed((document) => {
      const service = document.services[3];
      if (service) service.organization_id = "bestaat-niet";
    });
    const result = await importDirectory(empty.db, text);
    expect(result.ok ? [] : result.problems).toEqual([
      `dienst 4 (${exported.services[3]?.slug}): onbekende organisatie bestaat-niet`,
    ]);
    expect(await rowCounts(empty)).toEqual({ services: 0, organisations: 0, taxonomies: 0, regions: 0 });
  });

  it("checks and counts with dryRun, writing nothing", async () => {
    const result = await importDirectory(empty.db, exportedText, { dryRun: true });
    expect(result).toMatchObject({ ok: true, written: false, counts: { services: services.length } });
    expect(await rowCounts(empty)).toEqual({ services: 0, organisations: 0, taxonomies: 0, regions: 0 });
  });

  it("round-trips: export → import into an empty database → export gives the same document", async () => {
    const result = await importDirectory(empty.db, exportedText);
    expect(result).toMatchObject({
      ok: true,
      written: true,
      counts: { organisations: organisations.length },
    });
    const again = await exportDirectory(empty.db, publicUrl);
    expect(JSON.stringify(again, null, 2)).toBe(exportedText);
  });

  it("keeps confidential locations linked when the export is imported into the database it came from", async () => {
    const locations = async () =>
      (
        await seeded.db
          .selectFrom("service_at_location")
          .select("location_id")
          .where("service_id", "=", "fier-behandelcentrum")
          .orderBy("location_id")
          .execute()
      ).map((row) => row.location_id);
    const before = await locations();
    expect(before).toHaveLength(3);
    const result = await importDirectory(seeded.db, exportedText);
    expect(result.ok).toBe(true);
    expect(await locations()).toEqual(before);
    expect(JSON.stringify(await exportDirectory(seeded.db, publicUrl), null, 2)).toBe(exportedText);
  });
});
