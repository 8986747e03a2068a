import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../app/config.server";
import { handleForPGlite, openPGlite } from "../app/db/connection.server";
import type { Database } from "../app/db/database";
import { migrateToLatest } from "../app/db/migrate.server";
import {
  createTestDatabase,
  testEngine,
  testEngineLabel,
  type TestDatabase,
} from "../app/db/testing/test-database";
import { createTenant, createUser } from "../app/modules/accounts/accounts.server";
import { auditHash, genesisHash, signHead, type StoredAuditRow } from "../app/modules/accounts/audit-chain";
import { writeAudit } from "../app/modules/accounts/audit.server";
import { readOutbox } from "../app/modules/accounts/mail.server";

/**
 * `zicht audit checkpoint [--mail]` and `zicht audit verify [--checkpoint]`,
 * run as an operator would, against the engine under test.
 */
const bin = path.resolve(import.meta.dirname, "..", "bin", "zicht.js");
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-cli-audit-"));
const dataDir = path.join(workDir, "data");
const secret = "cli-audit-test-key-cli-audit-test-key";
const config = parseConfig({ NODE_ENV: "test", ZICHT_SECRET_KEY: secret, ZICHT_DATA_DIR: dataDir });
const t0 = Date.UTC(2026, 11, 3, 9, 0, 0);
const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "");

let server: TestDatabase | undefined;

function zicht(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: workDir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: workDir,
        ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
        ZICHT_DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        ZICHT_SECRET_KEY: secret,
        // Production on a server database needs both keys (decision 016).
        ZICHT_CASE_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
        ...(server?.url ? { DATABASE_URL: server.url } : {}),
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

/** The database the command uses; for PGlite opened only while the command is not running. */
async function withDb<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  if (server) return work(server.db);
  fs.mkdirSync(dataDir, { recursive: true });
  const handle = handleForPGlite(await openPGlite(path.join(dataDir, "pglite")));
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

async function writeRows(db: Kysely<Database>, count: number, fromMinute: number) {
  for (let index = 0; index < count; index++) {
    await writeAudit(
      db,
      config,
      { action: "sign_in.success", actorUserId: `u${index}`, tenantId: "org-a" },
      new Date(t0 + (fromMinute + index) * 60_000),
    );
  }
}

async function ids(db: Kysely<Database>) {
  return (await db.selectFrom("audit_log").select("id").orderBy("id").execute()).map((row) => Number(row.id));
}

beforeAll(async () => {
  if (testEngine === "postgres") server = await createTestDatabase({ migrate: false });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe(`zicht audit checkpoint and verify --checkpoint on ${testEngineLabel}`, () => {
  it(
    "prints, logs and mails a checkpoint; verify finds a cut log and a changed history",
    { timeout: 300_000 },
    async () => {
      await withDb(async (db) => {
        await migrateToLatest(db);
        await createTenant(db, { id: "platform", name: "Platform" });
        await createUser(db, { tenantId: "platform", email: "beheer@zicht.test", role: "platform_admin" });
        await writeRows(db, 5, 0);
      });

      const taken = await zicht(["audit", "checkpoint"], { LOG_LEVEL: "info" });
      expect(taken).toMatchObject({ code: 0, stderr: "" });
      const output = lines(taken.stdout);
      expect(output).toContain("De kop van het logboek is nu voor het eerst ondertekend.");
      const checkpoint = output.find((line) => line.startsWith("zc1."))!;
      // Five rows and the row that records the first signing.
      expect(checkpoint).toMatch(/^zc1\.6\.\d+\.[0-9a-f]{64}\.[0-9a-f]{64}$/);
      expect(output).toContain(
        "Bewaar deze waarde buiten deze server (wachtwoordkluis, mail, papier). Later bewijst zicht audit verify --checkpoint <waarde> dat er tot hier niets is gewijzigd.",
      );
      const logged = output
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as { msg: string; checkpoint?: string; level: number });
      expect(logged).toEqual([
        expect.objectContaining({ msg: "controlepunt van het logboek", checkpoint, level: 30 }),
      ]);

      const mailed = await zicht(["audit", "checkpoint", "--mail"]);
      expect(mailed).toMatchObject({ code: 0, stderr: "" });
      expect(lines(mailed.stdout)).toEqual([
        checkpoint,
        expect.stringMatching(/^Bewaar deze waarde/),
        "Gemaild naar 1 platformbeheerder.",
      ]);
      const [mail] = await readOutbox(config);
      expect(mail).toMatchObject({
        to: "beheer@zicht.test",
        subject: "Controlepunt van het logboek van Zicht",
      });
      expect(mail!.text).toContain(`zicht audit verify --checkpoint ${checkpoint}`);

      await withDb((db) => writeRows(db, 3, 10));
      const later = await zicht(["audit", "verify", "--checkpoint", checkpoint]);
      expect(later).toMatchObject({ code: 0, stderr: "" });
      expect(lines(later.stdout)).toEqual([
        "Het controlepunt klopt: de eerste 6 regels zijn niet gewijzigd.",
        "Het logboek klopt (9 regels gecontroleerd).",
      ]);

      const malformed = await zicht(["audit", "verify", "--checkpoint", "zc1.6.banaan"]);
      expect(malformed.code).toBe(1);
      expect(lines(malformed.stderr)).toEqual([
        "zicht: Dit controlepunt is ongeldig. Het ziet er zo uit: zc1.<regels>.<nummer>.<hash>.<handtekening>.",
      ]);
      const forged = await zicht(["audit", "verify", "--checkpoint", checkpoint.replace("zc1.6.", "zc1.5.")]);
      expect(forged.code).toBe(1);
      expect(lines(forged.stderr)).toEqual([
        "zicht: Dit controlepunt is niet met onze sleutel ondertekend: het is veranderd of hoort bij een andere installatie.",
      ]);

      // The newest 3 rows deleted.
      await withDb(async (db) => {
        await db
          .deleteFrom("audit_log")
          .where("id", "in", (await ids(db)).slice(-3))
          .execute();
      });
      const cut = await zicht(["audit", "verify"]);
      expect(cut.code).toBe(1);
      expect(lines(cut.stderr)).toEqual([
        "zicht: Het logboek is ingekort: de laatste 3 regels ontbreken volgens de ondertekende kop.",
      ]);

      // Someone with the key changes row 2, re-chains and re-signs the head: only the checkpoint shows it.
      await withDb(async (db) => {
        const all = await ids(db);
        await db
          .updateTable("audit_log")
          .set({ actor_user_id: "iemand-anders" })
          .where("id", "=", all[1]!)
          .execute();
        const rows = (await db
          .selectFrom("audit_log")
          .selectAll()
          .orderBy("id")
          .execute()) as unknown as StoredAuditRow[];
        let previous = genesisHash;
        for (const row of rows) {
          const hash = auditHash(secret, previous, row);
          await db
            .updateTable("audit_log")
            .set({ previous_hash: previous, hash })
            .where("id", "=", Number(row.id))
            .execute();
          previous = hash;
        }
        const head = { rowCount: rows.length, lastId: Number(rows[rows.length - 1]!.id), lastHash: previous };
        await db
          .updateTable("audit_head")
          .set({
            row_count: head.rowCount,
            last_id: head.lastId,
            last_hash: head.lastHash,
            signature: signHead(secret, head),
          })
          .execute();
      });
      expect((await zicht(["audit", "verify"])).code).toBe(0);
      const changed = await zicht(["audit", "verify", "--checkpoint", checkpoint]);
      expect(changed.code).toBe(1);
      expect(lines(changed.stderr)).toEqual([
        expect.stringMatching(
          /^zicht: Het logboek is vóór het controlepunt gewijzigd: regel \d+ is niet meer dezelfde als toen\.$/,
        ),
      ]);
    },
  );
});
