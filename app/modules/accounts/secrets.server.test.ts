import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../config.server";
import { caseKeys } from "../cases/case-keys.server";
import { forgetKeyFiles, keyFileContents, secretKey } from "./secrets.server";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "keys-secrets-"));
let counter = 0;
const freshDataDir = () => path.join(root, `run-${++counter}`, "data");

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
beforeEach(() => forgetKeyFiles());

describe("the key folder", () => {
  it("makes secret.key and case.keys on first use, beside the data directory, owner-only", () => {
    const config = parseConfig({ NODE_ENV: "test", ZICHT_DATA_DIR: freshDataDir() });
    const secret = secretKey(config);
    const [key, ...rest] = caseKeys(config);
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    expect(key?.id).toMatch(/^k-[0-9a-f]{8}$/);
    expect(key?.key).toHaveLength(32);
    expect(rest).toEqual([]);
    expect(fs.statSync(config.keyDir).mode & 0o777).toBe(0o700);
    expect(fs.readdirSync(config.keyDir).sort()).toEqual(["case.keys", "secret.key"]);
    for (const name of ["case.keys", "secret.key"]) {
      expect(fs.statSync(path.join(config.keyDir, name)).mode & 0o777).toBe(0o600);
    }
    expect(fs.existsSync(config.dataDir)).toBe(false);
    // The same keys after a restart (read from the files, not made again).
    forgetKeyFiles();
    expect(secretKey(config)).toBe(secret);
    expect(caseKeys(config)).toEqual([key]);
  });

  it("lets the environment win and then writes nothing", () => {
    const config = parseConfig({
      NODE_ENV: "test",
      ZICHT_DATA_DIR: freshDataDir(),
      ZICHT_SECRET_KEY: "e".repeat(40),
      ZICHT_CASE_KEYS: `k9:${Buffer.alloc(32, 9).toString("base64")}`,
    });
    expect(secretKey(config)).toBe("e".repeat(40));
    expect(caseKeys(config).map((key) => key.id)).toEqual(["k9"]);
    expect(fs.existsSync(config.keyDir)).toBe(false);
  });

  it("reads a rotated case.keys (newest first, one per line or comma-separated)", () => {
    const config = parseConfig({ NODE_ENV: "test", ZICHT_DATA_DIR: freshDataDir() });
    fs.mkdirSync(config.keyDir, { recursive: true });
    const newer = Buffer.alloc(32, 2).toString("base64");
    const older = Buffer.alloc(32, 1).toString("base64url");
    fs.writeFileSync(path.join(config.keyDir, "case.keys"), `k2:${newer}\nk1:${older}\n`);
    expect(caseKeys(config).map((key) => [key.id, key.key[0]])).toEqual([
      ["k2", 2],
      ["k1", 1],
    ]);
  });

  it("refuses a broken case.keys with one line naming the file", () => {
    const config = parseConfig({ NODE_ENV: "test", ZICHT_DATA_DIR: freshDataDir() });
    fs.mkdirSync(config.keyDir, { recursive: true });
    fs.writeFileSync(path.join(config.keyDir, "case.keys"), "k1:te-kort\n");
    let error: unknown;
    try {
      caseKeys(config);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(path.join(config.keyDir, "case.keys"));
    expect((error as Error).message).not.toContain("\n");
  });

  it("keeps a file that is already there, whatever make() would give", () => {
    const keyDir = path.join(root, "existing-keys");
    fs.mkdirSync(keyDir);
    fs.writeFileSync(path.join(keyDir, "secret.key"), "bestaand\n");
    expect(keyFileContents(keyDir, "secret.key", () => "nieuw")).toBe("bestaand");
    expect(fs.readdirSync(keyDir)).toEqual(["secret.key"]);
  });
});
