import crypto from "node:crypto";
import path from "node:path";
import zlib from "node:zlib";

/**
 * Back-ups of the embedded database (decision 018), the pure part: the
 * archive format, file names, the schedule and retention. No I/O here; the
 * files and the database are handled in `backup.server.ts`.
 *
 * A Zicht back-up is an ordinary `.tar.gz`. Its first entry is
 * `zicht-backup.json` (the manifest below); the rest is PGlite's own dump of
 * its data directory (`dumpDataDir`), unchanged. The manifest holds the
 * length and SHA-256 of that dump, so a truncated or damaged file is refused
 * before anything is restored. Keys are never part of it.
 */

export const manifestName = "zicht-backup.json";
export const backupFormat = "zicht-backup";
export const backupFormatVersion = 1;

export interface BackupManifest {
  format: typeof backupFormat;
  version: typeof backupFormatVersion;
  /** ISO time the back-up was made. */
  createdAt: string;
  /** The newest migration the database had (its schema level). */
  migration: string | null;
  /** The database dump that follows the manifest: its length and SHA-256 (hex). */
  dump: { bytes: number; sha256: string };
}

const block = 512;

/** One ustar header block for a regular file. */
function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const header = Buffer.alloc(block);
  const field = (offset: number, length: number, value: string) =>
    header.write(value, offset, length, "ascii");
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, "0");
  field(0, 100, name);
  field(100, 8, octal(0o600, 8));
  field(108, 8, octal(0, 8));
  field(116, 8, octal(0, 8));
  field(124, 12, octal(size, 12));
  field(136, 12, octal(Math.floor(mtime.getTime() / 1000), 12));
  field(148, 8, "        ");
  field(156, 1, "0");
  field(257, 6, "ustar\0");
  field(263, 2, "00");
  let sum = 0;
  for (const byte of header) sum += byte;
  field(148, 8, `${octal(sum, 7)}\0`);
  return header;
}

function padding(size: number): Buffer {
  return Buffer.alloc((block - (size % block)) % block);
}

/** The back-up file's bytes: the manifest entry, then PGlite's tar, all gzipped. */
export function packBackup(dump: Uint8Array, meta: { createdAt: Date; migration: string | null }): Buffer {
  const manifest: BackupManifest = {
    format: backupFormat,
    version: backupFormatVersion,
    createdAt: meta.createdAt.toISOString(),
    migration: meta.migration,
    dump: { bytes: dump.length, sha256: crypto.createHash("sha256").update(dump).digest("hex") },
  };
  const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
  return zlib.gzipSync(
    Buffer.concat([tarHeader(manifestName, json.length, meta.createdAt), json, padding(json.length), dump]),
  );
}

export type UnpackedBackup =
  { ok: true; manifest: BackupManifest; dump: Buffer } | { ok: false; problem: "not-a-backup" | "corrupt" };

function readOctal(bytes: Buffer, offset: number, length: number): number {
  const text = bytes
    .subarray(offset, offset + length)
    .toString("ascii")
    .replace(/[\0 ]+$/, "")
    .trim();
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : Number.NaN;
}

function isManifest(value: unknown): value is BackupManifest {
  const candidate = value as Partial<BackupManifest> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    candidate.format === backupFormat &&
    typeof candidate.createdAt === "string" &&
    (candidate.migration === null || typeof candidate.migration === "string") &&
    typeof candidate.dump?.bytes === "number" &&
    typeof candidate.dump.sha256 === "string"
  );
}

/**
 * Reads and checks a back-up file: a gzip whose first tar entry is a Zicht
 * manifest (else "not-a-backup"), and a dump of exactly the length and hash
 * the manifest names (else "corrupt").
 */
export function unpackBackup(file: Uint8Array): UnpackedBackup {
  const gzipped = file.length >= 2 && file[0] === 0x1f && file[1] === 0x8b;
  if (!gzipped) return { ok: false, problem: "not-a-backup" };
  let tar: Buffer;
  try {
    tar = zlib.gunzipSync(file);
  } catch {
    return { ok: false, problem: "corrupt" };
  }
  if (tar.length < block) return { ok: false, problem: "not-a-backup" };
  const name = tar.subarray(0, 100).toString("utf8").replace(/\0.*$/s, "");
  const size = readOctal(tar, 124, 12);
  if (name !== manifestName || !Number.isFinite(size) || block + size > tar.length) {
    return { ok: false, problem: "not-a-backup" };
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(tar.subarray(block, block + size).toString("utf8"));
  } catch {
    return { ok: false, problem: "not-a-backup" };
  }
  if (!isManifest(manifest)) return { ok: false, problem: "not-a-backup" };
  if (manifest.version !== backupFormatVersion) return { ok: false, problem: "not-a-backup" };
  const start = block + size + padding(size).length;
  const dump = tar.subarray(start);
  const hash = crypto.createHash("sha256").update(dump).digest("hex");
  if (dump.length !== manifest.dump.bytes || hash !== manifest.dump.sha256) {
    return { ok: false, problem: "corrupt" };
  }
  return { ok: true, manifest, dump };
}

/** The names of the entries in an (uncompressed) tar, in order. */
export function tarEntryNames(tar: Uint8Array): string[] {
  const bytes = Buffer.from(tar.buffer, tar.byteOffset, tar.length);
  const names: string[] = [];
  let offset = 0;
  while (offset + block <= bytes.length) {
    const header = bytes.subarray(offset, offset + block);
    if (header.every((byte) => byte === 0)) break;
    const name = header.subarray(0, 100).toString("utf8").replace(/\0.*$/s, "");
    const prefix =
      header.subarray(257, 262).toString("ascii") === "ustar"
        ? header.subarray(345, 500).toString("utf8").replace(/\0.*$/s, "")
        : "";
    names.push(prefix ? `${prefix}/${name}` : name);
    const size = readOctal(header, 124, 12);
    offset += block + (Number.isFinite(size) ? size + padding(size).length : 0);
  }
  return names;
}

// ---- Scheduled back-ups ----

const scheduledName = /^zicht-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.tar\.gz$/;

/** The file name of a scheduled back-up made at `now`: sortable by time, `zicht-backup-20261203T150000Z.tar.gz`. */
export function scheduledBackupName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
  return `zicht-backup-${stamp}.tar.gz`;
}

/** The time in a scheduled back-up's file name; undefined for any other file. */
export function scheduledBackupTime(name: string): Date | undefined {
  const match = scheduledName.exec(name);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const time = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  return scheduledBackupName(time) === name ? time : undefined;
}

/**
 * Retention: of the scheduled back-ups among `names`, all but the newest
 * `keep`, oldest first. Files with any other name are never chosen.
 */
export function backupsToDelete(names: readonly string[], keep: number): string[] {
  const backups = names
    .filter((name) => scheduledBackupTime(name) !== undefined)
    .sort((a, b) => scheduledBackupTime(a)!.getTime() - scheduledBackupTime(b)!.getTime());
  return backups.slice(0, Math.max(0, backups.length - Math.max(1, keep)));
}

/** The newest scheduled back-up among `names`, by the time in its name. */
export function newestBackupTime(names: readonly string[]): Date | undefined {
  let newest: Date | undefined;
  for (const name of names) {
    const time = scheduledBackupTime(name);
    if (time && (!newest || time > newest)) newest = time;
  }
  return newest;
}

/** After a failed scheduled back-up, try again after this long (or the interval, if shorter). */
export const backupRetryMs = 60 * 60 * 1000;

/**
 * Milliseconds from `now` to the next scheduled back-up: `intervalHours`
 * after the newest one (at once when there is none, or it is overdue), but
 * never sooner than an hour after a failed attempt.
 */
export function msUntilNextBackup(options: {
  now: Date;
  newest: Date | undefined;
  intervalHours: number;
  lastFailureAt?: Date | undefined;
}): number {
  const interval = options.intervalHours * 60 * 60 * 1000;
  let next = options.newest ? options.newest.getTime() + interval : options.now.getTime();
  if (options.lastFailureAt) {
    next = Math.max(next, options.lastFailureAt.getTime() + Math.min(backupRetryMs, interval));
  }
  return Math.max(0, next - options.now.getTime());
}

/** True when `child` is `parent` itself or lies inside it (both resolved to absolute paths). */
export function isInsideDir(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  return (
    relative === "" ||
    (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}
