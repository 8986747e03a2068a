/**
 * Databases for the integration tests (only tests import this file).
 *
 * - By default every test file gets an in-memory PGlite database, the same
 *   engine `npm start` uses.
 * - With `TEST_DATABASE_URL=postgres://…` set, every test file gets its own
 *   freshly created database on that PostgreSQL server (`zicht_test_<random>`),
 *   dropped again by `close()`. Test files never see each other's data, so
 *   they may run in parallel. A run that is killed can leave a `zicht_test_…`
 *   database behind; drop it by hand.
 *
 * Creating a PGlite database runs initdb (about 5 s): open one per test file in
 * `beforeAll`, call `truncateAll()` in `beforeEach` when tests need a clean
 * slate, and `close()` in `afterAll`.
 */
import crypto from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import {
  handleForPGlite,
  handleForPostgres,
  openPGlite,
  type DatabaseEngine,
  type DatabaseHandle,
} from "../connection.server";
import { migrateToLatest } from "../migrate.server";

/** The server the suite runs against, or undefined for PGlite. */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

/** The engine this run of the suite uses. */
export const testEngine: DatabaseEngine = testDatabaseUrl ? "postgres" : "pglite";

/** Human-readable name of the engine, for test titles (no password). */
export const testEngineLabel: string = testDatabaseUrl
  ? `PostgreSQL server ${withoutPassword(testDatabaseUrl)}`
  : "PGlite in memory";

export interface TestDatabase extends DatabaseHandle {
  /** URL of this test file's own server database; undefined on PGlite. */
  url: string | undefined;
  /** Empties every table except Kysely's migration bookkeeping; the schema stays. */
  truncateAll(): Promise<void>;
  /** Closes the connection and, on a server, drops the database. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * A fresh database of the engine under test, migrated to the latest schema
 * unless `migrate: false` (for tests of the migrations themselves).
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const created = testDatabaseUrl
    ? await createServerDatabase(testDatabaseUrl)
    : await createPGliteDatabase();
  try {
    if (options.migrate !== false) await migrateToLatest(created.db);
  } catch (error) {
    await created.close();
    throw error;
  }
  return created;
}

async function createPGliteDatabase(): Promise<TestDatabase> {
  const handle = handleForPGlite(await openPGlite(undefined));
  return {
    ...handle,
    url: undefined,
    truncateAll: () => truncateAll(handle),
    close: () => handle.close(),
  };
}

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `zicht_test_${crypto.randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = handleForPostgres(url.toString(), 5);
  let closing: Promise<void> | undefined;
  return {
    ...handle,
    url: url.toString(),
    truncateAll: () => truncateAll(handle),
    close() {
      closing ??= (async () => {
        await handle.close();
        await withAdminClient(serverUrl, (client) =>
          client.query(`drop database if exists "${name}" with (force)`),
        );
      })();
      return closing;
    },
  };
}

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

async function truncateAll(handle: DatabaseHandle): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select quote_ident(tablename) as name from pg_tables
    where schemaname = 'public' and tablename not like 'kysely\\_%'
  `.execute(handle.db);
  if (rows.length === 0) return;
  await sql
    .raw(`truncate table ${rows.map((row) => row.name).join(", ")} restart identity cascade`)
    .execute(handle.db);
  // An empty log has a head too, as the migration 20261203_1500 leaves it.
  if (rows.some((row) => row.name === "audit_head")) {
    await sql`insert into audit_head (id, row_count, last_id, last_hash) values (1, 0, 0, ${"0".repeat(64)})`.execute(
      handle.db,
    );
  }
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(ongeldige URL)";
  }
}
