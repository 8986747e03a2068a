import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../app/config.server";
import { handleForPGlite, openPGlite } from "../app/db/connection.server";
import { migrateToLatest } from "../app/db/migrate.server";
import { createCase } from "../app/modules/cases/cases.server";
import { listNotes, writeNote } from "../app/modules/cases/notes.server";
import { closeCase } from "../app/modules/cases/closing.server";
import { makeActor, makeTenant } from "../app/modules/cases/testing";

const bin = path.resolve(import.meta.dirname, "..", "bin", "zicht.js");
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-cli-cases-"));
const dataDir = path.join(workDir, "data");
const key = () => crypto.randomBytes(32).toString("base64");
const [oldKey, newKey] = [`old:${key()}`, `new:${key()}`];
const secret = "cli-cases-test-key-cli-cases-test-key";

function zicht(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: workDir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: workDir,
        ZICHT_DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        ZICHT_SECRET_KEY: secret,
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

/** Works on the embedded database directly (the CLI is not running meanwhile). */
async function withDb<T>(work: (db: ReturnType<typeof handleForPGlite>["db"]) => Promise<T>): Promise<T> {
  fs.mkdirSync(dataDir, { recursive: true });
  const handle = handleForPGlite(await openPGlite(path.join(dataDir, "pglite")));
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

const configWith = (keys: string) =>
  parseConfig({ NODE_ENV: "test", ZICHT_SECRET_KEY: secret, ZICHT_CASE_KEYS: keys, ZICHT_DATA_DIR: dataDir });

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe("zicht keys rotate and zicht retention run", () => {
  it(
    "rotates the notes to the newest key, refuses without the old key, and applies retention",
    { timeout: 300_000 },
    async () => {
      const caseId = await withDb(async (db) => {
        await migrateToLatest(db);
        await makeTenant(db, "org-a");
        const pro = await makeActor(db, "org-a", "safeguarding_officer", "Pia");
        const config = configWith(oldKey);
        const id = await createCase(db, config, pro, {
          pseudonym: "Merel",
          birthYear: 2011,
          gender: "female",
          lvb: "yes",
          municipalityCode: null,
          exploitationForms: [],
        });
        await db.transaction().execute((trx) =>
          writeNote(trx, config, pro, {
            caseId: id,
            subjectType: "case",
            subjectId: id,
            text: "Vertrouwelijk verhaal",
          }),
        );
        // Closed six years before now: due under the default of five years.
        const closedAt = new Date();
        closedAt.setUTCFullYear(closedAt.getUTCFullYear() - 6);
        const other = await createCase(db, config, pro, {
          pseudonym: "Oud",
          birthYear: 2005,
          gender: "male",
          lvb: "no",
          municipalityCode: null,
          exploitationForms: [],
        });
        await closeCase(db, config, pro, other, { outcome: "other", note: "", confirmed: true }, closedAt);
        return id;
      });

      const missing = await zicht(["keys", "rotate"], { ZICHT_CASE_KEYS: newKey });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('De sleutel "old" voor casusnotities is niet ingesteld');

      const rotated = await zicht(["keys", "rotate"], { ZICHT_CASE_KEYS: `${newKey},${oldKey}` });
      expect(rotated).toMatchObject({ code: 0, stderr: "" });
      expect(rotated.stdout.trim()).toBe(
        "1 notitie opnieuw versleuteld met sleutel new. Oudere sleutels kunnen nu uit ZICHT_CASE_KEYS.",
      );

      const retention = await zicht(["retention", "run"], { ZICHT_CASE_KEYS: newKey });
      expect(retention).toMatchObject({ code: 0, stderr: "" });
      expect(retention.stdout.trim()).toBe(
        "Bewaartermijn: 1 casus verwijderd, 0 omgezet naar anonieme cijfers.",
      );

      await withDb(async (db) => {
        const actor = await db
          .selectFrom("user_account")
          .select(["id", "tenant_id", "role"])
          .executeTakeFirstOrThrow();
        const notes = await listNotes(
          db,
          configWith(newKey),
          { userId: actor.id, tenantId: actor.tenant_id, role: actor.role },
          caseId,
        );
        expect(notes.map((note) => note.text)).toEqual(["Vertrouwelijk verhaal"]);
        const { rows } = await sql<{ pseudonym: string }>`select pseudonym from case_file`.execute(db);
        expect(rows).toEqual([{ pseudonym: "Merel" }]);
        const audit = await db
          .selectFrom("audit_log")
          .select("action")
          .where("action", "in", ["case.notes_rotated", "case.retention_deleted"])
          .execute();
        expect(audit.map((row) => row.action).sort()).toEqual([
          "case.notes_rotated",
          "case.retention_deleted",
        ]);
      });
    },
  );
});

describe("zicht meldingen digest", () => {
  it("sends one e-mail per person with overdue tasks, once a day", { timeout: 300_000 }, async () => {
    await withDb(async (db) => {
      await migrateToLatest(db);
      await makeTenant(db, "org-d");
      const pro = await makeActor(db, "org-d", "professional", "Daan");
      const config = configWith(newKey);
      const caseId = await createCase(db, config, pro, {
        pseudonym: "Digest",
        birthYear: 2011,
        gender: "male",
        lvb: "yes",
        municipalityCode: null,
        exploitationForms: [],
      });
      await db
        .insertInto("case_task")
        .values({
          id: crypto.randomUUID(),
          case_id: caseId,
          tenant_id: "org-d",
          kind: "follow_up",
          instrument_id: null,
          detail: null,
          due_on: "2020-01-01",
          assigned_to: pro.userId,
          created_by: pro.userId,
          created_at: new Date(),
          done_by: null,
          done_at: null,
        })
        .execute();
    });
    const first = await zicht(["meldingen", "digest"], { ZICHT_CASE_KEYS: newKey });
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout.trim()).toBe("Taken over tijd: 1 e-mail verstuurd.");
    const again = await zicht(["meldingen", "digest"], { ZICHT_CASE_KEYS: newKey });
    expect(again.stdout.trim()).toBe("Taken over tijd: 0 e-mails verstuurd.");
    const outbox = fs.readdirSync(path.join(dataDir, "outbox")).map(
      (name) =>
        JSON.parse(fs.readFileSync(path.join(dataDir, "outbox", name), "utf8")) as {
          to: string;
          subject: string;
        },
    );
    expect(outbox.filter((mail) => mail.to === "daan@org-d.nl").map((mail) => mail.subject)).toEqual([
      "Zicht: 1 taak over tijd",
    ]);
  });
});
