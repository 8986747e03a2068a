import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import type { ServerBuild } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig, type Config } from "../app/config.server";
import { unpackBackup } from "../app/db/backup";
import type { Database } from "../app/db/database";
import { lockDataDir } from "../app/db/lock.server";
import { migrateToLatest } from "../app/db/migrate.server";
import { runSeeds } from "../app/db/seed/index.server";
import { testEngineLabel } from "../app/db/testing/test-database";
import { createLogger } from "../app/logger.server";
import { verifyAudit } from "../app/modules/accounts/audit.server";
import { addCaseNote, listNotes } from "../app/modules/cases/notes.server";
import { makeOrganisations, openCase } from "../app/modules/cases/testing";
import type { CaseActor } from "../app/modules/cases/visibility";
import { controlSocketPath } from "./backup-control";
import { openDatabaseForProcess, startServer, type RunningServer } from "./runtime";

/**
 * `zicht db backup` while the server runs: the real server (startServer:
 * lock, migrations, seeds, listen, control socket; the app itself is a stub,
 * as in http.integration.test.ts) holds the embedded database, and the
 * command, run as its own process, asks it over `<data dir>/zicht.sock`.
 * Embedded database only, so PGlite on disk on every engine of the suite.
 */
const bin = path.resolve(import.meta.dirname, "..", "bin", "zicht.js");
const logger = createLogger({ level: "silent", format: "json" });
const caseKey = crypto.createHash("sha256").update("backup-server").digest("base64");

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

const stubBuild = async (): Promise<ServerBuild> => {
  throw new Error("De app zelf hoort in deze test niet aangeroepen te worden.");
};

async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(db);
    counts[name] = result.rows[0]!.n;
  }
  return counts;
}

describe(`zicht db backup while the server runs (PGlite on disk; suite on ${testEngineLabel})`, () => {
  let workDir: string;
  let env: Record<string, string>;
  let config: Config;
  let server: RunningServer | undefined;
  let pro: CaseActor;
  let caseId: string;
  const noteText = "Notitie van vóór de back-up.";

  function zicht(args: string[], extra: Record<string, string> = {}): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], {
        cwd: workDir,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? workDir,
          ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
          ...env,
          ...extra,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  /** Sends one raw line to the control socket and returns the one reply line. */
  function ask(line: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      let received = "";
      const socket = net.createConnection(controlSocketPath(config), () => socket.write(`${line}\n`));
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (received += chunk));
      socket.on("error", reject);
      socket.on("close", () => resolve(JSON.parse(received)));
    });
  }

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-server-"));
    env = {
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      ZICHT_DATA_DIR: path.join(workDir, "data"),
      ZICHT_DEMO_DATA: "false",
      ZICHT_SECRET_KEY: "backup-server-test-key-backup-server-test",
      ZICHT_CASE_KEYS: `k1:${caseKey}`,
      HOST: "127.0.0.1",
      PORT: "0",
    };
    config = parseConfig(env);
    const opened = await openDatabaseForProcess(config, logger);
    try {
      await migrateToLatest(opened.handle.db);
      await runSeeds(opened.handle.db, { includeDemo: false });
      ({ pro } = await makeOrganisations(opened.handle.db, { pro: ["org-a", "professional", "Pia"] }));
      caseId = await openCase(opened.handle.db, config, pro);
      expect(await addCaseNote(opened.handle.db, config, pro, caseId, noteText)).toBe(true);
    } finally {
      await opened.close();
    }
    server = await startServer(config, logger, {
      serverBuild: { build: stubBuild as unknown as ServerBuild, clientDir: path.join(workDir, "client") },
    });
  });

  afterAll(async () => {
    await server?.stop("test");
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it("serves a control socket only its owner can use", () => {
    const stat = fs.lstatSync(controlSocketPath(config));
    expect(stat.isSocket()).toBe(true);
    expect(stat.mode & 0o777).toBe(0o600);
  });

  it("answers only the backup command, one JSON line each", async () => {
    expect(await ask(JSON.stringify({ command: "restore", file: "/tmp/x" }))).toEqual({
      ok: false,
      error: "Onbekend verzoek: alleen backup kan.",
    });
    expect(await ask("geen json")).toEqual({ ok: false, error: "Onbekend verzoek." });
    expect(await ask(JSON.stringify({ command: "backup", file: "relatief.tar.gz" }))).toEqual({
      ok: false,
      error: "Geef een volledig pad op voor de back-up.",
    });
    const inside = path.join(config.dataDir, "b.tar.gz");
    expect(await ask(JSON.stringify({ command: "backup", file: inside }))).toMatchObject({ ok: false });
    expect(fs.existsSync(inside)).toBe(false);
  });

  it(
    "makes a back-up through the running server, which keeps serving; restored elsewhere the data is equal",
    { timeout: 240_000 },
    async () => {
      const file = path.join(workDir, "live.tar.gz");
      const made = await zicht(["db", "backup", file]);
      expect(made, made.stderr).toMatchObject({ code: 0, stderr: "" });
      expect(made.stdout).toMatch(/^Back-up gemaakt door de draaiende server: .*live\.tar\.gz \(.+ MB\)\./);
      expect(made.stdout).toContain("De sleutels zitten er niet in");
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(unpackBackup(fs.readFileSync(file)).ok).toBe(true);

      // The server is still up and answers.
      const health = await fetch(`${server!.url}/healthz`);
      expect(health.status).toBe(200);

      // A restore is refused while the server runs, and changes nothing.
      const refused = await zicht(["db", "restore", file, "--force"]);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(
        `zicht: De datamap ${config.dataDir} is in gebruik. Stop de server eerst: herstellen kan alleen als Zicht niet draait.`,
      );

      await server!.stop("test");
      server = undefined;
      expect(fs.existsSync(controlSocketPath(config))).toBe(false);

      const restoredDir = path.join(workDir, "restored");
      const restored = await zicht(["db", "restore", file], { ZICHT_DATA_DIR: restoredDir });
      expect(restored, restored.stderr).toMatchObject({ code: 0, stderr: "" });
      expect(restored.stdout).toMatch(/^Hersteld uit .*live\.tar\.gz/);

      const original = await openDatabaseForProcess(config, logger);
      let expected: Record<string, number>;
      try {
        expected = await rowCounts(original.handle.db);
      } finally {
        await original.close();
      }
      const restoredConfig = parseConfig({ ...env, ZICHT_DATA_DIR: restoredDir });
      const copy = await openDatabaseForProcess(restoredConfig, logger);
      try {
        expect(await rowCounts(copy.handle.db)).toEqual(expected);
        expect(
          (await listNotes(copy.handle.db, restoredConfig, pro, caseId)).map((note) => note.text),
        ).toEqual([noteText]);
        // The server signed the log's head at its start; the restored copy checks out, head and all.
        expect(await verifyAudit(copy.handle.db, restoredConfig)).toMatchObject({
          rows: expected.audit_log,
          brokenAt: null,
          head: { state: "signed" },
        });
      } finally {
        await copy.close();
      }
    },
  );

  it(
    "without a server the command makes the back-up itself; a data directory locked without a server answering is one clear line",
    { timeout: 120_000 },
    async () => {
      await server?.stop("test");
      server = undefined;
      const file = path.join(workDir, "zonder-server.tar.gz");
      const made = await zicht(["db", "backup", file]);
      expect(made, made.stderr).toMatchObject({ code: 0, stderr: "" });
      expect(made.stdout).toMatch(/^Back-up gemaakt: .*zonder-server\.tar\.gz/);
      expect(unpackBackup(fs.readFileSync(file)).ok).toBe(true);

      const lock = await lockDataDir(config.dataDir, () => undefined);
      try {
        const refused = await zicht(["db", "backup", path.join(workDir, "niet.tar.gz")]);
        expect(refused.code).toBe(1);
        expect(refused.stderr.trim().split("\n")).toEqual([
          `zicht: De datamap ${config.dataDir} is in gebruik, maar de server antwoordt niet op zicht.sock. Probeer het over een minuut nog eens.`,
        ]);
        expect(fs.existsSync(path.join(workDir, "niet.tar.gz"))).toBe(false);
      } finally {
        await lock.release();
      }
    },
  );

  it("refuses with DATABASE_URL, pointing to pg_dump and the README", async () => {
    const result = await zicht(["db", "backup", path.join(workDir, "pg.tar.gz")], {
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/zicht",
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "zicht: Met DATABASE_URL maakt Zicht zelf geen back-up: gebruik pg_dump -Fc en pg_restore, en bewaar de sleutels apart (zie README, Back-ups).",
    ]);
  });
});
