import { beforeAll, describe, expect, it } from "vitest";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { withWritableCase } from "./case-write.server";
import { closeCase } from "./closing.server";
import { caseTestConfig, countRows, makeOrganisations, openCase } from "./testing";
import type { CaseActor } from "./visibility";

const config = caseTestConfig();
const t0 = new Date(Date.UTC(2026, 11, 3, 9, 0, 0));

describe(`withWritableCase on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let pro: CaseActor;
  let colleague: CaseActor;
  let outsider: CaseActor;
  let caseId = "";

  beforeAll(async () => {
    ({ pro, colleague, outsider } = await makeOrganisations(database.db, {
      pro: ["org-a", "professional", "Pia"],
      colleague: ["org-a", "professional", "Cas"],
      outsider: ["org-b", "safeguarding_officer", "Bo"],
    }));
    caseId = await openCase(database.db, config, pro, { pseudonym: "Merel-3" }, t0);
  });

  const addNoteRow = (actor: CaseActor, id: string, work = async () => {}) =>
    withWritableCase(database.db, config, actor, id, { audit: "case.updated", now: t0 }, async (trx) => {
      await trx.updateTable("case_file").set({ updated_at: t0 }).where("id", "=", id).execute();
      await work();
      return "written";
    });

  it("writes the change and one audit row with the hashed client address in one transaction", async () => {
    const db = database.db;
    const before = await countRows(db, "audit_log");
    const result = await addNoteRow({ ...pro, clientAddress: "203.0.113.7" }, caseId);
    expect(result).toEqual({ ok: true, value: "written" });
    const rows = await db
      .selectFrom("audit_log")
      .select(["action", "target_id", "ip_hash", "actor_user_id"])
      .orderBy("id", "desc")
      .limit(1)
      .execute();
    expect(await countRows(db, "audit_log")).toBe(before + 1);
    expect(rows[0]).toMatchObject({ action: "case.updated", target_id: caseId, actor_user_id: pro.userId });
    expect(rows[0]!.ip_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(rows[0]!.ip_hash).not.toContain("203.0.113.7");
  });

  it("rolls back the change and writes no audit row when the work fails", async () => {
    const db = database.db;
    const before = await countRows(db, "audit_log");
    await expect(
      withWritableCase(db, config, pro, caseId, { audit: "case.updated", now: t0 }, async (trx) => {
        await trx.updateTable("case_file").set({ pseudonym: "Changed-1" }).where("id", "=", caseId).execute();
        throw new Error("database refused");
      }),
    ).rejects.toThrow("database refused");
    const row = await db
      .selectFrom("case_file")
      .select("pseudonym")
      .where("id", "=", caseId)
      .executeTakeFirst();
    expect(row?.pseudonym).toBe("Merel-3");
    expect(await countRows(db, "audit_log")).toBe(before);
  });

  it("refuses another professional's case and another organisation's, without running the work", async () => {
    let ran = 0;
    for (const actor of [colleague, outsider]) {
      const result = await addNoteRow(actor, caseId, async () => {
        ran += 1;
      });
      expect(result).toEqual({ ok: false, problem: "not_found" });
    }
    expect(ran).toBe(0);
    expect(await addNoteRow(pro, "not-a-uuid")).toEqual({ ok: false, problem: "not_found" });
  });

  it("audits nothing when the audit function says nothing changed", async () => {
    const db = database.db;
    const before = await countRows(db, "audit_log");
    const result = await withWritableCase(
      db,
      config,
      pro,
      caseId,
      { audit: (changed: boolean) => (changed ? "case.updated" : null), now: t0 },
      async () => false,
    );
    expect(result).toEqual({ ok: true, value: false });
    expect(await countRows(db, "audit_log")).toBe(before);
  });

  it("refuses a closed case unless the write is allowed on closed cases", async () => {
    const db = database.db;
    const closedId = await openCase(db, config, pro, { pseudonym: "Merel-4" }, t0);
    expect(
      await closeCase(
        db,
        config,
        pro,
        closedId,
        { outcome: "help_organised", note: "", confirmed: true },
        t0,
      ),
    ).toBe("closed");
    expect(await addNoteRow(pro, closedId)).toEqual({ ok: false, problem: "closed" });
    const allowed = await withWritableCase(
      db,
      config,
      pro,
      closedId,
      { audit: "case.updated", now: t0, allowClosed: true },
      async (_trx, found) => found.status,
    );
    expect(allowed).toEqual({ ok: true, value: "closed" });
  });
});
