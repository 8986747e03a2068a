import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config.server";

/** Parses and returns the ConfigError it must throw. */
function configErrorFor(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(env)}`);
}

describe("parseConfig", () => {
  it("starts with working defaults when nothing is set: embedded database in ./data, port 3000", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      env: "production",
      isProduction: true,
      host: "0.0.0.0",
      port: 3000,
      demoData: true,
      testRoutes: false,
      log: { level: "info", format: "json" },
      shutdownTimeoutMs: 10_000,
    });
    expect(config.dataDir).toBe(path.resolve("data"));
    expect(config.database).toEqual({ kind: "pglite", dataDir: path.join(path.resolve("data"), "pglite") });
  });

  it("resolves a relative data directory to an absolute path", () => {
    const config = parseConfig({ ZICHT_DATA_DIR: "./var/zicht" });
    expect(path.isAbsolute(config.dataDir)).toBe(true);
    expect(config.dataDir).toBe(path.resolve("var/zicht"));
    expect(config.database).toEqual({ kind: "pglite", dataDir: path.join(config.dataDir, "pglite") });
  });

  it("uses the PostgreSQL server when DATABASE_URL is set", () => {
    const config = parseConfig({
      NODE_ENV: "development",
      DATABASE_URL: "postgres://zicht@db.example:5432/zicht",
      DATABASE_POOL_MAX: "25",
    });
    expect(config.database).toEqual({
      kind: "postgres",
      url: "postgres://zicht@db.example:5432/zicht",
      poolMax: 25,
    });
    expect(parseConfig({ NODE_ENV: "test", DATABASE_URL: "postgresql://db/zicht" }).database.kind).toBe(
      "postgres",
    );
  });

  it("treats an empty DATABASE_URL as 'use the embedded database'", () => {
    expect(parseConfig({ DATABASE_URL: "" }).database.kind).toBe("pglite");
  });

  it("reads the usual spellings of yes and no", () => {
    for (const [value, expected] of [
      ["true", true],
      ["1", true],
      ["yes", true],
      ["false", false],
      ["0", false],
      ["no", false],
    ] as const) {
      expect(parseConfig({ ZICHT_DEMO_DATA: value }).demoData).toBe(expected);
    }
  });

  it("logs readable lines in development and JSON otherwise, unless LOG_FORMAT says so", () => {
    expect(parseConfig({ NODE_ENV: "development" }).log.format).toBe("pretty");
    expect(parseConfig({ NODE_ENV: "production" }).log.format).toBe("json");
    expect(parseConfig({ NODE_ENV: "development", LOG_FORMAT: "json" }).log.format).toBe("json");
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "-1"],
    ["PORT", "80.5"],
    ["PORT", ""],
    ["DATABASE_URL", "mysql://x"],
    ["DATABASE_POOL_MAX", "0"],
    ["LOG_LEVEL", "loud"],
    ["LOG_FORMAT", "xml"],
    ["NODE_ENV", "staging"],
    ["ZICHT_DEMO_DATA", "maybe"],
    ["ZICHT_DATA_DIR", ""],
    ["SHUTDOWN_TIMEOUT_MS", "soon"],
  ])("refuses %s=%j with one Dutch line that names the variable", (name, value) => {
    const error = configErrorFor({ [name]: value });
    expect(error.name).toBe("ConfigError");
    expect(error.message).not.toContain("\n");
    expect(error.message).toMatch(new RegExp(`^Ongeldige instelling ${name}=`));
  });

  it("explains what is wrong in words an operator understands", () => {
    expect(configErrorFor({ PORT: "abc" }).message).toBe(
      'Ongeldige instelling PORT="abc": moet een getal zijn.',
    );
    expect(configErrorFor({ PORT: "70000" }).message).toContain("moet tussen 0 en 65535 liggen");
    expect(configErrorFor({ DATABASE_URL: "mysql://x" }).message).toContain("postgres://");
    expect(configErrorFor({ LOG_LEVEL: "loud" }).message).toContain("gebruik fatal, error, warn");
    expect(configErrorFor({ ZICHT_DEMO_DATA: "maybe" }).message).toContain("gebruik true of false");
  });

  it("names the first wrong variable when several are wrong", () => {
    const error = configErrorFor({ PORT: "abc", LOG_LEVEL: "loud" });
    expect(error.message).toMatch(/^Ongeldige instelling (PORT|LOG_LEVEL)=/);
    expect(error.message).not.toContain("\n");
  });

  it("never repeats the password of a mistyped DATABASE_URL", () => {
    const error = configErrorFor({ DATABASE_URL: "postgress://zicht:geheim@db.example/zicht" });
    expect(error.message).toContain("DATABASE_URL");
    expect(error.message).not.toContain("geheim");
  });

  it("keeps the message on one line even when the value has a line break", () => {
    expect(configErrorFor({ LOG_LEVEL: "info\nmore" }).message).not.toContain("\n");
  });
  it("trusts no proxy unless TRUST_PROXY names hops or addresses", () => {
    expect(parseConfig({}).trustProxy).toBe(false);
    expect(parseConfig({ TRUST_PROXY: "" }).trustProxy).toBe(false);
    expect(parseConfig({ TRUST_PROXY: "off" }).trustProxy).toBe(false);
    expect(parseConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(parseConfig({ TRUST_PROXY: "10.0.0.1, 10.1.0.0/16,loopback,::1" }).trustProxy).toEqual([
      "10.0.0.1",
      "10.1.0.0/16",
      "loopback",
      "::1",
    ]);
    for (const wrong of ["true", "12", "10.0.0.1/33", "proxy.example", "10.0.0.1,,"]) {
      expect(configErrorFor({ TRUST_PROXY: wrong }).message).toContain("Ongeldige instelling TRUST_PROXY=");
    }
  });

  describe("keys", () => {
    const secret = "s".repeat(43);
    const caseKeys = `k1:${Buffer.alloc(32, 7).toString("base64")}`;
    const server = { NODE_ENV: "production", DATABASE_URL: "postgres://zicht@db.example:5432/zicht" };

    it("keeps the keys in a folder beside the data directory by default: <data dir>-keys", () => {
      expect(parseConfig({}).keyDir).toBe(path.resolve("data-keys"));
      expect(parseConfig({ ZICHT_DATA_DIR: "./var/zicht/" }).keyDir).toBe(path.resolve("var/zicht-keys"));
    });

    it("resolves ZICHT_KEY_DIR to an absolute path", () => {
      const config = parseConfig({ ZICHT_KEY_DIR: "./geheim/zicht" });
      expect(config.keyDir).toBe(path.resolve("geheim/zicht"));
      expect(parseConfig({ ZICHT_KEY_DIR: "" }).keyDir).toBe(path.resolve("data-keys"));
    });

    it.each([
      ["the data directory itself", "./data"],
      ["the data directory with a trailing slash", "./data/"],
      ["a folder inside the data directory", "./data/keys"],
      ["a folder deeper inside the data directory", "data/a/../b/keys"],
    ])("refuses a key folder that is %s", (_, keyDir) => {
      const error = configErrorFor({ ZICHT_DATA_DIR: "./data", ZICHT_KEY_DIR: keyDir });
      expect(error.message).not.toContain("\n");
      expect(error.message).toMatch(
        /^Ongeldige instelling ZICHT_KEY_DIR=".*": de sleutelmap moet buiten de datamap/,
      );
    });

    it("refuses a key folder that reaches into the data directory through a symbolic link", () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "keys-config-"));
      try {
        fs.mkdirSync(path.join(root, "data"));
        fs.symlinkSync(path.join(root, "data"), path.join(root, "link"));
        const error = configErrorFor({
          ZICHT_DATA_DIR: path.join(root, "data"),
          ZICHT_KEY_DIR: path.join(root, "link", "keys"),
        });
        expect(error.message).toContain("de sleutelmap moet buiten de datamap");
        // A sibling is fine, also when it does not exist yet.
        expect(parseConfig({ ZICHT_DATA_DIR: path.join(root, "data") }).keyDir).toBe(
          path.join(root, "data-keys"),
        );
        // A data directory named like the key folder's prefix is not "inside".
        expect(
          parseConfig({ ZICHT_DATA_DIR: path.join(root, "data"), ZICHT_KEY_DIR: path.join(root, "data2") })
            .keyDir,
        ).toBe(path.join(root, "data2"));
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });

    it("refuses production on a PostgreSQL server without ZICHT_SECRET_KEY and ZICHT_CASE_KEYS, in one line", () => {
      const both = configErrorFor(server);
      expect(both.name).toBe("ConfigError");
      expect(both.message).not.toContain("\n");
      expect(both.message).toBe(
        'ZICHT_SECRET_KEY en ZICHT_CASE_KEYS ontbreken: in productie met DATABASE_URL zijn beide verplicht; maak een sleutel met "openssl rand -base64 32" (ZICHT_CASE_KEYS als k1:<sleutel>).',
      );
      expect(configErrorFor({ ...server, ZICHT_CASE_KEYS: caseKeys }).message).toMatch(
        /^ZICHT_SECRET_KEY ontbreekt: .*openssl rand -base64 32/,
      );
      expect(configErrorFor({ ...server, ZICHT_SECRET_KEY: secret }).message).toMatch(
        /^ZICHT_CASE_KEYS ontbreekt: .*openssl rand -base64 32/,
      );
    });

    it("accepts production on a PostgreSQL server with both keys set", () => {
      const config = parseConfig({ ...server, ZICHT_SECRET_KEY: secret, ZICHT_CASE_KEYS: caseKeys });
      expect(config.database.kind).toBe("postgres");
      expect(config.secretKey).toBe(secret);
      expect(config.caseKeys?.map((key) => key.id)).toEqual(["k1"]);
    });

    it("lets development, test and the embedded engine use the key folder", () => {
      expect(parseConfig({ ...server, NODE_ENV: "development" }).secretKey).toBeUndefined();
      expect(parseConfig({ ...server, NODE_ENV: "test" }).caseKeys).toBeUndefined();
      expect(parseConfig({ NODE_ENV: "production" }).database.kind).toBe("pglite");
    });
  });
});
