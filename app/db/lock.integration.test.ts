import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir, type DataDirLock } from "./lock.server";

describe("data directory lock", () => {
  let dataDir: string;
  const held: DataDirLock[] = [];
  const compromised: Error[] = [];
  const take = async () => {
    const lock = await lockDataDir(dataDir, (error) => compromised.push(error));
    held.push(lock);
    return lock;
  };

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-lock-"));
  });
  afterEach(async () => {
    await Promise.all(held.splice(0).map((lock) => lock.release()));
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(compromised).toEqual([]);
  });

  it("refuses a second user of the same data directory with a Dutch message naming it, until released", async () => {
    const first = await take();

    const second = lockDataDir(dataDir, (error) => compromised.push(error));
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(second).rejects.toThrow(
      `De datamap ${dataDir} is al in gebruik door een ander Zicht-proces.`,
    );
    await expect(second).rejects.toThrow(/ZICHT_DATA_DIR/);

    await first.release();
    const again = await take();
    await again.release();
  });

  it("creates a missing data directory", async () => {
    const nested = path.join(dataDir, "nieuw", "data");
    const lock = await lockDataDir(nested, (error) => compromised.push(error));
    held.push(lock);
    expect(fs.statSync(nested).isDirectory()).toBe(true);
  });

  it("takes over the lock a killed process left behind", async () => {
    // What a crashed process leaves: the lock, no longer refreshed.
    const leftOver = path.join(dataDir, "zicht.lock");
    fs.mkdirSync(leftOver);
    const longAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(leftOver, longAgo, longAgo);

    await take();
  });

  it("lets a lock be released twice without error", async () => {
    const lock = await take();
    await lock.release();
    await expect(lock.release()).resolves.toBeUndefined();
  });
});
