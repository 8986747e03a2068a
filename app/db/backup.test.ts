import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../config.server";
import {
  backupRetryMs,
  backupsToDelete,
  isInsideDir,
  manifestName,
  msUntilNextBackup,
  newestBackupTime,
  packBackup,
  scheduledBackupName,
  scheduledBackupTime,
  tarEntryNames,
  unpackBackup,
} from "./backup";

const at = (iso: string) => new Date(iso);
const hour = 60 * 60 * 1000;

describe("scheduled back-up names", () => {
  it("are sortable by time, in UTC, to the second", () => {
    expect(scheduledBackupName(at("2026-12-03T15:00:00.123Z"))).toBe("zicht-backup-20261203T150000Z.tar.gz");
    expect(scheduledBackupTime("zicht-backup-20261203T150000Z.tar.gz")).toEqual(at("2026-12-03T15:00:00Z"));
  });

  it.each([
    "zicht-backup-20261203T150000Z.tar",
    "zicht-backup-20261203T150000.tar.gz",
    "mijn-zicht-backup-20261203T150000Z.tar.gz",
    "zicht-backup-20261203T150000Z.tar.gz.tmp",
    ".zicht-backup-20261203T150000Z.tar.gz.1a2b3c.tmp",
    "zicht-backup-20261340T150000Z.tar.gz",
    "notities.txt",
  ])("does not take %s for a scheduled back-up", (name) => {
    expect(scheduledBackupTime(name)).toBeUndefined();
  });
});

describe("retention of scheduled back-ups", () => {
  const names = [
    "zicht-backup-20261203T150000Z.tar.gz",
    "zicht-backup-20261201T150000Z.tar.gz",
    "notities.txt",
    "zicht-backup-20261202T150000Z.tar.gz",
    "handmatig.tar.gz",
    "zicht-backup-20261130T150000Z.tar.gz",
    ".zicht-backup-20261129T150000Z.tar.gz.abc.tmp",
  ];

  it("deletes the oldest beyond the newest N, oldest first, and nothing else", () => {
    expect(backupsToDelete(names, 2)).toEqual([
      "zicht-backup-20261130T150000Z.tar.gz",
      "zicht-backup-20261201T150000Z.tar.gz",
    ]);
  });

  it("deletes nothing while there are N or fewer", () => {
    expect(backupsToDelete(names, 4)).toEqual([]);
    expect(backupsToDelete(names, 7)).toEqual([]);
    expect(backupsToDelete([], 1)).toEqual([]);
  });

  it("always keeps at least the newest one", () => {
    expect(backupsToDelete(names, 0)).not.toContain("zicht-backup-20261203T150000Z.tar.gz");
    expect(backupsToDelete(names, 0)).toHaveLength(3);
  });

  it("finds the newest scheduled back-up by the time in its name", () => {
    expect(newestBackupTime(names)).toEqual(at("2026-12-03T15:00:00Z"));
    expect(newestBackupTime(["notities.txt"])).toBeUndefined();
  });
});

describe("when the next scheduled back-up runs", () => {
  const now = at("2026-12-03T15:00:00Z");

  it("runs at once when there is no back-up yet", () => {
    expect(msUntilNextBackup({ now, newest: undefined, intervalHours: 24 })).toBe(0);
  });

  it("runs the interval after the newest back-up", () => {
    expect(msUntilNextBackup({ now, newest: at("2026-12-03T09:00:00Z"), intervalHours: 24 })).toBe(18 * hour);
    expect(msUntilNextBackup({ now, newest: at("2026-12-03T14:00:00Z"), intervalHours: 6 })).toBe(5 * hour);
  });

  it("runs at once when the newest back-up is overdue", () => {
    expect(msUntilNextBackup({ now, newest: at("2026-12-01T15:00:00Z"), intervalHours: 24 })).toBe(0);
  });

  it("waits an hour after a failed attempt, or the interval when that is shorter", () => {
    const failed = at("2026-12-03T14:30:00Z");
    expect(msUntilNextBackup({ now, newest: undefined, intervalHours: 24, lastFailureAt: failed })).toBe(
      backupRetryMs - 30 * 60 * 1000,
    );
    expect(
      msUntilNextBackup({
        now,
        newest: at("2026-12-02T00:00:00Z"),
        intervalHours: 24,
        lastFailureAt: failed,
      }),
    ).toBe(30 * 60 * 1000);
  });
});

describe("the back-up directory", () => {
  it.each([
    ["/srv/zicht/data", "/srv/zicht/data", true],
    ["/srv/zicht/data/backups", "/srv/zicht/data", true],
    ["/srv/zicht/data/../data/b", "/srv/zicht/data", true],
    ["/srv/zicht/backups", "/srv/zicht/data", false],
    ["/srv/zicht/data-backups", "/srv/zicht/data", false],
    ["/srv/zicht", "/srv/zicht/data", false],
    ["/srv/zicht/data/..backups", "/srv/zicht/data", true],
  ])("%s inside %s: %s", (child, parent, inside) => {
    expect(isInsideDir(child, parent)).toBe(inside);
  });

  const env = { ZICHT_DATA_DIR: "/srv/zicht/data", LOG_LEVEL: "silent" };

  it("is refused inside the data directory, with one line naming the setting", () => {
    expect(() => parseConfig({ ...env, ZICHT_BACKUP_DIR: "/srv/zicht/data/backups" })).toThrow(
      'Ongeldige instelling ZICHT_BACKUP_DIR="/srv/zicht/data/backups": de back-upmap mag niet in de datamap liggen.',
    );
  });

  it("is refused with DATABASE_URL, pointing to pg_dump", () => {
    expect(() =>
      parseConfig({
        ...env,
        ZICHT_BACKUP_DIR: "/srv/backups",
        DATABASE_URL: "postgres://localhost/zicht",
        // Production on a server database needs its keys first; with them, the back-up folder is the problem.
        ZICHT_SECRET_KEY: "x".repeat(32),
        ZICHT_CASE_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
      }),
    ).toThrow(/ZICHT_BACKUP_DIR.*pg_dump/);
  });

  it("is refused in the key folder, and the key folder in it: keys never travel with a back-up", () => {
    expect(() => parseConfig({ ...env, ZICHT_BACKUP_DIR: "/srv/zicht/data-keys/backups" })).toThrow(
      /ZICHT_BACKUP_DIR=.*de back-upmap en de sleutelmap \(\/srv\/zicht\/data-keys\) moeten los van elkaar liggen/,
    );
    expect(() =>
      parseConfig({
        ...env,
        ZICHT_BACKUP_DIR: "/srv/zicht/backups",
        ZICHT_KEY_DIR: "/srv/zicht/backups/keys",
      }),
    ).toThrow(/moeten los van elkaar liggen/);
    expect(parseConfig({ ...env, ZICHT_BACKUP_DIR: "/srv/zicht/backups" }).backup.dir).toBe(
      "/srv/zicht/backups",
    );
  });

  it("is off by default, with a day's interval and seven copies", () => {
    expect(parseConfig(env).backup).toEqual({ dir: undefined, intervalHours: 24, keep: 7 });
    expect(
      parseConfig({
        ...env,
        ZICHT_BACKUP_DIR: "/srv/backups",
        ZICHT_BACKUP_INTERVAL_HOURS: "6",
        ZICHT_BACKUP_KEEP: "3",
      }).backup,
    ).toEqual({ dir: "/srv/backups", intervalHours: 6, keep: 3 });
    expect(() => parseConfig({ ...env, ZICHT_BACKUP_KEEP: "0" })).toThrow(/ZICHT_BACKUP_KEEP/);
  });
});

describe("the back-up archive", () => {
  // A stand-in for PGlite's dump: any bytes that are a whole number of tar blocks.
  const dump = new Uint8Array(2048).map((_, index) => index % 251);
  const createdAt = at("2026-12-03T15:00:00Z");

  it("is a gzipped tar whose first entry is the manifest, followed by the dump unchanged", () => {
    const packed = packBackup(dump, { createdAt, migration: "20261203_1310_close-requires-complete" });
    const tar = zlib.gunzipSync(packed);
    expect(tarEntryNames(tar.subarray(0, 1024))).toEqual([manifestName]);
    const unpacked = unpackBackup(packed);
    expect(unpacked).toMatchObject({
      ok: true,
      manifest: {
        format: "zicht-backup",
        version: 1,
        createdAt: "2026-12-03T15:00:00.000Z",
        migration: "20261203_1310_close-requires-complete",
        dump: { bytes: 2048 },
      },
    });
    expect(unpacked.ok && Buffer.compare(unpacked.dump, Buffer.from(dump))).toBe(0);
  });

  it("refuses a file that is not a Zicht back-up", () => {
    expect(unpackBackup(Buffer.from("hallo"))).toEqual({ ok: false, problem: "not-a-backup" });
    expect(unpackBackup(zlib.gzipSync(Buffer.alloc(4096)))).toEqual({ ok: false, problem: "not-a-backup" });
    expect(unpackBackup(zlib.gzipSync(Buffer.from(dump)))).toEqual({ ok: false, problem: "not-a-backup" });
  });

  it("refuses a truncated or changed archive as corrupt", () => {
    const packed = packBackup(dump, { createdAt, migration: null });
    expect(unpackBackup(packed.subarray(0, packed.length - 20))).toEqual({ ok: false, problem: "corrupt" });
    const tar = zlib.gunzipSync(packed);
    tar[tar.length - 1] = (tar[tar.length - 1] ?? 0) ^ 0xff;
    expect(unpackBackup(zlib.gzipSync(tar))).toEqual({ ok: false, problem: "corrupt" });
    expect(unpackBackup(zlib.gzipSync(tar.subarray(0, tar.length - 512)))).toEqual({
      ok: false,
      problem: "corrupt",
    });
  });
});
