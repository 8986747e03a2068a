import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { migrations } from "./index";

/** Migration files are named `YYYYMMDD_HHMM_what-it-does.ts`. */
const migrationFile = /^(\d{8}_\d{4}_[a-z0-9-]+)\.ts$/;
const filesOnDisk = fs
  .readdirSync(import.meta.dirname)
  .flatMap((file) => migrationFile.exec(file)?.[1] ?? [])
  .sort();
const listed = Object.keys(migrations);

describe("migrations/index.ts", () => {
  it("lists every migration file in this folder, so none is silently skipped", () => {
    expect(filesOnDisk.length).toBeGreaterThan(0);
    expect(filesOnDisk.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it("lists only migrations that exist as a file", () => {
    expect(listed.filter((name) => !filesOnDisk.includes(name))).toEqual([]);
  });

  it("lists each name once, in the order Kysely runs them, with valid names", () => {
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual([...listed].sort());
    for (const name of listed) expect(name).toMatch(/^\d{8}_\d{4}_[a-z0-9-]+$/);
  });

  it("gives every migration an up function", () => {
    for (const [name, migration] of Object.entries(migrations)) {
      expect(typeof migration.up, name).toBe("function");
    }
  });

  it("does not leave files in the folder that look like a migration but are misnamed", () => {
    const stray = fs
      .readdirSync(import.meta.dirname)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "index.ts")
      .filter((file) => !migrationFile.test(file));
    expect(stray).toEqual([]);
  });
});
