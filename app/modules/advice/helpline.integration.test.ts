import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { listHelplines, searchHelplines, upsertHelplines } from "./helpline.server";

describe(`helpline repository on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await runSeeds(database.db);
  });

  const searchIds = async (query: string) =>
    (await searchHelplines(database.db, query, "nl")).map((h) => h.id);

  describe("listHelplines", () => {
    it("shows the urgent lines first, in content order", async () => {
      const list = await listHelplines(database.db, "nl");
      expect(list.map((helpline) => helpline.phone)).toEqual([
        "112",
        "0800-0188",
        "0900-8844",
        "0800-2000",
        "033-4481186",
        "088-5057410",
      ]);
      const firstNotUrgent = list.findIndex((helpline) => !helpline.urgent);
      expect(list.slice(firstNotUrgent).every((helpline) => !helpline.urgent)).toBe(true);
    });

    it("puts urgent lines first even when the content lists them later", async () => {
      const rolledBack = new Error("terugdraaien");
      let order: string[] = [];
      // Inside a transaction that is rolled back, so the seeded lines stay for the other tests.
      const attempt = database.db.transaction().execute(async (trx) => {
        await trx.deleteFrom("helpline").execute();
        const base = {
          purpose_nl: "Doel",
          purpose_en: "Purpose",
          availability_nl: "Altijd",
          availability_en: "Always",
        };
        await upsertHelplines(trx, [
          { ...base, id: "advies", name: "Advies", phone: "0800-1111", urgent: false },
          { ...base, id: "spoed", name: "Spoed", phone: "112", urgent: true },
        ]);
        order = (await listHelplines(trx, "nl")).map((helpline) => helpline.id);
        throw rolledBack;
      });
      await expect(attempt).rejects.toBe(rolledBack);
      expect(order).toEqual(["spoed", "advies"]);
    });

    it("speaks the reader's language", async () => {
      const [dutch] = await listHelplines(database.db, "nl");
      const [english] = await listHelplines(database.db, "en");
      expect(dutch?.purpose).toBe("Is iemand nu in gevaar? Bel meteen 112.");
      expect(dutch?.availability).toBe("Dag en nacht");
      expect(english?.purpose).toBe("Is someone in danger right now? Call 112 straight away.");
      expect(english?.availability).toBe("Day and night");
      expect(english?.name).toBe(dutch?.name);
    });
  });

  describe("searchHelplines", () => {
    it("finds the police by the department name AVIM", async () => {
      expect(await searchIds("avim")).toEqual(["politie-avim"]);
    });

    it("ignores accents and capitals", async () => {
      expect(await searchIds("politié")).toEqual(["politie-avim"]);
      expect(await searchIds("POLITIE")).toEqual(["politie-avim"]);
      expect(await searchIds("Veilig THUIS")).toEqual(["veilig-thuis"]);
    });

    it("still finds a line with a small typo", async () => {
      expect(await searchIds("comensa")).toEqual(["comensha"]);
      expect(await searchIds("veilig thuiz")).toEqual(["veilig-thuis"]);
    });

    it("finds lines by part of their phone number", async () => {
      expect(await searchIds("0800")).toEqual(["centrum-seksueel-geweld", "veilig-thuis"]);
    });

    it("treats % and _ as ordinary characters, not as wildcards", async () => {
      expect(await searchIds("%")).toEqual([]);
      expect(await searchIds("_")).toEqual([]);
      expect(await searchIds("%%")).toEqual([]);
      expect(await searchIds("\\")).toEqual([]);
    });

    it("returns nothing for a word that appears nowhere", async () => {
      expect(await searchIds("xylofoon")).toEqual([]);
    });

    it("returns the results in the reader's language and in list order", async () => {
      const results = await searchHelplines(database.db, "0800", "en");
      expect(results.map((helpline) => helpline.purpose)).toEqual([
        expect.stringContaining("sexual violence"),
        expect.stringContaining("violence or exploitation at home"),
      ]);
    });
  });

  it("counts rows as a number, not a string, on every engine", async () => {
    const { rows } = await sql<{ n: unknown }>`select count(*) as n from helpline`.execute(database.db);
    expect(rows[0]?.n).toBe(6);
    const viaBuilder = await database.db
      .selectFrom("helpline")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("urgent", "=", true)
      .executeTakeFirstOrThrow();
    expect(viaBuilder.n).toBe(3);
  });
});
