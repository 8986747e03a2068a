import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { Kysely, sql } from "kysely";
import pg from "pg";
import type { Config } from "../config.server";
import type { Database } from "./database";
import { PGliteDialect } from "./pglite-dialect.server";
import { CheckedPostgresDialect } from "./postgres-dialect.server";

// bigint (count(*), sum) arrives as a string from `pg` and as a number from
// PGlite. Parse it to a number on both so queries behave the same.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export type DatabaseEngine = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: DatabaseEngine;
  /** The embedded database itself (engine "pglite" only), for its back-ups (`backup.server.ts`). */
  pglite?: PGlite;
  /** Closes the connection(s). Safe to call twice. */
  close(): Promise<void>;
}

/** Extensions PGlite must always be opened with (docs/architecture.md, "Where SQL lives": trigram indexes). */
export const pgliteExtensions = { unaccent, pg_trgm };

/**
 * Opens the embedded database in `dataDir`, or an in-memory one when `dataDir`
 * is undefined. `loadDataDir` fills an empty directory from a dump first (a restore).
 */
export async function openPGlite(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob } = {},
): Promise<PGlite> {
  return PGlite.create(dataDir ?? "memory://", {
    extensions: pgliteExtensions,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
}

export function handleForPGlite(pglite: PGlite): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  let closed = false;
  return {
    db,
    engine: "pglite",
    pglite,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await pglite.close();
    },
  };
}

export function handleForPostgres(url: string, poolMax = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  // A client that loses its server must not crash the process. The pool
  // catches this for idle clients; a client in use (during a query, or just
  // taken from the pool) emits "error" itself, and without a listener Node
  // stops the process. Its query fails on its own, and the pool drops the
  // broken client when it is released, so the next request connects anew.
  pool.on("error", () => undefined);
  pool.on("connect", (client) => {
    client.on("error", () => undefined);
  });
  const db = new Kysely<Database>({ dialect: new CheckedPostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    engine: "postgres",
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

/** Opens the database the configuration names. */
export async function openDatabase(database: Config["database"]): Promise<DatabaseHandle> {
  if (database.kind === "postgres") return handleForPostgres(database.url, database.poolMax);
  return handleForPGlite(await openPGlite(database.dataDir));
}

/** True when the database answers a trivial query within `timeoutMs`. */
export async function isDatabaseReachable(db: Kysely<Database>, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([sql`select 1 as ok`.execute(db).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
