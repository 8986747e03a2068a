import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { Migrator, sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig, type Config } from "../config.server";
import { createLogger } from "../logger.server";
import { verifyAudit } from "../modules/accounts/audit.server";
import { addCaseNote, listNotes } from "../modules/cases/notes.server";
import { makeOrganisations, openCase } from "../modules/cases/testing";
import type { CaseActor } from "../modules/cases/visibility";
import { openDatabaseForProcess } from "../../server/runtime";
import { packBackup, tarEntryNames, unpackBackup } from "./backup";
import {
  BackupError,
  createBackup,
  postgresBackupMessage,
  restoreBackup,
  runScheduledBackup,
  startBackupJob,
} from "./backup.server";
import type { Database } from "./database";
import { lockDataDir } from "./lock.server";
import { migrateToLatest } from "./migrate.server";
import { migrations } from "./migrations/index";
import { runSeeds } from "./seed/index.server";
import { testEngineLabel } from "./testing/test-database";

/**
 * Back-ups are of the embedded database only: these tests always use PGlite
 * in a data directory on disk (also when the suite runs on a PostgreSQL
 * server, whose back-up is pg_dump's job; see the DATABASE_URL test).
 */
const logger = createLogger({ level: "silent", format: "json" });
const caseKey = (seed: string) => crypto.createHash("sha256").update(seed).digest("base64");
const t0 = new Date(Date.UTC(2026, 11, 3, 9, 0, 0));

function configFor(dataDir: string, extra: Record<string, string> = {}): Config {
  return parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ZICHT_DATA_DIR: dataDir,
    ZICHT_SECRET_KEY: "backup-test-key-backup-test-key-backup",
    ZICHT_CASE_KEYS: `k1:${caseKey("backup")}`,
    ...extra,
  });
}

/** The number of rows of every table in the public schema. */
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

describe(`back-up and restore of the embedded database (PGlite on disk; suite on ${testEngineLabel})`, () => {
  let workDir: string;
  let source: Config;
  let backupFile: string;
  let counts: Record<string, number>;
  let pro: CaseActor;
  let caseId: string;
  const noteText = "Merel vertelde over een 'vriend' die haar telefoon betaalt. Ü ß ✓";
  const keyFileContent = crypto.randomBytes(32).toString("base64url");

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-restore-"));
    source = configFor(path.join(workDir, "data"));
    backupFile = path.join(workDir, "zicht.tar.gz");
    // A key file in the data directory, as today's secret.key: it must never reach a back-up.
    fs.mkdirSync(source.dataDir, { recursive: true });
    fs.writeFileSync(path.join(source.dataDir, "secret.key"), `${keyFileContent}\n`, { mode: 0o600 });

    const opened = await openDatabaseForProcess(source, logger);
    try {
      const db = opened.handle.db;
      await migrateToLatest(db);
      await runSeeds(db, { includeDemo: false });
      ({ pro } = await makeOrganisations(db, { pro: ["org-a", "professional", "Pia"] }));
      caseId = await openCase(db, source, pro, {}, t0);
      expect(await addCaseNote(db, source, pro, caseId, noteText, t0)).toBe(true);
      counts = await rowCounts(db);
      expect(counts.audit_log).toBeGreaterThanOrEqual(2);
      expect(counts.case_note).toBe(1);
      const made = await createBackup(opened.handle, backupFile, t0);
      expect(made).toMatchObject({ file: backupFile, createdAt: t0 });
    } finally {
      await opened.close();
    }
  });

  afterAll(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it("writes the back-up readable by the owner only, with no temporary file left", () => {
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(workDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("holds only the database: no file named like a key, not the bytes of the key file", () => {
    const bytes = fs.readFileSync(backupFile);
    const unpacked = unpackBackup(bytes);
    if (!unpacked.ok) throw new Error("not a back-up");
    const names = [...tarEntryNames(zlib.gunzipSync(bytes))];
    expect(names[0]).toBe("zicht-backup.json");
    expect(names).toContain("/PG_VERSION");
    expect(
      names.filter((name) => /secret|\.key$|(^|\/)keys?(\/|$)|zicht\.lock|zicht\.sock/i.test(name)),
    ).toEqual([]);
    const tar = zlib.gunzipSync(bytes);
    expect(tar.includes(Buffer.from(keyFileContent))).toBe(false);
    expect(tar.includes(Buffer.from(source.secretKey!))).toBe(false);
    expect(unpacked.manifest.migration).toBe(Object.keys(migrations).at(-1));
  });

  it("restores into a fresh data directory: the same rows, the same note text, the audit chain verifies", async () => {
    const target = configFor(path.join(workDir, "restored"));
    const restored = await restoreBackup(target, backupFile);
    expect(restored.applied).toEqual([]);
    expect(restored.manifest.createdAt).toBe(t0.toISOString());
    expect(fs.existsSync(path.join(target.dataDir, "secret.key"))).toBe(false);

    const opened = await openDatabaseForProcess(target, logger);
    try {
      const db = opened.handle.db;
      expect(await rowCounts(db)).toEqual(counts);
      expect((await listNotes(db, target, pro, caseId)).map((note) => note.text)).toEqual([noteText]);
      expect(await verifyAudit(db, target)).toMatchObject({ rows: counts.audit_log, brokenAt: null });
    } finally {
      await opened.close();
    }
  });

  describe("refusals leave the target as it was", () => {
    let target: Config;
    const listing = () =>
      fs
        .readdirSync(target.database.kind === "pglite" ? target.database.dataDir : "", { recursive: true })
        .map(String)
        .sort();

    beforeAll(async () => {
      target = configFor(path.join(workDir, "existing"));
      // A data directory with its own (different) database.
      const opened = await openDatabaseForProcess(target, logger);
      try {
        await migrateToLatest(opened.handle.db);
      } finally {
        await opened.close();
      }
    });

    async function refused(file: string, options: { force?: boolean } = {}): Promise<string> {
      const before = listing();
      const error = await restoreBackup(target, file, options).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(BackupError);
      expect(listing()).toEqual(before);
      expect(fs.readdirSync(target.dataDir).filter((name) => name.includes("herstel"))).toEqual([]);
      return (error as Error).message;
    }

    it("a missing file", async () => {
      const missing = path.join(workDir, "bestaat-niet.tar.gz");
      expect(await refused(missing, { force: true })).toBe(`Bestand ${missing} bestaat niet.`);
    });

    it("a file that is not a back-up", async () => {
      const other = path.join(workDir, "notities.txt");
      fs.writeFileSync(other, "geen back-up");
      expect(await refused(other, { force: true })).toBe(`${other} is geen back-up van Zicht.`);
      const gzipped = path.join(workDir, "ander.tar.gz");
      fs.writeFileSync(gzipped, zlib.gzipSync(Buffer.alloc(4096)));
      expect(await refused(gzipped, { force: true })).toBe(`${gzipped} is geen back-up van Zicht.`);
    });

    it("a truncated archive", async () => {
      const bytes = fs.readFileSync(backupFile);
      const truncated = path.join(workDir, "half.tar.gz");
      fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
      expect(await refused(truncated, { force: true })).toBe(
        `De back-up ${truncated} is beschadigd of onvolledig; er is niets hersteld.`,
      );
    });

    it("a back-up from a newer version of Zicht", async () => {
      const unpacked = unpackBackup(fs.readFileSync(backupFile));
      if (!unpacked.ok) throw new Error("not a back-up");
      const newer = path.join(workDir, "nieuwer.tar.gz");
      fs.writeFileSync(
        newer,
        packBackup(unpacked.dump, { createdAt: t0, migration: "29991231_0100_future" }),
      );
      expect(await refused(newer, { force: true })).toBe(
        `De back-up ${newer} komt van een nieuwere versie van Zicht (29991231_0100_future). Werk Zicht eerst bij.`,
      );
    });

    it("an existing database without --force", async () => {
      const message = await refused(backupFile);
      expect(message).toContain("staat al een database");
      expect(message).toContain("--force");
    });

    it("a data directory in use (the server runs)", async () => {
      const lock = await lockDataDir(target.dataDir, () => undefined);
      try {
        expect(await refused(backupFile, { force: true })).toContain("Stop de server eerst");
      } finally {
        await lock.release();
      }
    });

    it("replaces the existing database with --force", async () => {
      await restoreBackup(target, backupFile, { force: true });
      const opened = await openDatabaseForProcess(target, logger);
      try {
        expect(await rowCounts(opened.handle.db)).toEqual(counts);
        expect(await verifyAudit(opened.handle.db, target)).toMatchObject({ brokenAt: null });
      } finally {
        await opened.close();
      }
      expect(fs.readdirSync(target.dataDir).filter((name) => /oud|herstel/.test(name))).toEqual([]);
    });
  });

  it("makes scheduled back-ups into the back-up folder and keeps only the newest N", async () => {
    const backupDir = path.join(workDir, "backups");
    const config = configFor(path.join(workDir, "restored"), {
      ZICHT_BACKUP_DIR: backupDir,
      ZICHT_BACKUP_KEEP: "2",
    });
    fs.mkdirSync(backupDir);
    fs.writeFileSync(path.join(backupDir, "handmatig.tar.gz"), "van iemand anders");
    const opened = await openDatabaseForProcess(config, logger);
    try {
      for (const hourUtc of [1, 2, 3]) {
        await runScheduledBackup(opened.handle, config, new Date(Date.UTC(2026, 11, 3, hourUtc)));
      }
    } finally {
      await opened.close();
    }
    expect(fs.readdirSync(backupDir).sort()).toEqual([
      "handmatig.tar.gz",
      "zicht-backup-20261203T020000Z.tar.gz",
      "zicht-backup-20261203T030000Z.tar.gz",
    ]);
    expect(
      unpackBackup(fs.readFileSync(path.join(backupDir, "zicht-backup-20261203T030000Z.tar.gz"))).ok,
    ).toBe(true);
  });

  it("the server's job plans from the newest back-up in the folder and, after a run, the interval later", async () => {
    const backupDir = path.join(workDir, "job");
    const config = configFor(path.join(workDir, "restored"), {
      ZICHT_BACKUP_DIR: backupDir,
      ZICHT_BACKUP_INTERVAL_HOURS: "6",
    });
    fs.mkdirSync(backupDir);
    fs.writeFileSync(path.join(backupDir, "zicht-backup-20261203T080000Z.tar.gz"), "een oudere back-up");
    const now = new Date(Date.UTC(2026, 11, 3, 10));
    const timers: { callback: () => void; ms: number }[] = [];
    let planned: () => void = () => undefined;
    const opened = await openDatabaseForProcess(config, logger);
    try {
      const secondPlan = new Promise<void>((resolve) => (planned = resolve));
      const job = startBackupJob(opened.handle, config, logger, {
        now: () => now,
        setTimer: (callback, ms) => {
          timers.push({ callback, ms });
          if (timers.length === 2) planned();
          return { cancel: () => undefined };
        },
      });
      // The newest back-up is from 08:00: the next one is due at 14:00.
      expect(timers.map((timer) => timer.ms)).toEqual([4 * 60 * 60 * 1000]);
      timers[0]!.callback();
      await secondPlan;
      // It ran (at "now", 10:00), so the next one is six hours later.
      expect(timers[1]!.ms).toBe(6 * 60 * 60 * 1000);
      expect(fs.readdirSync(backupDir).sort()).toEqual([
        "zicht-backup-20261203T080000Z.tar.gz",
        "zicht-backup-20261203T100000Z.tar.gz",
      ]);
      await job.stop();
    } finally {
      await opened.close();
    }
  });

  it("brings an older back-up up to date while restoring", async () => {
    const names = Object.keys(migrations);
    const older = configFor(path.join(workDir, "older"));
    const file = path.join(workDir, "older.tar.gz");
    const opened = await openDatabaseForProcess(older, logger);
    try {
      const migrator = new Migrator({
        db: opened.handle.db,
        provider: { getMigrations: async () => migrations },
      });
      expect((await migrator.migrateTo(names[2]!)).error).toBeUndefined();
      await createBackup(opened.handle, file, t0);
    } finally {
      await opened.close();
    }
    const manifest = unpackBackup(fs.readFileSync(file));
    expect(manifest.ok && manifest.manifest.migration).toBe(names[2]);
    const restored = await restoreBackup(configFor(path.join(workDir, "newer")), file);
    expect(restored.applied).toEqual(names.slice(3));
  });

  it("points to pg_dump with DATABASE_URL", async () => {
    const config = configFor(path.join(workDir, "unused"), { DATABASE_URL: "postgres://localhost/zicht" });
    await expect(restoreBackup(config, backupFile)).rejects.toThrow(postgresBackupMessage);
    expect(fs.existsSync(path.join(workDir, "unused"))).toBe(false);
  });
});
