import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import {
  CaseConflictError,
  createCase,
  findCase,
  listDueTasks,
  readCase,
  updateCase,
  type CaseFields,
} from "./cases.server";
import { listNotes, rotateNotes, writeNote } from "./notes.server";
import { shareCase } from "./shares.server";
import { listCases } from "./case-list.server";
import { caseFields, caseTestConfig, makeOrganisations } from "./testing";
import type { CaseActor } from "./visibility";

const config = caseTestConfig();
const t0 = new Date(Date.UTC(2026, 10, 29, 9, 0, 0));
const fields = (pseudonym: string): CaseFields =>
  caseFields({ pseudonym, birthYear: 2010, lvb: "suspected" });

describe(`cases repository on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let pro: CaseActor;
  let colleague: CaseActor;
  let officer: CaseActor;
  let admin: CaseActor;
  let outsider: CaseActor;
  let outsiderOfficer: CaseActor;
  let caseId = "";

  beforeAll(async () => {
    const db = database.db;
    ({ pro, colleague, officer, admin, outsider, outsiderOfficer } = await makeOrganisations(db, {
      pro: ["org-a", "professional", "Pia"],
      colleague: ["org-a", "professional", "Cas"],
      officer: ["org-a", "safeguarding_officer", "Olga"],
      admin: ["org-a", "org_admin", "Ad"],
      outsider: ["org-b", "professional", "Bo"],
      outsiderOfficer: ["org-b", "safeguarding_officer", "Bea"],
    }));
    caseId = await createCase(db, config, pro, fields("Vos-12"), t0);
  });

  it("shows a case to its owner and the organisation's safeguarding officer, to nobody else", async () => {
    const db = database.db;
    expect((await findCase(db, pro, caseId))?.pseudonym).toBe("Vos-12");
    expect((await findCase(db, officer, caseId))?.pseudonym).toBe("Vos-12");
    for (const actor of [colleague, admin, outsider, outsiderOfficer]) {
      expect(await findCase(db, actor, caseId)).toBeUndefined();
    }
    expect(
      (
        await listCases(
          db,
          config,
          outsiderOfficer,
          { tab: "open", sort: "changed", page: 1 },
          { pageSize: 20 },
        )
      ).total,
    ).toBe(0);
    expect(
      (await listCases(db, config, officer, { tab: "open", sort: "changed", page: 1 }, { pageSize: 20 }))
        .total,
    ).toBe(1);
    expect(
      (await listCases(db, config, colleague, { tab: "open", sort: "changed", page: 1 }, { pageSize: 20 }))
        .total,
    ).toBe(0);
  });

  it("opens a case with five open Meldcode steps", async () => {
    const steps = await database.db
      .selectFrom("case_step")
      .select(["step", "status", "version"])
      .where("case_id", "=", caseId)
      .orderBy("step")
      .execute();
    expect(steps).toEqual([1, 2, 3, 4, 5].map((step) => ({ step, status: "open", version: 0 })));
  });

  it("shares a case with a colleague of the same organisation only", async () => {
    const db = database.db;
    expect(await shareCase(db, config, pro, caseId, outsider.userId, t0)).toBe("no_colleague");
    expect(await shareCase(db, config, pro, caseId, admin.userId, t0)).toBe("no_colleague");
    expect(await shareCase(db, config, outsiderOfficer, caseId, outsider.userId, t0)).toBe("not_found");
    expect(await findCase(db, outsider, caseId)).toBeUndefined();
    expect(await shareCase(db, config, pro, caseId, colleague.userId, t0)).toBe("shared");
    expect((await findCase(db, colleague, caseId))?.id).toBe(caseId);
    expect(
      (await listCases(db, config, colleague, { tab: "open", sort: "changed", page: 1 }, { pageSize: 20 }))
        .total,
    ).toBe(1);
  });

  it("refuses a second case with the same pseudonym in one organisation, not in another", async () => {
    const db = database.db;
    await expect(createCase(db, config, officer, fields("vos-12"), t0)).rejects.toBeInstanceOf(
      CaseConflictError,
    );
    const other = await createCase(db, config, outsider, fields("Vos-12"), t0);
    expect((await findCase(db, outsider, other))?.tenantId).toBe("org-b");
    expect(await findCase(db, pro, other)).toBeUndefined();
  });

  it("updates only from the current version and only within scope", async () => {
    const db = database.db;
    const before = await findCase(db, pro, caseId);
    expect(await updateCase(db, config, outsiderOfficer, caseId, 1, fields("Hack"), t0)).toBe(false);
    expect(await updateCase(db, config, admin, caseId, 1, fields("Hack"), t0)).toBe(false);
    expect(
      await updateCase(
        db,
        config,
        pro,
        caseId,
        before?.version ?? 0,
        { ...fields("Vos-12"), lvb: "yes" },
        t0,
      ),
    ).toBe(true);
    await expect(
      updateCase(db, config, officer, caseId, before?.version ?? 0, fields("Vos-13"), t0),
    ).rejects.toEqual(new CaseConflictError("version"));
    const after = await findCase(db, pro, caseId);
    expect(after).toMatchObject({ pseudonym: "Vos-12", lvb: "yes", version: (before?.version ?? 0) + 1 });
  });

  it("lists due tasks only for visible cases of the actor, soonest first", async () => {
    const db = database.db;
    const task = (id: string, dueOn: string, assignedTo: string, tenantId = "org-a", onCase = caseId) =>
      db
        .insertInto("case_task")
        .values({
          id,
          case_id: onCase,
          tenant_id: tenantId,
          kind: "reassess",
          instrument_id: null,
          detail: null,
          due_on: dueOn,
          assigned_to: assignedTo,
          created_by: assignedTo,
          created_at: t0,
          done_by: null,
          done_at: null,
        })
        .execute();
    await task("00000000-0000-4000-8000-000000000002", "2027-01-10", pro.userId);
    await task("00000000-0000-4000-8000-000000000001", "2026-12-01", pro.userId);
    await task("00000000-0000-4000-8000-000000000003", "2026-11-30", colleague.userId);
    const due = await listDueTasks(db, pro, { page: 1, pageSize: 10 });
    expect(due.items.map((item) => item.dueOn)).toEqual(["2026-12-01", "2027-01-10"]);
    expect((await listDueTasks(db, outsider, { page: 1, pageSize: 10 })).total).toBe(0);
  });

  it("keeps notes unreadable in the database and rotates them to the newest key", async () => {
    const db = database.db;
    const secret = "Heeft een nieuwe telefoon en geld dat ze niet kan verklaren";
    await writeNote(db, config, pro, { caseId, subjectType: "case", subjectId: caseId, text: secret }, t0);
    const dump = await sql<{
      dump: string;
    }>`select string_agg(row_to_json(n)::text, ' ') as dump from case_note n`.execute(db);
    expect(dump.rows[0]?.dump).not.toContain("telefoon");
    expect(dump.rows[0]?.dump).toContain('"key_id":"k2"');
    expect((await listNotes(db, config, pro, caseId)).map((note) => note.text)).toEqual([secret]);

    // An older key is still readable; rotation moves the note to the current key.
    const [first, second] = config.caseKeys ?? [];
    const oldConfig = { ...config, caseKeys: second && first ? [second, first] : [] };
    await writeNote(db, oldConfig, pro, { caseId, subjectType: "step", subjectId: "1", text: "oud" }, t0);
    expect(await rotateNotes(db, config)).toBe(1);
    const keyIds = await db.selectFrom("case_note").select("key_id").distinct().execute();
    expect(keyIds).toEqual([{ key_id: "k2" }]);
    expect((await listNotes(db, config, pro, caseId)).map((note) => note.text).sort()).toEqual(
      [secret, "oud"].sort(),
    );
  });

  it("audits reads with ids only", async () => {
    const db = database.db;
    await readCase(db, config, officer, caseId, t0);
    expect(await readCase(db, config, outsider, caseId, t0)).toBeUndefined();
    const rows = await db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "target_id"])
      .where("action", "=", "case.read")
      .execute();
    expect(rows).toEqual([{ action: "case.read", actor_user_id: officer.userId, target_id: caseId }]);
  });
});
