import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import type { Config } from "../config.server";
import {
  backupsToDelete,
  isInsideDir,
  msUntilNextBackup,
  newestBackupTime,
  packBackup,
  scheduledBackupName,
  unpackBackup,
  type BackupManifest,
} from "./backup";
import { handleForPGlite, openPGlite, type DatabaseHandle } from "./connection.server";
import { DataDirLockedError, lockDataDir } from "./lock.server";
import { migrateToLatest } from "./migrate.server";
import { migrations } from "./migrations/index";

/**
 * Back-ups of the embedded database (decision 018): make one (also while
 * the server runs, through the server itself), restore one into a data
 * directory, and the server's scheduled back-ups with retention. The file
 * holds only the database (PGlite's `dumpDataDir`), never a key.
 */

/** A back-up or restore that could not be done; the message is one clear Dutch line. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** What `zicht db backup` says with DATABASE_URL: the server engine has its own tools. */
export const postgresBackupMessage =
  "Met DATABASE_URL maakt Zicht zelf geen back-up: gebruik pg_dump -Fc en pg_restore, en bewaar de sleutels apart (zie README, Back-ups).";

export interface BackupMade {
  file: string;
  bytes: number;
  createdAt: Date;
}

/** True when the embedded database's directory already holds a database (or anything else). */
export function holdsDatabase(pgliteDir: string): boolean {
  try {
    return fs.readdirSync(pgliteDir).length > 0;
  } catch {
    return false;
  }
}

/** Refuses a back-up file that is not an absolute path, or lies inside the data directory. */
export function checkBackupTarget(config: Config, file: string): void {
  if (!path.isAbsolute(file))
    throw new BackupError(`Geef een volledig pad op voor de back-up (niet ${file}).`);
  if (isInsideDir(file, config.dataDir)) {
    throw new BackupError(
      `Zet de back-up niet in de datamap ${config.dataDir}: kies een map daarbuiten (bij voorkeur op een andere schijf).`,
    );
  }
}

/** Writes `bytes` to `file` all at once or not at all: a temporary file (mode 0600), then a rename. */
function writeFileAtomically(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(file);
  const temporary = path.join(dir, `.${path.basename(file)}.${crypto.randomBytes(6).toString("hex")}.tmp`);
  try {
    const fd = fs.openSync(temporary, "wx", 0o600);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupError(
      code === "ENOENT"
        ? `De map ${dir} bestaat niet: maak haar eerst.`
        : `Kan de back-up ${file} niet schrijven: ${(error as Error).message}`,
    );
  }
}

/**
 * Makes a back-up of the open embedded database into `file` (absolute).
 * Holds the database's one connection throughout, so no transaction is
 * half-way: a checkpoint writes everything to disk, then PGlite dumps its
 * data directory. Requests wait for the dump (seconds) and then go on.
 */
export async function createBackup(
  handle: DatabaseHandle,
  file: string,
  now = new Date(),
): Promise<BackupMade> {
  const pglite = handle.pglite;
  if (!pglite) throw new BackupError(postgresBackupMessage);
  const { dump, migration } = await handle.db.connection().execute(async (connection) => {
    await sql`checkpoint`.execute(connection);
    const present = await sql<{
      present: boolean;
    }>`select to_regclass('public.kysely_migration') is not null as present`.execute(connection);
    let newest: string | null = null;
    if (present.rows[0]?.present) {
      const { rows } = await sql<{
        name: string;
      }>`select name from kysely_migration order by name desc limit 1`.execute(connection);
      newest = rows[0]?.name ?? null;
    }
    const blob = await pglite.dumpDataDir("none");
    return { dump: new Uint8Array(await blob.arrayBuffer()), migration: newest };
  });
  const packed = packBackup(dump, { createdAt: now, migration });
  writeFileAtomically(file, packed);
  return { file, bytes: packed.length, createdAt: now };
}

/** Reads and checks a back-up file, with one clear line for each problem. */
export function readBackup(file: string): { manifest: BackupManifest; dump: Buffer } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupError(
      code === "ENOENT"
        ? `Bestand ${file} bestaat niet.`
        : `Kan ${file} niet lezen: ${(error as Error).message}`,
    );
  }
  const unpacked = unpackBackup(bytes);
  if (!unpacked.ok) {
    throw new BackupError(
      unpacked.problem === "not-a-backup"
        ? `${file} is geen back-up van Zicht.`
        : `De back-up ${file} is beschadigd of onvolledig; er is niets hersteld.`,
    );
  }
  if (unpacked.manifest.migration !== null && !(unpacked.manifest.migration in migrations)) {
    throw new BackupError(
      `De back-up ${file} komt van een nieuwere versie van Zicht (${unpacked.manifest.migration}). Werk Zicht eerst bij.`,
    );
  }
  return unpacked;
}

export interface Restored {
  manifest: BackupManifest;
  /** Migrations run after loading: the back-up was made by an older version. */
  applied: string[];
}

/**
 * Restores a back-up into the configured data directory. Checks the file
 * first, takes the data directory lock (so never while the server runs),
 * refuses a directory that already holds a database unless `force`, loads
 * the dump into a new directory beside it, brings the schema up to date and
 * only then puts it in place. Any failure leaves the data directory as it was.
 */
export async function restoreBackup(config: Config, file: string, options: { force?: boolean } = {}) {
  if (config.database.kind !== "pglite") throw new BackupError(postgresBackupMessage);
  const target = config.database.dataDir;
  const backup = readBackup(file);
  let lock;
  try {
    lock = await lockDataDir(config.dataDir, () => undefined);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      throw new BackupError(
        `De datamap ${config.dataDir} is in gebruik. Stop de server eerst: herstellen kan alleen als Zicht niet draait.`,
      );
    }
    throw error;
  }
  try {
    const existing = holdsDatabase(target);
    if (existing && !options.force) {
      throw new BackupError(
        `In ${target} staat al een database. Herstellen vervangt die: voeg --force toe als je dat echt wilt.`,
      );
    }
    const suffix = crypto.randomBytes(6).toString("hex");
    const staging = `${target}.herstel-${suffix}`;
    let applied: string[];
    try {
      const handle = handleForPGlite(
        await openPGlite(staging, { loadDataDir: new Blob([new Uint8Array(backup.dump)]) }),
      );
      try {
        applied = (await migrateToLatest(handle.db)).applied;
      } finally {
        await handle.close();
      }
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new BackupError(
        `De back-up ${file} kon niet worden hersteld: ${(error as Error).message}. Er is niets veranderd.`,
      );
    }
    if (fs.existsSync(target)) {
      const old = `${target}.oud-${suffix}`;
      fs.renameSync(target, old);
      fs.renameSync(staging, target);
      fs.rmSync(old, { recursive: true, force: true });
    } else {
      fs.renameSync(staging, target);
    }
    return { manifest: backup.manifest, applied } satisfies Restored;
  } finally {
    await lock.release();
  }
}

// ---- Scheduled back-ups in the server ----

/**
 * One scheduled back-up into `config.backup.dir` (made if missing, mode
 * 0700), then retention: the oldest scheduled back-ups beyond
 * `config.backup.keep` are deleted. Other files in the folder are left alone.
 */
export async function runScheduledBackup(
  handle: DatabaseHandle,
  config: Config,
  now: Date,
): Promise<{ made: BackupMade; deleted: string[] }> {
  const dir = config.backup.dir;
  if (!dir) throw new BackupError("Er is geen back-upmap ingesteld (ZICHT_BACKUP_DIR).");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const made = await createBackup(handle, path.join(dir, scheduledBackupName(now)), now);
  const deleted = backupsToDelete(fs.readdirSync(dir), config.backup.keep);
  for (const name of deleted) fs.rmSync(path.join(dir, name), { force: true });
  return { made, deleted };
}

/**
 * The server's scheduled back-ups (embedded database with ZICHT_BACKUP_DIR
 * only): `ZICHT_BACKUP_INTERVAL_HOURS` after the newest back-up in the
 * folder, at once when there is none. Clock and timer injectable for tests.
 */
export function startBackupJob(
  handle: DatabaseHandle,
  config: Config,
  logger: { info(fields: object, message: string): void; error(fields: object, message: string): void },
  options: {
    now?: () => Date;
    setTimer?: (callback: () => void, ms: number) => { cancel(): void };
  } = {},
): { stop(): Promise<void> } {
  const dir = config.backup.dir;
  if (!dir || handle.engine !== "pglite") return { stop: async () => undefined };
  const now = options.now ?? (() => new Date());
  const setTimer =
    options.setTimer ??
    ((callback: () => void, ms: number) => {
      const timer = setTimeout(callback, ms);
      timer.unref();
      return { cancel: () => clearTimeout(timer) };
    });
  const listing = () => {
    try {
      return fs.readdirSync(dir);
    } catch {
      return [];
    }
  };
  let stopped = false;
  let timer: { cancel(): void } | undefined;
  let lastFailureAt: Date | undefined;
  let running: Promise<void> | undefined;
  const plan = () => {
    if (stopped) return;
    const ms = msUntilNextBackup({
      now: now(),
      newest: newestBackupTime(listing()),
      intervalHours: config.backup.intervalHours,
      lastFailureAt,
    });
    timer = setTimer(() => {
      if (stopped) return;
      const at = now();
      running = runScheduledBackup(handle, config, at)
        .then(({ made, deleted }) => {
          lastFailureAt = undefined;
          logger.info(
            { file: path.basename(made.file), bytes: made.bytes, deleted: deleted.length },
            "back-up gemaakt",
          );
        })
        .catch((error: unknown) => {
          lastFailureAt = at;
          logger.error({ err: error }, "de back-up op schema is mislukt");
        })
        .finally(() => {
          running = undefined;
          plan();
        });
    }, ms);
  };
  plan();
  return {
    /** Plans no further back-ups and waits for one in progress. */
    async stop() {
      stopped = true;
      timer?.cancel();
      await running;
    },
  };
}
