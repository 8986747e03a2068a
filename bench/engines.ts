/**
 * The two database engines a benchmark runs on: embedded PGlite in a
 * temporary data directory, and the PostgreSQL server (a fresh
 * `zicht_bench_*` database there, dropped afterwards). Shared by the
 * directory and case benchmarks.
 */
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import {
  handleForPGlite,
  handleForPostgres,
  openPGlite,
  type DatabaseHandle,
} from "../app/db/connection.server";

export interface BenchEngine {
  engine: "pglite" | "postgres";
  handle: DatabaseHandle;
  /** Where the database is, for a child process: the PGlite data directory or the server URL. */
  location: { dataDir: string } | { url: string };
  cleanUp(): Promise<void>;
}

/** Opens `engine` (pglite or postgres); undefined when the server cannot be reached (skipped, with a line). */
export async function openBenchEngine(
  engine: string,
  workDir: string,
  serverUrl: string,
): Promise<BenchEngine | undefined> {
  if (engine === "pglite") {
    const dataDir = path.join(workDir, "pglite");
    const handle = handleForPGlite(await openPGlite(dataDir));
    return { engine: "pglite", handle, location: { dataDir }, cleanUp: async () => undefined };
  }
  if (engine === "postgres") {
    const name = `zicht_bench_${crypto.randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    try {
      await admin.connect();
    } catch (error) {
      console.log(
        `\nPostgreSQL server ${serverUrl} niet bereikbaar (${(error as Error).message}): overgeslagen.`,
      );
      return undefined;
    }
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = handleForPostgres(url.toString(), 5);
    return {
      engine: "postgres",
      handle,
      location: { url: url.toString() },
      async cleanUp() {
        const dropper = new pg.Client({ connectionString: serverUrl });
        await dropper.connect();
        await dropper.query(`drop database if exists "${name}" with (force)`);
        await dropper.end();
      },
    };
  }
  throw new Error(`onbekende engine '${engine}' in BENCH_ENGINES (kies pglite en/of postgres)`);
}
