import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleForPostgres, type DatabaseHandle } from "./connection.server";
import { dropEverything, migrateToLatest, pendingMigrations } from "./migrate.server";
import { migrations } from "./migrations/index";
import { runSeeds } from "./seed/index.server";
import { createTestDatabase, testEngineLabel, type TestDatabase } from "./testing/test-database";

const allMigrations = Object.keys(migrations);

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename
  `.execute(handle.db);
  return rows.map((row) => row.name);
}

async function extensionNames(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select extname as name from pg_extension`.execute(handle.db);
  return rows.map((row) => row.name);
}

async function appliedMigrations(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
    handle.db,
  );
  return rows.map((row) => row.name);
}

describe(`migrations on ${testEngineLabel}`, () => {
  describe("on an empty database", () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase({ migrate: false });
    });
    afterAll(async () => {
      await database?.close();
    });

    it("applies every migration once, and a second run applies nothing", async () => {
      expect(await pendingMigrations(database.db)).toEqual(allMigrations);

      expect(await migrateToLatest(database.db)).toEqual({ applied: allMigrations });
      expect(await pendingMigrations(database.db)).toEqual([]);
      expect(await tableNames(database)).toEqual(expect.arrayContaining(["helpline", "seed_run"]));

      expect(await migrateToLatest(database.db)).toEqual({ applied: [] });
      expect(await appliedMigrations(database)).toEqual(allMigrations);
    });

    it("installs the unaccent and pg_trgm extensions that search needs", async () => {
      expect(await extensionNames(database)).toEqual(expect.arrayContaining(["unaccent", "pg_trgm"]));
      const { rows } = await sql<{ plain: string; similar: boolean }>`
        select unaccent('politié') as plain, similarity('comensha', 'comensa') > 0.3 as similar
      `.execute(database.db);
      expect(rows[0]).toEqual({ plain: "politie", similar: true });
    });

    it("gives a clean, fully migrated schema after dropEverything and migrate", async () => {
      await runSeeds(database.db);
      expect(
        (await sql<{ n: number }>`select count(*) as n from helpline`.execute(database.db)).rows[0]?.n,
      ).toBe(6);

      await dropEverything(database.db);
      expect(await tableNames(database)).toEqual([]);

      expect(await migrateToLatest(database.db)).toEqual({ applied: allMigrations });
      expect(await extensionNames(database)).toEqual(expect.arrayContaining(["unaccent", "pg_trgm"]));
      const counts = await sql<{ helplines: number; seeds: number }>`
        select (select count(*) from helpline) as helplines, (select count(*) from seed_run) as seeds
      `.execute(database.db);
      expect(counts.rows[0]).toEqual({ helplines: 0, seeds: 0 });
    });
  });

  describe("started twice at the same moment (two processes starting against one database)", () => {
    let database: TestDatabase;
    let other: DatabaseHandle;
    beforeAll(async () => {
      database = await createTestDatabase({ migrate: false });
      // On a server the second "process" has its own connection pool. PGlite
      // lives inside one process, which has one handle.
      other = database.url ? handleForPostgres(database.url, 2) : database;
    });
    afterAll(async () => {
      if (other && other !== database) await other.close();
      await database?.close();
    });

    it("applies each migration exactly once and neither run fails", async () => {
      const [first, second] = await Promise.all([migrateToLatest(database.db), migrateToLatest(other.db)]);
      expect([...first.applied, ...second.applied]).toEqual(allMigrations);
      expect(await appliedMigrations(database)).toEqual(allMigrations);
      expect(await pendingMigrations(other.db)).toEqual([]);
    });
  });
});
