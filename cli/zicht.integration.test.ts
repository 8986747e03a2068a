import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleForPGlite, openPGlite } from "../app/db/connection.server";
import { lockDataDir } from "../app/db/lock.server";
import { createChangeRequest } from "../app/modules/directory/change-request.server";
import { migrations } from "../app/db/migrations/index";
import { createTestDatabase, testEngine, testEngineLabel } from "../app/db/testing/test-database";

const bin = path.resolve(import.meta.dirname, "..", "bin", "zicht.js");

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Non-empty lines of a stream's output. */
const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "");

describe("the zicht command", () => {
  let workDir: string;
  let dataDir: string;

  /**
   * Runs `node bin/zicht.js …` as an operator would, in an empty working
   * directory (so no .env is read) with only the environment given here.
   */
  function zicht(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], {
        cwd: workDir,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? workDir,
          ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
          ZICHT_DATA_DIR: dataDir,
          LOG_LEVEL: "warn",
          ...env,
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

  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-cli-"));
    dataDir = path.join(workDir, "data");
  });
  afterAll(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it("shows help with the start and db commands, and exits 0", async () => {
    const result = await zicht(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: zicht/m);
    expect(result.stdout).toMatch(/^\s+start\b/m);
    expect(result.stdout).toMatch(/^\s+db\b/m);
    expect(result.stdout).toContain("toon deze hulp");
  });

  it("answers an unknown command in Dutch with exit code 2", async () => {
    const result = await zicht(["bogus"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("zicht: onbekende opdracht 'bogus'. Zie zicht --help");
    expect(result.stderr).not.toMatch(/error:/i);
  });

  // Seven runs of the command, each opening the embedded database: a generous budget.
  it(
    "migrates, seeds, refuses an unconfirmed reset and resets when confirmed",
    { timeout: 300_000 },
    async () => {
      const migrate = await zicht(["db", "migrate"]);
      expect(migrate).toMatchObject({ code: 0, stderr: "" });
      expect(migrate.stdout.trim()).toBe(`Uitgevoerd: ${Object.keys(migrations).join(", ")}`);

      const migrateAgain = await zicht(["db", "migrate"]);
      expect(migrateAgain).toMatchObject({ code: 0, stderr: "" });
      expect(migrateAgain.stdout.trim()).toBe("Het schema was al bij.");

      const seed = await zicht(["db", "seed"]);
      expect(seed).toMatchObject({ code: 0, stderr: "" });
      expect(lines(seed.stdout)).toContain("advice/helplines: 6 records");

      const unconfirmed = await zicht(["db", "reset"]);
      expect(unconfirmed.code).toBe(2);
      expect(unconfirmed.stderr).toContain("zicht db reset --yes");
      expect(unconfirmed.stdout).toBe("");
      // Nothing was wiped: the content is still there.
      expect((await zicht(["db", "seed"])).stdout.trim()).toBe("Alle inhoud was al geladen.");

      const reset = await zicht(["db", "reset", "--yes"], { ZICHT_DEMO_DATA: "false" });
      expect(reset).toMatchObject({ code: 0, stderr: "" });
      expect(reset.stdout.trim()).toBe("De database is gewist en opnieuw opgebouwd.");
      // Platform content is always loaded again after a reset, even without demo data.
      expect((await zicht(["db", "seed"])).stdout.trim()).toBe("Alle inhoud was al geladen.");

      // No public suggestions yet ("Klopt dit niet?" stores them; see change-request tests).
      const suggestions = await zicht(["directory", "suggestions"]);
      expect(suggestions).toMatchObject({ code: 0, stderr: "" });
      expect(suggestions.stdout.trim()).toBe("Er wachten geen voorstellen.");
    },
  );

  it(
    "exports the knowledge content from the database to Markdown and YAML files",
    { timeout: 120_000 },
    async () => {
      const dir = path.join(workDir, "export");
      const exported = await zicht(["content", "export", "--dir", dir]);
      expect(exported).toMatchObject({ code: 0, stderr: "" });
      expect(exported.stdout.trim()).toMatch(/^\d+ bestanden geschreven naar /);
      expect(fs.readdirSync(dir).sort()).toEqual([
        "figures.yaml",
        "jongeren",
        "kennisbank",
        "library.yaml",
        "ouders",
      ]);
      expect(fs.readFileSync(path.join(dir, "kennisbank", "daders.nl.md"), "utf8")).toMatch(
        /^---\ntitle: Daders\n/,
      );
    },
  );

  it(
    "prints suggestions from the public form without their escape codes, the oldest --limit of them",
    { timeout: 120_000 },
    async () => {
      // The CLI is not running: write two suggestions into its embedded database directly.
      const handle = handleForPGlite(await openPGlite(path.join(dataDir, "pglite")));
      try {
        for (const [index, value] of [
          "\u001b[2J\u001b]0;gekaapt\u0007BEL 0900\u202eabc",
          "tweede",
        ].entries()) {
          await createChangeRequest(
            handle.db,
            "fier-ravi",
            "088-2080000",
            { field: "phone", proposedValue: value, explanation: "", email: "" },
            new Date(Date.UTC(2026, 11, 1 + index)),
          );
        }
      } finally {
        await handle.close();
      }
      const all = await zicht(["directory", "suggestions"]);
      expect(all).toMatchObject({ code: 0, stderr: "" });
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      expect(all.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(all.stdout).toContain("  voorstel: \\x1b[2J\\x1b]0;gekaapt\\x07BEL 0900\\u202eabc");
      expect(lines(all.stdout)[0]).toBe("2 voorstellen wachten:");

      const limited = await zicht(["directory", "suggestions", "--limit", "1"]);
      expect(limited).toMatchObject({ code: 0, stderr: "" });
      expect(lines(limited.stdout)[0]).toBe("2 voorstellen wachten, de oudste 1:");
      expect(limited.stdout).not.toContain("tweede");

      const wrong = await zicht(["directory", "suggestions", "--limit", "nul\u001b[2J"]);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toBe(
        "zicht: --limit: vul een heel getal van 1 tot 100000 in (niet nul\\x1b[2J).\n",
      );
    },
  );

  // Ten runs of the command, each opening the embedded database.
  it(
    "exports and imports the Wegwijzer: 0 when done, 1 with every problem and nothing written, 2 for wrong use",
    { timeout: 300_000 },
    async () => {
      expect((await zicht(["db", "seed"])).code).toBe(0);
      const file = path.join(workDir, "wegwijzer.json");
      const exported = await zicht(["directory", "export", "--out", file]);
      expect(exported).toMatchObject({ code: 0, stderr: "" });
      expect(exported.stdout.trim()).toMatch(/^Geëxporteerd naar .+: \d+ organisaties, \d+ diensten\.$/);
      const document = JSON.parse(fs.readFileSync(file, "utf8")) as {
        services: Array<{ id: string; phones: Array<{ number: string; service_id: string | null }> }>;
      };
      expect(document.services.length).toBeGreaterThan(20);

      const checked = await zicht(["directory", "import", file, "--dry-run"]);
      expect(checked).toMatchObject({ code: 0, stderr: "" });
      expect(checked.stdout).toMatch(/^Controle geslaagd, niets geschreven: .*\d+ diensten\.$/m);

      const index = document.services.findIndex((service) =>
        service.phones.some((phone) => phone.service_id),
      );
      const phone = document.services[index]?.phones[0];
      if (phone) phone.number = "bel ons";
      const broken = path.join(workDir, "fout.json");
      fs.writeFileSync(broken, JSON.stringify(document));
      const refused = await zicht(["directory", "import", broken]);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe("");
      expect(lines(refused.stderr)).toEqual([
        `zicht: ${broken} is niet ingelezen (1 probleem, niets geschreven):`,
        `  dienst ${index + 1}, veld phones.0.number: alleen cijfers, spaties en streepjes`,
      ]);

      const imported = await zicht(["directory", "import", file]);
      expect(imported).toMatchObject({ code: 0, stderr: "" });
      expect(imported.stdout).toMatch(/^Ingelezen: .*\d+ diensten\.$/m);
      const again = await zicht(["directory", "export"]);
      expect(again).toMatchObject({ code: 0, stderr: "" });
      expect(again.stdout).toBe(fs.readFileSync(file, "utf8"));

      const csv = await zicht(["directory", "export", "--format", "csv"]);
      expect(csv.code).toBe(0);
      expect(csv.stdout).toMatch(/^id,name,name_en,organization_id,/);
      expect(lines(csv.stdout).length).toBeGreaterThan(document.services.length);

      const wrongFormat = await zicht(["directory", "export", "--format", "xml"]);
      expect(wrongFormat.code).toBe(2);
      expect(wrongFormat.stderr).toContain("ongeldige waarde 'xml'");
      const missing = await zicht(["directory", "import", path.join(workDir, "bestaat-niet.json")]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("bestaat niet");
      const looseCsv = path.join(workDir, "lijst.csv");
      fs.writeFileSync(looseCsv, csv.stdout);
      const csvImport = await zicht(["directory", "import", looseCsv]);
      expect(csvImport.code).toBe(1);
      expect(csvImport.stderr).toContain("Een los CSV-bestand kan niet worden ingelezen");
      // An HSDS tabular data package from another system: its directory or its datapackage.json.
      const tabular = path.resolve(import.meta.dirname, "..", "tests", "fixtures", "hsds", "tabular");
      for (const source of [tabular, path.join(tabular, "datapackage.json")]) {
        const dryRun = await zicht(["directory", "import", source, "--dry-run"]);
        expect(dryRun).toMatchObject({ code: 0, stderr: "" });
        expect(dryRun.stdout).toMatch(
          /^Controle geslaagd, niets geschreven: 1 taxonomieën \(2 termen\), 0 regio's, 1 organisaties, 0 programma's, 2 diensten\.$/m,
        );
        expect(dryRun.stdout).toContain("Let op: ");
      }
    },
  );

  it("stops with exit code 1 and one line naming the setting when the configuration is wrong", async () => {
    const result = await zicht(["db", "migrate"], { PORT: "abc" });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringContaining("PORT")]);
    expect(result.stderr).toContain('Ongeldige instelling PORT="abc"');
  });

  it(
    "refuses to open a data directory another process is using, with one clear line",
    { timeout: 120_000 },
    async () => {
      const lock = await lockDataDir(dataDir, () => undefined);
      const inUse = `zicht: De datamap ${dataDir} is al in gebruik door een ander Zicht-proces. Stop dat proces eerst, of kies een andere map met ZICHT_DATA_DIR.`;
      try {
        const result = await zicht(["db", "migrate"]);
        expect(result.code).toBe(1);
        expect(lines(result.stderr)).toEqual([inUse]);

        // `npm start` (start --build) is refused before it rebuilds the files a running server uses.
        const builtFile = path.resolve(import.meta.dirname, "..", "build", "server", "index.js");
        const builtAt = () => (fs.existsSync(builtFile) ? fs.statSync(builtFile).mtimeMs : undefined);
        const before = builtAt();
        const start = await zicht(["start", "--build"], { PORT: "0" });
        expect(start.code).toBe(1);
        expect(lines(start.stderr)).toEqual([inUse]);
        expect(builtAt()).toBe(before);
      } finally {
        await lock.release();
      }
      // Once the other process is gone, the directory can be used again.
      expect((await zicht(["db", "migrate"])).code).toBe(0);
    },
  );

  it(
    "db migrate moves an old secret.key out of the data directory into the key folder, once",
    { timeout: 120_000 },
    async () => {
      const oldDataDir = path.join(workDir, "old-data");
      fs.mkdirSync(oldDataDir);
      const oldSecret = Buffer.alloc(32, 5).toString("base64url");
      fs.writeFileSync(path.join(oldDataDir, "secret.key"), `${oldSecret}\n`, { mode: 0o600 });
      const keyDir = `${oldDataDir}-keys`;

      const moved = await zicht(["db", "migrate"], { ZICHT_DATA_DIR: oldDataDir });
      expect(moved).toMatchObject({ code: 0, stderr: "" });
      expect(lines(moved.stdout)).toContain(
        `De sleutel staat nu in ${keyDir}; 0 notities opnieuw versleuteld.`,
      );
      expect(fs.existsSync(path.join(oldDataDir, "secret.key"))).toBe(false);
      expect(fs.readFileSync(path.join(keyDir, "secret.key"), "utf8").trim()).toBe(oldSecret);

      const again = await zicht(["db", "migrate"], { ZICHT_DATA_DIR: oldDataDir });
      expect(again).toMatchObject({ code: 0, stderr: "" });
      expect(lines(again.stdout)).toEqual(["Het schema was al bij."]);
      const verified = await zicht(["audit", "verify"], { ZICHT_DATA_DIR: oldDataDir });
      expect(verified.code).toBe(0);

      // A key folder inside the data directory is refused before anything is opened.
      const inside = await zicht(["db", "migrate"], {
        ZICHT_DATA_DIR: oldDataDir,
        ZICHT_KEY_DIR: path.join(oldDataDir, "keys"),
      });
      expect(inside.code).toBe(1);
      expect(lines(inside.stderr)).toEqual([expect.stringContaining("de sleutelmap moet buiten de datamap")]);
    },
  );

  it(
    `db migrate encrypts plain second-factor secrets once (${testEngine === "postgres" ? testEngineLabel : "PGlite in a data directory"})`,
    { timeout: 180_000 },
    async () => {
      // On PostgreSQL a fresh server database, else the embedded one of a new data directory.
      const server = testEngine === "postgres" ? await createTestDatabase() : undefined;
      const totpDataDir = path.join(workDir, "totp-data");
      const env = {
        ZICHT_DATA_DIR: totpDataDir,
        ZICHT_SECRET_KEY: "cli-totp-key-cli-totp-key-cli-totp-key",
        ...(server
          ? { DATABASE_URL: server.url!, ZICHT_CASE_KEYS: `k1:${Buffer.alloc(32, 2).toString("base64")}` }
          : {}),
      };
      const openStore = async () =>
        server
          ? { db: server.db, close: async () => undefined }
          : handleForPGlite(await openPGlite(path.join(totpDataDir, "pglite")));
      try {
        expect((await zicht(["db", "migrate"], env)).code).toBe(0);
        const plain = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        let store = await openStore();
        await store.db.insertInto("tenant").values({ id: "org-t", name: "Organisatie T" }).execute();
        await store.db
          .insertInto("user_account")
          .values({
            id: "00000000-0000-4000-8000-000000000001",
            tenant_id: "org-t",
            email: "tom@t.nl",
            name: "Tom",
            role: "professional",
            password_hash: null,
            totp_secret: plain,
            totp_enabled_at: new Date(Date.UTC(2026, 11, 1)),
            totp_last_step: null,
            locked_until: null,
            disabled_at: null,
          })
          .execute();
        await store.close();

        const migrated = await zicht(["db", "migrate"], env);
        expect(migrated).toMatchObject({ code: 0, stderr: "" });
        expect(lines(migrated.stdout)).toEqual([
          "Het schema was al bij.",
          "Geheimen voor de tweede stap versleuteld: 1.",
        ]);
        const again = await zicht(["db", "migrate"], env);
        expect(lines(again.stdout)).toEqual(["Het schema was al bij."]);

        store = await openStore();
        const row = await store.db
          .selectFrom("user_account")
          .select("totp_secret")
          .where("email", "=", "tom@t.nl")
          .executeTakeFirstOrThrow();
        const audits = await store.db
          .selectFrom("audit_log")
          .select("details")
          .where("action", "=", "totp.secrets_encrypted")
          .execute();
        await store.close();
        expect(row.totp_secret).toMatch(/^v1:/);
        expect(row.totp_secret).not.toContain(plain);
        expect(audits).toEqual([{ details: '{"count":"1"}' }]);
      } finally {
        await server?.close();
      }
    },
  );

  describe.runIf(testEngine === "postgres")(`with DATABASE_URL on ${testEngineLabel}`, () => {
    const keys = {
      ZICHT_SECRET_KEY: "cli-test-key-cli-test-key-cli-test-key",
      ZICHT_CASE_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
    };

    it("refuses in production without ZICHT_SECRET_KEY and ZICHT_CASE_KEYS, in one line, changing nothing", async () => {
      const database = await createTestDatabase({ migrate: false });
      const serverDataDir = path.join(workDir, "server-data-nokeys");
      try {
        for (const [env, missing] of [
          [{}, "ZICHT_SECRET_KEY en ZICHT_CASE_KEYS ontbreken"],
          [{ ZICHT_SECRET_KEY: keys.ZICHT_SECRET_KEY }, "ZICHT_CASE_KEYS ontbreekt"],
        ] as const) {
          const result = await zicht(["db", "migrate"], {
            DATABASE_URL: database.url!,
            ZICHT_DATA_DIR: serverDataDir,
            ...env,
          });
          expect(result.code).toBe(1);
          expect(result.stdout).toBe("");
          expect(lines(result.stderr)).toHaveLength(1);
          expect(result.stderr).toContain(`zicht: ${missing}`);
          expect(result.stderr).toContain("openssl rand -base64 32");
        }
        const { rows } = await sql<{
          name: string | null;
        }>`select to_regclass('kysely_migration')::text as name`.execute(database.db);
        expect(rows[0]?.name).toBeNull();
        expect(fs.existsSync(serverDataDir)).toBe(false);
        expect(fs.existsSync(`${serverDataDir}-keys`)).toBe(false);
      } finally {
        await database.close();
      }
    });

    it("migrates a PostgreSQL server database without touching the data directory", async () => {
      const database = await createTestDatabase({ migrate: false });
      const serverDataDir = path.join(workDir, "server-data");
      try {
        const result = await zicht(["db", "migrate"], {
          DATABASE_URL: database.url!,
          ZICHT_DATA_DIR: serverDataDir,
          ...keys,
        });
        expect(result).toMatchObject({ code: 0, stderr: "" });
        expect(result.stdout.trim()).toBe(`Uitgevoerd: ${Object.keys(migrations).join(", ")}`);
        const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
          database.db,
        );
        expect(rows.map((row) => row.name)).toEqual(Object.keys(migrations));
        expect(fs.existsSync(serverDataDir)).toBe(false);
        expect(fs.existsSync(`${serverDataDir}-keys`)).toBe(false);
      } finally {
        await database.close();
      }
    });
  });
});
