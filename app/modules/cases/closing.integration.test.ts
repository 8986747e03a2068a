import { beforeAll, describe, expect, it } from "vitest";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { readOutbox } from "../accounts/mail.server";
import { countUnread, listNotifications } from "../notifications/notifications.server";
import { findCase, listDueTasks } from "./cases.server";
import {
  closeCase,
  closingRecord,
  findCloseBlockers,
  listCaseTasks,
  sendBackClosing,
  setCloseRequiresApproval,
  setCloseRequiresComplete,
} from "./closing.server";
import { listNotes } from "./notes.server";
import { saveStep } from "./steps.server";
import { caseTestConfig, countRows, makeOrganisations, openCase } from "./testing";
import type { CaseActor } from "./visibility";

const t0 = new Date(Date.UTC(2026, 11, 3, 9, 0, 0));
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

/** Marks every step of a case done (step 4 with the given answers). */
async function finishSteps(
  db: Parameters<typeof saveStep>[0],
  config: Parameters<typeof saveStep>[1],
  actor: CaseActor,
  caseId: string,
  step4: Record<string, string> = { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "yes" },
) {
  for (const step of [1, 2, 3, 4, 5] as const) {
    await saveStep(
      db,
      config,
      actor,
      caseId,
      step,
      { status: "done", data: step === 4 ? step4 : {}, note: "", version: 0 },
      t0,
    );
  }
}

describe(`closing that is deliberate, approval and send-back on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const config = caseTestConfig();
  let pro: CaseActor;
  let other: CaseActor;
  let officer: CaseActor;
  let officer2: CaseActor;
  let outsider: CaseActor;

  beforeAll(async () => {
    ({ pro, other, officer, officer2, outsider } = await makeOrganisations(database.db, {
      pro: ["org-a", "professional", "Pia"],
      other: ["org-a", "professional", "Cas"],
      officer: ["org-a", "safeguarding_officer", "Olga"],
      officer2: ["org-a", "safeguarding_officer", "Otto"],
      outsider: ["org-b", "safeguarding_officer", "Bea"],
    }));
  });

  it("lists the open steps and a missing Veilig Thuis report, and asks to confirm closing anyway", async () => {
    const db = database.db;
    const caseId = await openCase(db, config, pro, { pseudonym: "Wilg" }, t0);
    const found = (await findCase(db, pro, caseId))!;
    expect(await findCloseBlockers(db, found, t0)).toEqual(
      [1, 2, 3, 4, 5].map((step) => ({ kind: "step", step })),
    );
    await finishSteps(db, config, pro, caseId, { suspicion: "yes", unsafety: "yes" });
    expect(await findCloseBlockers(db, found, t0)).toEqual([{ kind: "report_veilig_thuis" }]);

    const audits = await countRows(db, "audit_log");
    expect(
      await closeCase(db, config, pro, caseId, { outcome: "reported", note: "x", confirmed: false }, t0),
    ).toBe("confirm");
    expect((await findCase(db, pro, caseId))?.status).toBe("open");
    expect(await countRows(db, "audit_log")).toBe(audits);
    expect(
      await closeCase(db, config, pro, caseId, { outcome: "reported", note: "", confirmed: true }, t0),
    ).toBe("closed");
    expect(await closingRecord(db, pro, caseId)).toMatchObject({
      status: "closed",
      outcome: "reported",
      closedBy: "Pia",
    });
  });

  it("refuses closing (nothing stored) while points are open when the organisation requires it", async () => {
    const db = database.db;
    await setCloseRequiresComplete(db, "org-a", true);
    const caseId = await openCase(db, config, pro, { pseudonym: "Eik" }, t0);
    const before = {
      audit: await countRows(db, "audit_log"),
      notes: await countRows(db, "case_note"),
      notifications: await countRows(db, "notification"),
    };
    for (const confirmed of [false, true]) {
      expect(
        await closeCase(db, config, pro, caseId, { outcome: "other", note: "Klaar", confirmed }, t0),
      ).toBe("refused");
      expect(
        await closeCase(db, config, officer, caseId, { outcome: "other", note: "Klaar", confirmed }, t0),
      ).toBe("refused");
    }
    expect(await findCase(db, pro, caseId)).toMatchObject({ status: "open", outcome: null });
    expect({
      audit: await countRows(db, "audit_log"),
      notes: await countRows(db, "case_note"),
      notifications: await countRows(db, "notification"),
    }).toEqual(before);

    // Every step done, but the framework says report and no Veilig Thuis report is recorded.
    await finishSteps(db, config, pro, caseId, { suspicion: "yes", unsafety: "yes" });
    expect(
      await closeCase(db, config, pro, caseId, { outcome: "reported", note: "", confirmed: true }, t0),
    ).toBe("refused");
    await db
      .insertInto("case_report")
      .values({
        id: crypto.randomUUID(),
        case_id: caseId,
        tenant_id: "org-a",
        kind: "veilig_thuis",
        reported_on: "2026-12-02",
        reference: null,
        consent_id: null,
        override_id: null,
        created_by: pro.userId,
        created_at: t0,
      })
      .execute();
    expect(
      await closeCase(db, config, pro, caseId, { outcome: "reported", note: "", confirmed: false }, t0),
    ).toBe("closed");
    await setCloseRequiresComplete(db, "org-a", false);
  });

  it("notifies the officers, sends back once with a reason (a task and note for the owner), then approves", async () => {
    const db = database.db;
    await setCloseRequiresApproval(db, "org-a", true);
    const caseId = await openCase(db, config, pro, { pseudonym: "Berk" }, t0);
    await finishSteps(db, config, pro, caseId);
    const unreadBefore = await countUnread(db, officer);
    expect(
      await closeCase(
        db,
        config,
        pro,
        caseId,
        { outcome: "help_organised", note: "", confirmed: false },
        later(1),
      ),
    ).toBe("awaiting_approval");
    expect(await countUnread(db, officer)).toBe(unreadBefore + 1);
    expect(await countUnread(db, officer2)).toBe(unreadBefore + 1);
    const [first] = (await listNotifications(db, officer, { page: 1, pageSize: 5 })).items;
    expect(first).toMatchObject({ kind: "approval_requested", caseId, pseudonym: "Berk", readAt: null });
    const mails = await readOutbox(config);
    expect(
      mails
        .filter((mail) => mail.subject === "Casus Berk: goedkeuring gevraagd")
        .map((m) => m.to)
        .sort(),
    ).toEqual(["olga@org-a.nl", "otto@org-a.nl"]);
    expect(mails.find((mail) => mail.to === "olga@org-a.nl")?.text).toContain(
      `${config.publicUrl}/casussen/${caseId}/afsluiten`,
    );

    // The reason is required; a professional, another organisation or an open case cannot send back.
    const counts = async () => ({
      tasks: await countRows(db, "case_task"),
      notes: await countRows(db, "case_note"),
      notifications: await countRows(db, "notification"),
      audit: await countRows(db, "audit_log"),
    });
    const before = await counts();
    expect(await sendBackClosing(db, config, officer, caseId, "   ", later(1))).toBe("invalid");
    expect(await sendBackClosing(db, config, officer, caseId, "x".repeat(5001), later(1))).toBe("invalid");
    expect(await sendBackClosing(db, config, pro, caseId, "Nee", later(1))).toBe("not_allowed");
    expect(await sendBackClosing(db, config, outsider, caseId, "Nee", later(1))).toBeUndefined();
    expect(await counts()).toEqual(before);
    expect((await findCase(db, pro, caseId))?.status).toBe("closing");

    expect(
      await sendBackClosing(
        db,
        config,
        officer,
        caseId,
        "Eerst het gesprek met de ouders vastleggen",
        later(2),
      ),
    ).toBe("sent_back");
    expect(await findCase(db, pro, caseId)).toMatchObject({ status: "open", outcome: null });
    expect(await sendBackClosing(db, config, officer, caseId, "Nog eens", later(3))).toBe("not_allowed");
    // The officers' approval tasks are done; the owner has a send_back task due today with the reason.
    expect((await listDueTasks(db, officer2, { page: 1, pageSize: 10 })).items).toEqual([]);
    const tasks = await listCaseTasks(db, pro, caseId);
    expect(tasks).toMatchObject([{ kind: "send_back", due_on: "2026-12-03", assigned_to: "Pia" }]);
    const notes = await listNotes(db, config, pro, caseId);
    expect(notes.filter((note) => note.subjectType === "send_back")).toMatchObject([
      { subjectId: tasks[0]!.id, text: "Eerst het gesprek met de ouders vastleggen", writtenBy: "Olga" },
    ]);
    expect((await listNotifications(db, pro, { page: 1, pageSize: 5 })).items[0]).toMatchObject({
      kind: "sent_back",
      caseId,
    });
    const sentBack = (await readOutbox(config)).filter((mail) => mail.to === "pia@org-a.nl");
    expect(sentBack.map((mail) => mail.subject)).toEqual(["Casus Berk: afsluiten teruggestuurd"]);
    expect(sentBack[0]!.text).not.toContain("gesprek met de ouders");
    expect(
      await db
        .selectFrom("audit_log")
        .select("actor_user_id")
        .where("action", "=", "case.close_sent_back")
        .where("target_id", "=", caseId)
        .execute(),
    ).toEqual([{ actor_user_id: officer.userId }]);

    // The owner asks again: the send_back task is done, the officers are asked again.
    expect(
      await closeCase(
        db,
        config,
        pro,
        caseId,
        { outcome: "help_organised", note: "", confirmed: false },
        later(10),
      ),
    ).toBe("awaiting_approval");
    expect((await listCaseTasks(db, pro, caseId)).map((task) => task.kind)).toEqual([
      "approve_closing",
      "approve_closing",
    ]);
    expect(
      (await listNotifications(db, officer, { page: 1, pageSize: 10 })).items.filter(
        (item) => item.kind === "approval_requested" && item.caseId === caseId,
      ),
    ).toHaveLength(2);

    // Another professional of the organisation cannot approve; the officer does.
    expect(
      await closeCase(db, config, other, caseId, { outcome: "other", note: "", confirmed: true }, later(11)),
    ).toBeUndefined();
    expect(
      await closeCase(
        db,
        config,
        officer,
        caseId,
        { outcome: "other", note: "", confirmed: false },
        later(12),
      ),
    ).toBe("closed");
    expect(await closingRecord(db, pro, caseId)).toMatchObject({
      status: "closed",
      outcome: "help_organised",
      closedBy: "Olga",
      requestedBy: "Pia",
    });
    expect((await listNotifications(db, pro, { page: 1, pageSize: 5 })).items[0]).toMatchObject({
      kind: "case_closed",
      caseId,
    });
    expect((await listNotifications(db, officer2, { page: 1, pageSize: 5 })).items[0]).toMatchObject({
      kind: "case_closed",
      caseId,
    });
    // The one who closed is not told about their own act.
    expect(
      (await listNotifications(db, officer, { page: 1, pageSize: 10 })).items.filter(
        (item) => item.kind === "case_closed" && item.caseId === caseId,
      ),
    ).toEqual([]);
    expect(await closingRecord(db, outsider, caseId)).toBeUndefined();
    await setCloseRequiresApproval(db, "org-a", false);
  });
});
