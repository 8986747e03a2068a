import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../../server/runtime";
import { parseConfig, type Config } from "../../config.server";
import {
  handleForPGlite,
  handleForPostgres,
  openPGlite,
  type DatabaseHandle,
} from "../../db/connection.server";
import {
  createTestDatabase,
  testEngine,
  testEngineLabel,
  type TestDatabase,
} from "../../db/testing/test-database";
import { verifyAudit } from "../accounts/audit.server";
import { forgetKeyFiles } from "../accounts/secrets.server";
import { caseKeys } from "./case-keys.server";
import { KeyMoveError, moveKeysOutOfDataDir } from "./key-move.server";
import { derivedCaseKey, NoteKeyMissingError } from "./note-crypto";
import { addCaseNote, listNotes } from "./notes.server";
import { makeOrganisations, openCase } from "./testing";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "keys-move-"));
const silent = pino({ level: "silent" });
/** An embedded database on disk, content seeds and child processes: more than the default minute on a busy machine. */
const slow = 180_000;
const opened: DatabaseHandle[] = [];
const serverDatabases: TestDatabase[] = [];

afterAll(async () => {
  for (const handle of opened) await handle.close().catch(() => undefined);
  for (const database of serverDatabases) await database.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Settings without keys in the environment: the key folder is `<data dir>-keys`. */
function configFor(dataDir: string, extra: Record<string, string> = {}): Config {
  return parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ZICHT_DEMO_DATA: "false",
    ZICHT_DATA_DIR: dataDir,
    ...extra,
  });
}

/**
 * The database of a data directory: on PGlite the embedded database in
 * `<data dir>/pglite` (as `zicht start` opens it), on PostgreSQL a fresh
 * server database (which is not in the data directory at all).
 */
async function openStore(
  dataDir: string,
  serverUrl?: string,
): Promise<{ handle: DatabaseHandle; url?: string }> {
  // With a server the data directory holds little (the outbox), but it exists.
  fs.mkdirSync(dataDir, { recursive: true });
  if (testEngine === "pglite") {
    const handle = handleForPGlite(await openPGlite(path.join(dataDir, "pglite")));
    opened.push(handle);
    return { handle };
  }
  if (serverUrl) {
    const handle = handleForPostgres(serverUrl, 2);
    opened.push(handle);
    return { handle, url: serverUrl };
  }
  const database = await createTestDatabase({ migrate: false });
  serverDatabases.push(database);
  return { handle: database, url: database.url };
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The ways a key could be written down: its text, its bytes, base64, base64url, hex. */
function spellings(key: string | Buffer): Buffer[] {
  const bytes = typeof key === "string" ? Buffer.from(key, "utf8") : key;
  const forms = [bytes, Buffer.from(bytes.toString("base64")), Buffer.from(bytes.toString("base64url"))];
  forms.push(Buffer.from(bytes.toString("hex")));
  if (typeof key === "string") forms.push(Buffer.from(key, "base64url"));
  return forms.filter((form) => form.length >= 16);
}

/** Files under `dir` that hold any spelling of any of `keys`. */
function filesHolding(dir: string, keys: readonly (string | Buffer)[]): string[] {
  const needles = keys.flatMap(spellings);
  return filesUnder(dir).filter((file) => {
    const content = fs.readFileSync(file);
    return needles.some((needle) => content.includes(needle));
  });
}

async function noteKeyIds(
  handle: DatabaseHandle,
): Promise<{ id: string; key_id: string; ciphertext: string }[]> {
  return handle.db.selectFrom("case_note").select(["id", "key_id", "ciphertext"]).orderBy("id").execute();
}

describe(`keys live outside the data directory (${testEngineLabel})`, () => {
  it(
    "a copy of only the data directory decrypts no note and cannot re-chain the audit log",
    { timeout: slow },
    async () => {
      const dataDir = path.join(root, "copy", "data");
      const config = configFor(dataDir);
      expect(config.keyDir).toBe(path.join(root, "copy", "data-keys"));
      const store = await openStore(dataDir);
      await prepareDatabase(store.handle, config, silent);
      // The first start made both keys in the key folder, none in the data directory.
      expect(fs.readdirSync(config.keyDir).sort()).toEqual(["case.keys", "secret.key"]);
      expect(fs.existsSync(path.join(dataDir, "secret.key"))).toBe(false);
      const { pro } = await makeOrganisations(store.handle.db, { pro: ["org-a", "professional", "Pia"] });
      const caseId = await openCase(store.handle.db, config, pro);
      expect(
        await addCaseNote(store.handle.db, config, pro, caseId, "Merel werd opgehaald bij school."),
      ).toBe(true);
      expect((await listNotes(store.handle.db, config, pro, caseId)).map((note) => note.text)).toEqual([
        "Merel werd opgehaald bij school.",
      ]);
      expect(await verifyAudit(store.handle.db, config)).toMatchObject({ brokenAt: null });

      // The key folder was made on first use, closed to others.
      expect(fs.statSync(config.keyDir).mode & 0o777).toBe(0o700);
      for (const name of ["secret.key", "case.keys"]) {
        expect(fs.statSync(path.join(config.keyDir, name)).mode & 0o777).toBe(0o600);
      }
      const secret = fs.readFileSync(path.join(config.keyDir, "secret.key"), "utf8").trim();
      const [caseKey] = caseKeys(config);
      expect(Buffer.from(secret, "base64url")).toHaveLength(32);
      expect(caseKey?.key).toHaveLength(32);

      // Copy only the data directory (with the embedded database closed, as a backup would).
      if (testEngine === "pglite") await store.handle.close();
      const copiedDataDir = path.join(root, "elsewhere", "data");
      fs.cpSync(dataDir, copiedDataDir, { recursive: true });
      expect(filesHolding(copiedDataDir, [secret, caseKey!.key])).toEqual([]);
      expect(fs.existsSync(path.join(root, "elsewhere", "data-keys"))).toBe(false);

      const copyConfig = configFor(copiedDataDir);
      const copy = await openStore(copiedDataDir, store.url);
      await expect(listNotes(copy.handle.db, copyConfig, pro, caseId)).rejects.toBeInstanceOf(
        NoteKeyMissingError,
      );
      const verified = await verifyAudit(copy.handle.db, copyConfig);
      expect(verified.rows).toBeGreaterThan(0);
      expect(verified.brokenAt).not.toBeNull();
      // The fresh key folder the copy made holds other keys.
      expect(fs.readFileSync(path.join(copyConfig.keyDir, "secret.key"), "utf8").trim()).not.toBe(secret);
    },
  );

  describe("an old layout: secret.key inside the data directory, notes under the derived key", () => {
    async function oldLayout(name: string) {
      const dataDir = path.join(root, name, "data");
      fs.mkdirSync(dataDir, { recursive: true });
      const oldSecret = crypto.randomBytes(32).toString("base64url");
      fs.writeFileSync(path.join(dataDir, "secret.key"), `${oldSecret}\n`, { mode: 0o600 });
      const config = configFor(dataDir);
      // How the previous version ran: the secret from the data directory, the derived note key.
      const before: Config = { ...config, secretKey: oldSecret, caseKeys: [derivedCaseKey(oldSecret)] };
      const store = await openStore(dataDir);
      await prepareDatabase(store.handle, { ...before, dataDir: path.join(root, name, "unused") }, silent);
      const { pro } = await makeOrganisations(store.handle.db, { pro: ["org-a", "professional", "Pia"] });
      const caseId = await openCase(store.handle.db, before, pro);
      for (const text of ["Eerste notitie.", "Tweede notitie, met geheimen."]) {
        expect(await addCaseNote(store.handle.db, before, pro, caseId, text)).toBe(true);
      }
      expect((await noteKeyIds(store.handle)).map((row) => row.key_id)).toEqual(["local", "local"]);
      expect(await verifyAudit(store.handle.db, before)).toMatchObject({ brokenAt: null });
      forgetKeyFiles();
      return { dataDir, oldSecret, config, store, pro, caseId };
    }

    it(
      "moves the key to the key folder, re-encrypts the notes once, keeps the audit chain valid",
      { timeout: slow },
      async () => {
        const { dataDir, oldSecret, config, store, pro, caseId } = await oldLayout("old");
        const audited = await store.handle.db.selectFrom("audit_log").select("id").execute();
        const ciphertexts = await noteKeyIds(store.handle);

        await prepareDatabase(store.handle, config, silent);

        expect(fs.existsSync(path.join(dataDir, "secret.key"))).toBe(false);
        expect(fs.readFileSync(path.join(config.keyDir, "secret.key"), "utf8").trim()).toBe(oldSecret);
        const [caseKey] = caseKeys(config);
        expect(caseKey?.id).toMatch(/^k-[0-9a-f]{8}$/);
        const after = await noteKeyIds(store.handle);
        expect(after.map((row) => row.key_id)).toEqual([caseKey!.id, caseKey!.id]);
        expect(after.map((row) => row.ciphertext)).not.toContain(ciphertexts[0]!.ciphertext);
        expect((await listNotes(store.handle.db, config, pro, caseId)).map((note) => note.text)).toEqual([
          "Eerste notitie.",
          "Tweede notitie, met geheimen.",
        ]);
        expect(await verifyAudit(store.handle.db, config)).toMatchObject({ brokenAt: null });
        const moved = await store.handle.db
          .selectFrom("audit_log")
          .select(["action", "details"])
          .where("id", ">", Math.max(...audited.map((row) => Number(row.id))))
          .execute();
        expect(moved).toHaveLength(1);
        expect(moved[0]?.action).toBe("keys.moved");
        expect(JSON.parse(moved[0]!.details!)).toMatchObject({
          notes_reencrypted: "2",
          notes_unreadable: "0",
        });
        expect(filesHolding(dataDir, [oldSecret, caseKey!.key, derivedCaseKey(oldSecret).key])).toEqual([]);

        // A second run changes nothing.
        const auditCount = (await store.handle.db.selectFrom("audit_log").select("id").execute()).length;
        forgetKeyFiles();
        await prepareDatabase(store.handle, config, silent);
        expect(await noteKeyIds(store.handle)).toEqual(after);
        expect((await store.handle.db.selectFrom("audit_log").select("id").execute()).length).toBe(
          auditCount,
        );
        expect(fs.readFileSync(path.join(config.keyDir, "secret.key"), "utf8").trim()).toBe(oldSecret);

        // Stopped after re-encrypting, before deleting: the next run only deletes the old file.
        fs.writeFileSync(path.join(dataDir, "secret.key"), `${oldSecret}\n`);
        forgetKeyFiles();
        expect(await moveKeysOutOfDataDir(store.handle.db, config)).toEqual({
          oldKeyRemoved: true,
          notesReencrypted: 0,
          notesUnreadable: 0,
        });
        expect(await noteKeyIds(store.handle)).toEqual(after);
        expect(fs.existsSync(path.join(dataDir, "secret.key"))).toBe(false);
        expect(await verifyAudit(store.handle.db, config)).toMatchObject({ brokenAt: null });
      },
    );

    it(
      "refuses, changing nothing, when the key folder already holds a different secret key",
      { timeout: slow },
      async () => {
        const { dataDir, oldSecret, config, store } = await oldLayout("conflict");
        fs.mkdirSync(config.keyDir, { recursive: true, mode: 0o700 });
        fs.writeFileSync(
          path.join(config.keyDir, "secret.key"),
          `${crypto.randomBytes(32).toString("base64url")}\n`,
        );
        const ciphertexts = await noteKeyIds(store.handle);

        const refused = await prepareDatabase(store.handle, config, silent).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(KeyMoveError);
        expect((refused as Error).message).not.toContain("\n");
        expect((refused as Error).message).toContain("verschillende sleutels");
        expect(fs.readFileSync(path.join(dataDir, "secret.key"), "utf8").trim()).toBe(oldSecret);
        expect(await noteKeyIds(store.handle)).toEqual(ciphertexts);

        // ZICHT_SECRET_KEY that differs from the old file is refused in the same way.
        fs.rmSync(config.keyDir, { recursive: true });
        forgetKeyFiles();
        const withEnv = configFor(dataDir, { ZICHT_SECRET_KEY: "x".repeat(40) });
        await expect(moveKeysOutOfDataDir(store.handle.db, withEnv)).rejects.toThrow(/ZICHT_SECRET_KEY/);
        expect(fs.existsSync(path.join(dataDir, "secret.key"))).toBe(true);
        expect(await noteKeyIds(store.handle)).toEqual(ciphertexts);
      },
    );
  });

  it(
    "two processes starting at once on an empty key folder end up with the same keys",
    { timeout: slow },
    async () => {
      const dataDir = path.join(root, "race", "data");
      const script = [
        `import { parseConfig } from "./app/config.server.ts";`,
        `import { secretKey } from "./app/modules/accounts/secrets.server.ts";`,
        `import { caseKeys } from "./app/modules/cases/case-keys.server.ts";`,
        `const config = parseConfig({ NODE_ENV: "test", ZICHT_DATA_DIR: ${JSON.stringify(dataDir)} });`,
        `const [key] = caseKeys(config);`,
        `process.stdout.write(JSON.stringify([secretKey(config), key.id, key.key.toString("base64")]));`,
      ].join("\n");
      const run = () =>
        new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
            cwd: path.resolve(import.meta.dirname, "../../.."),
            stdio: ["ignore", "pipe", "pipe"],
          });
          let out = "";
          let err = "";
          child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
          child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
          child.on("error", reject);
          child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(err))));
        });
      const results = await Promise.all([run(), run(), run(), run()]);
      expect(new Set(results).size).toBe(1);
      const keyDir = path.join(root, "race", "data-keys");
      expect(fs.readdirSync(keyDir).sort()).toEqual(["case.keys", "secret.key"]);
      expect(fs.existsSync(dataDir)).toBe(false);
    },
  );
});
