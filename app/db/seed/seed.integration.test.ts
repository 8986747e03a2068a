import { describe, expect, it } from "vitest";
import { helplines } from "../../../content/helplines";
import { upsertHelplines } from "../../modules/advice/helpline.server";
import { testEngineLabel } from "../testing/test-database";
import { useTestDatabase } from "../testing/use-test-database";
import { runSeeds, seeders, type Seeder } from "./index.server";

describe(`runSeeds on ${testEngineLabel}`, () => {
  const database = useTestDatabase({ emptyBeforeEach: true });

  const helplineRows = () => database.db.selectFrom("helpline").selectAll().orderBy("sort_order").execute();
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  const seedRuns = async () =>
    (await database.db.selectFrom("seed_run").select(["name", "version"]).execute()).sort(byName);
  const allSeederRuns = () =>
    seeders.map((seeder) => ({ name: seeder.name, version: seeder.version })).sort(byName);

  it("fills the helplines on a new database, with the three urgent numbers", async () => {
    const reports = await runSeeds(database.db);

    expect(reports.map((report) => report.name)).toEqual(seeders.map((seeder) => seeder.name));
    expect(reports).toContainEqual({ name: "advice/helplines", records: 6 });
    const rows = await helplineRows();
    expect(rows).toHaveLength(6);
    expect(rows.filter((row) => row.urgent).map((row) => row.phone)).toEqual([
      "112",
      "0800-0188",
      "0900-8844",
    ]);
    expect(await seedRuns()).toEqual(allSeederRuns());
  });

  it("writes nothing the second time", async () => {
    await runSeeds(database.db);
    // An editor's change in the database must survive a restart (which seeds again).
    await database.db
      .updateTable("helpline")
      .set({ name: "Alarmnummer 112 (aangepast)" })
      .where("id", "=", "alarmnummer-112")
      .execute();

    expect(await runSeeds(database.db)).toEqual([]);
    const row = await database.db
      .selectFrom("helpline")
      .select("name")
      .where("id", "=", "alarmnummer-112")
      .executeTakeFirst();
    expect(row?.name).toBe("Alarmnummer 112 (aangepast)");
  });

  it("writes the content again with force", async () => {
    await runSeeds(database.db);
    await database.db
      .updateTable("helpline")
      .set({ name: "Verkeerd" })
      .where("id", "=", "alarmnummer-112")
      .execute();

    expect(await runSeeds(database.db, { force: true })).toContainEqual({
      name: "advice/helplines",
      records: 6,
    });
    const row = await database.db
      .selectFrom("helpline")
      .select("name")
      .where("id", "=", "alarmnummer-112")
      .executeTakeFirst();
    expect(row?.name).toBe("Alarmnummer 112");
    expect(await helplineRows()).toHaveLength(helplines.length);
  });

  it("runs a seeder again when its version is raised", async () => {
    const v1: Seeder = { name: "test/versioned", version: 1, kind: "content", run: async () => 1 };
    const v2: Seeder = { ...v1, version: 2 };
    expect(await runSeeds(database.db, { only: [v1] })).toEqual([{ name: "test/versioned", records: 1 }]);
    expect(await runSeeds(database.db, { only: [v1] })).toEqual([]);
    expect(await runSeeds(database.db, { only: [v2] })).toEqual([{ name: "test/versioned", records: 1 }]);
    expect(await seedRuns()).toEqual([{ name: "test/versioned", version: 2 }]);
  });

  it("loads demo data only when asked, platform content always", async () => {
    const demo: Seeder = { name: "test/demo", version: 1, kind: "demo", run: async () => 3 };
    const content: Seeder = { name: "test/content", version: 1, kind: "content", run: async () => 2 };
    expect(await runSeeds(database.db, { only: [content, demo], includeDemo: false })).toEqual([
      { name: "test/content", records: 2 },
    ]);
    expect(await runSeeds(database.db, { only: [content, demo], includeDemo: true })).toEqual([
      { name: "test/demo", records: 3 },
    ]);
  });

  it("leaves nothing behind when a seeder fails halfway", async () => {
    const failing: Seeder = {
      kind: "content",
      name: "test/failing",
      version: 1,
      async run(db) {
        await upsertHelplines(db, helplines);
        throw new Error("bron onleesbaar");
      },
    };

    await expect(runSeeds(database.db, { only: [failing] })).rejects.toThrow("bron onleesbaar");

    expect(await helplineRows()).toEqual([]);
    expect(await seedRuns()).toEqual([]);
  });

  it("keeps the seeders that succeeded before a failing one", async () => {
    const failing: Seeder = {
      kind: "content",
      name: "test/failing",
      version: 1,
      run: async () => {
        throw new Error("kapot");
      },
    };

    await expect(runSeeds(database.db, { only: [...seeders, failing] })).rejects.toThrow("kapot");

    expect(await helplineRows()).toHaveLength(6);
    expect(await seedRuns()).toEqual(allSeederRuns());
  });
});
