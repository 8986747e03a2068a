import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import type { Database } from "../../db/database";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import type { Kysely } from "kysely";
import { auditHash, genesisHash, signHead, type StoredAuditRow } from "./audit-chain";
import { signAuditHeadOnce } from "../../../server/runtime";
import {
  initialiseAuditHead,
  isAuditHeadUnsigned,
  verifyAudit,
  verifyCheckpoint,
  writeAudit,
} from "./audit.server";

/**
 * The signed head of the audit log (decision 017): truncation, re-chaining
 * with or without the key, a wiped or forged head, checkpoints, and
 * concurrent writers.
 */
const key = "audit-head-test-key-audit-head-test-key";
const config = parseConfig({
  NODE_ENV: "test",
  LOG_LEVEL: "silent",
  ZICHT_SECRET_KEY: key,
  ZICHT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "zicht-audit-head-")),
});
const t0 = Date.UTC(2026, 11, 3, 9, 0, 0);
const at = (minute: number) => new Date(t0 + minute * 60_000);

async function write(db: Kysely<Database>, count: number, fromMinute = 0) {
  for (let index = 0; index < count; index++) {
    await writeAudit(
      db,
      config,
      { action: "sign_in.success", actorUserId: `u${index}`, tenantId: "org-a", targetType: "user" },
      at(fromMinute + index),
    );
  }
}

async function ids(db: Kysely<Database>): Promise<number[]> {
  const rows = await db.selectFrom("audit_log").select("id").orderBy("id").execute();
  return rows.map((row) => Number(row.id));
}

/** What someone with database access does: recompute every hash from `fromId` on with `withKey`. */
async function rechain(db: Kysely<Database>, withKey: string, fromId: number) {
  const rows = (await db
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("id")
    .execute()) as unknown as StoredAuditRow[];
  let previous = genesisHash;
  for (const row of rows) {
    if (Number(row.id) >= fromId) {
      const hash = auditHash(withKey, previous, row);
      await db
        .updateTable("audit_log")
        .set({ previous_hash: previous, hash })
        .where("id", "=", Number(row.id))
        .execute();
      previous = hash;
    } else {
      previous = row.hash;
    }
  }
}

describe(`the signed head of the audit log on ${testEngineLabel}`, () => {
  const database = useTestDatabase({ emptyBeforeEach: true });

  it("starts unsigned as the migration left it, is signed once after checking the chain, and moves with every row", async () => {
    const db = database.db;
    await write(db, 4);
    expect(await verifyAudit(db, config)).toEqual({ rows: 4, brokenAt: null, head: { state: "unsigned" } });

    const first = await initialiseAuditHead(db, config, at(10));
    expect(first).toMatchObject({ initialised: true, rows: 5, brokenAt: null, head: { state: "signed" } });
    const signing = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "audit.head_initialised")
      .execute();
    expect(signing.map((row) => row.details)).toEqual([JSON.stringify({ rows: "4" })]);
    // A second time changes nothing.
    expect(await initialiseAuditHead(db, config, at(11))).toMatchObject({ initialised: false, rows: 5 });

    await write(db, 3, 20);
    const head = await db.selectFrom("audit_head").selectAll().executeTakeFirstOrThrow();
    const last = await db
      .selectFrom("audit_log")
      .select(["id", "hash"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(Number(head.row_count)).toBe(8);
    expect(Number(head.last_id)).toBe(Number(last.id));
    expect(head.last_hash).toBe(last.hash);
    expect(head.signature).toBe(signHead(key, { rowCount: 8, lastId: Number(last.id), lastHash: last.hash }));
    expect(await verifyAudit(db, config)).toMatchObject({
      rows: 8,
      brokenAt: null,
      head: { state: "signed" },
    });
  });

  it("does not sign a head that does not match the log", async () => {
    const db = database.db;
    await write(db, 5);
    const all = await ids(db);
    await db.deleteFrom("audit_log").where("id", ">=", all[3]!).execute();
    expect((await verifyAudit(db, config)).head).toEqual({
      state: "mismatch",
      mismatch: { kind: "truncated", missing: 2 },
    });
    expect(await initialiseAuditHead(db, config, at(10))).toMatchObject({ initialised: false });
  });

  it("finds the newest 3 rows deleted, also after new rows were written", async () => {
    const db = database.db;
    await write(db, 10);
    await initialiseAuditHead(db, config, at(10));
    const all = await ids(db);
    await db.deleteFrom("audit_log").where("id", "in", all.slice(-3)).execute();

    const found = await verifyAudit(db, config);
    // The chain itself still holds: only the head shows what is missing.
    expect(found).toEqual({
      rows: 8,
      brokenAt: null,
      head: { state: "mismatch", mismatch: { kind: "truncated", missing: 3 } },
    });
    await write(db, 2, 30);
    expect((await verifyAudit(db, config)).head).toEqual({
      state: "mismatch",
      mismatch: { kind: "truncated", missing: 3 },
    });
  });

  it("finds rows deleted and re-chained without the key", async () => {
    const db = database.db;
    await write(db, 10);
    await initialiseAuditHead(db, config, at(10));
    const all = await ids(db);
    await db.deleteFrom("audit_log").where("id", "in", [all[4]!, all[5]!]).execute();
    await rechain(db, "a-guessed-key-a-guessed-key-a-guessed-key", all[6]!);
    const found = await verifyAudit(db, config);
    expect(found.brokenAt).toBe(all[6]);
    expect(found.head).toMatchObject({ state: "mismatch" });
  });

  it("finds rows deleted and re-chained with the key when the head was not changed", async () => {
    const db = database.db;
    await write(db, 10);
    await initialiseAuditHead(db, config, at(10));
    const all = await ids(db);
    await db.deleteFrom("audit_log").where("id", "=", all[4]!).execute();
    await rechain(db, key, all[5]!);
    const found = await verifyAudit(db, config);
    expect(found.brokenAt).toBeNull();
    expect(found.head).toEqual({ state: "mismatch", mismatch: { kind: "truncated", missing: 1 } });
  });

  it("finds a head changed without the key", async () => {
    const db = database.db;
    await write(db, 6);
    await initialiseAuditHead(db, config, at(10));
    const all = await ids(db);
    // Cut the newest 2 rows and make the head say so, without the key.
    await db.deleteFrom("audit_log").where("id", "in", all.slice(-2)).execute();
    const newest = await db
      .selectFrom("audit_log")
      .select(["id", "hash"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    await db
      .updateTable("audit_head")
      .set({ row_count: 5, last_id: Number(newest.id), last_hash: newest.hash })
      .execute();
    expect((await verifyAudit(db, config)).head).toEqual({ state: "forged" });
    // A new row does not sign the forged head.
    await write(db, 1, 20);
    expect((await verifyAudit(db, config)).head).toEqual({ state: "forged" });
  });

  it("finds a head wiped back to unsigned after it was signed", async () => {
    const db = database.db;
    await write(db, 6);
    await initialiseAuditHead(db, config, at(10));
    await write(db, 3, 20);
    await db.updateTable("audit_head").set({ signature: null }).execute();
    expect((await verifyAudit(db, config)).head).toEqual({ state: "erased" });
    expect(await initialiseAuditHead(db, config, at(30))).toMatchObject({ initialised: false });
  });

  it("reports a missing head", async () => {
    const db = database.db;
    await write(db, 2);
    await db.deleteFrom("audit_head").execute();
    expect((await verifyAudit(db, config)).head).toEqual({ state: "missing" });
  });

  it("checks a checkpoint: later rows are fine, a changed history or a shorter log is not", async () => {
    const db = database.db;
    await write(db, 6);
    const signed = await initialiseAuditHead(db, config, at(10));
    if (signed.head.state !== "signed") throw new Error("niet ondertekend");
    const checkpoint = signed.head.checkpoint;
    expect(checkpoint).toMatch(/^zc1\.7\.\d+\.[0-9a-f]{64}\.[0-9a-f]{64}$/);

    await write(db, 5, 20);
    expect(await verifyCheckpoint(db, config, checkpoint)).toEqual({ ok: true, rows: 7 });
    expect(await verifyCheckpoint(db, config, "zc1.7.banaan")).toEqual({ ok: false, problem: "malformed" });
    expect(await verifyCheckpoint(db, config, checkpoint.replace("zc1.7.", "zc1.8."))).toEqual({
      ok: false,
      problem: "forged",
    });

    // Someone with the key changes row 3 and re-chains everything after it, head included.
    const all = await ids(db);
    await db
      .updateTable("audit_log")
      .set({ actor_user_id: "someone-else" })
      .where("id", "=", all[2]!)
      .execute();
    await rechain(db, key, all[2]!);
    const last = await db
      .selectFrom("audit_log")
      .select(["id", "hash"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const forgedHead = { rowCount: all.length, lastId: Number(last.id), lastHash: last.hash };
    await db
      .updateTable("audit_head")
      .set({
        row_count: all.length,
        last_id: forgedHead.lastId,
        last_hash: last.hash,
        signature: signHead(key, forgedHead),
      })
      .execute();
    expect(await verifyAudit(db, config)).toMatchObject({ brokenAt: null, head: { state: "signed" } });
    expect(await verifyCheckpoint(db, config, checkpoint)).toEqual({
      ok: false,
      problem: "changed",
      brokenAt: null,
      lastId: all[6],
    });

    // A log cut back to fewer rows than the checkpoint.
    await db.deleteFrom("audit_log").where("id", ">=", all[5]!).execute();
    expect(await verifyCheckpoint(db, config, checkpoint)).toEqual({
      ok: false,
      problem: "shorter",
      rows: 5,
      expected: 7,
    });
  });

  it("keeps the head right with 20 writers at once", async () => {
    const db = database.db;
    await write(db, 1);
    await initialiseAuditHead(db, config, at(1));
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        writeAudit(
          db,
          config,
          { action: "sign_out", actorUserId: `p${index}`, tenantId: "org-a" },
          at(10 + index),
        ),
      ),
    );
    const head = await db.selectFrom("audit_head").selectAll().executeTakeFirstOrThrow();
    expect(Number(head.row_count)).toBe(22);
    expect(await verifyAudit(db, config)).toMatchObject({
      rows: 22,
      brokenAt: null,
      head: { state: "signed" },
    });
  });

  it("is signed at start-up once the chain checks out, and left unsigned (loudly) when it does not", async () => {
    const db = database.db;
    const logged: Array<{ level: string; message: string }> = [];
    const logger = {
      info: (_: unknown, message: string) => logged.push({ level: "info", message }),
      error: (_: unknown, message: string) => logged.push({ level: "error", message }),
    } as unknown as Parameters<typeof signAuditHeadOnce>[2];
    await write(db, 3);
    await signAuditHeadOnce(db, config, logger);
    expect((await verifyAudit(db, config)).head.state).toBe("signed");
    expect(logged).toEqual([{ level: "info", message: "kop van het logboek ondertekend" }]);
    // Signed: the next start does nothing.
    await signAuditHeadOnce(db, config, logger);
    expect(logged).toHaveLength(1);

    // A broken chain under an unsigned head: not signed, an error in the log.
    await db.updateTable("audit_head").set({ signature: null }).execute();
    await db
      .updateTable("audit_log")
      .set({ action: "user.signed_in" })
      .where("action", "=", "audit.head_initialised")
      .execute();
    await signAuditHeadOnce(db, config, logger);
    expect(await isAuditHeadUnsigned(db)).toBe(true);
    expect(logged.at(-1)).toMatchObject({ level: "error" });
  });
});
