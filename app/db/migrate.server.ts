import { Migrator, sql, type Kysely, type MigrationResult } from "kysely";
import type { Database } from "./database";
import { migrations } from "./migrations/index";

export interface MigrationOutcome {
  applied: string[];
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration: string | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
}

/**
 * Brings the schema up to date. Safe to run from several processes at once on
 * a PostgreSQL server: Kysely takes an advisory lock, so each migration runs once.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const { error, results } = await migrator(db).migrateToLatest();
  const failed = results?.find((result: MigrationResult) => result.status === "Error");
  if (error) {
    throw new MigrationError(
      `Migratie ${failed?.migrationName ?? ""} is mislukt: ${error instanceof Error ? error.message : String(error)}`.replace(
        "  ",
        " ",
      ),
      failed?.migrationName,
      { cause: error },
    );
  }
  return {
    applied: (results ?? [])
      .filter((result) => result.status === "Success")
      .map((result) => result.migrationName),
  };
}

/** Names of migrations not yet applied. */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((migration) => migration.executedAt === undefined).map((m) => m.name);
}

/**
 * Drops everything in the public schema (Zicht's tables, extensions and the
 * migration bookkeeping). Zicht expects a database of its own; this is why.
 * Used by `zicht db reset --yes` and the tests.
 */
export async function dropEverything(db: Kysely<Database>): Promise<void> {
  await sql`drop schema if exists public cascade`.execute(db);
  // As PostgreSQL 15 creates it: owned by the database owner, usable by everyone.
  await sql`create schema public authorization pg_database_owner`.execute(db);
  await sql`grant usage on schema public to public`.execute(db);
}
