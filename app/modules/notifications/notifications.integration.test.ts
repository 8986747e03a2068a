import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { readOutbox } from "../accounts/mail.server";
import { closeCase } from "../cases/closing.server";
import { shareCase, unshareCase } from "../cases/shares.server";
import { saveStep } from "../cases/steps.server";
import { caseTestConfig, countRows, makeOrganisations, openCase } from "../cases/testing";
import type { CaseActor } from "../cases/visibility";
import {
  countUnread,
  listNotifications,
  markAllRead,
  markRead,
  notify,
  runOverdueDigest,
} from "./notifications.server";

const t0 = new Date(Date.UTC(2026, 11, 3, 9, 0, 0));
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe(`notifications on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const config = caseTestConfig();
  let pro: CaseActor;
  let officer: CaseActor;
  let outsider: CaseActor;
  let outsiderOfficer: CaseActor;
  let colleague: CaseActor;

  beforeAll(async () => {
    ({ pro, officer, outsider, outsiderOfficer, colleague } = await makeOrganisations(database.db, {
      pro: ["org-a", "professional", "Pia"],
      officer: ["org-a", "safeguarding_officer", "Olga"],
      outsider: ["org-b", "professional", "Bas"],
      outsiderOfficer: ["org-b", "safeguarding_officer", "Bea"],
      colleague: ["org-a", "professional", "Cas"],
    }));
  });

  it("tells the officers once when step 4's outcome becomes report, on the Meldcode route only", async () => {
    const db = database.db;
    const caseId = await openCase(db, config, pro, { pseudonym: "Linde" }, t0);
    const save = (data: Record<string, string>, version: number, at: Date) =>
      saveStep(db, config, pro, caseId, 4, { status: "open", data, note: "", version }, at);
    expect(await save({ suspicion: "yes" }, 0, t0)).toBe(true);
    expect(await countUnread(db, officer)).toBe(0);
    expect(await save({ suspicion: "yes", unsafety: "yes" }, 1, later(1))).toBe(true);
    expect(await save({ suspicion: "yes", unsafety: "yes" }, 2, later(2))).toBe(true);
    const items = (await listNotifications(db, officer, { page: 1, pageSize: 10 })).items;
    expect(items).toMatchObject([{ kind: "report_outcome", caseId, pseudonym: "Linde" }]);
    // The professional who saved, and the other organisation, get nothing.
    expect(await countUnread(db, pro)).toBe(0);
    expect(await countUnread(db, outsiderOfficer)).toBe(0);
    const mails = (await readOutbox(config)).filter((mail) => mail.to === "olga@org-a.nl");
    expect(mails.map((mail) => mail.subject)).toEqual(["Casus Linde: uitkomst is melden"]);
    expect(mails[0]!.text).toContain("Volgens het afwegingskader meld je");

    // An adult exploited outside the home follows the adult route: no Veilig Thuis outcome.
    const adult = await openCase(
      db,
      config,
      pro,
      { pseudonym: "Hazel", birthYear: 2000, setting: "outside_home" },
      t0,
    );
    await saveStep(
      db,
      config,
      pro,
      adult,
      4,
      { status: "open", data: { suspicion: "yes", unsafety: "yes" }, note: "", version: 0 },
      later(3),
    );
    expect(await countUnread(db, officer)).toBe(1);
  });

  it("tells the owner and the officers when a case closes, and keeps each person's list their own", async () => {
    const db = database.db;
    const caseId = await openCase(db, config, pro, { pseudonym: "Es" }, t0);
    expect(
      await closeCase(db, config, officer, caseId, { outcome: "other", note: "", confirmed: true }, later(5)),
    ).toBe("closed");
    expect((await listNotifications(db, pro, { page: 1, pageSize: 10 })).items).toMatchObject([
      { kind: "case_closed", caseId, pseudonym: "Es", readAt: null },
    ]);
    expect(await countUnread(db, officer)).toBe(1);
    expect(await listNotifications(db, outsider, { page: 1, pageSize: 10 })).toEqual({ items: [], total: 0 });
    expect(await countUnread(db, outsiderOfficer)).toBe(0);
  });

  it("no longer names a case once it is no longer shared with the person", async () => {
    const db = database.db;
    const caseId = await openCase(db, config, pro, { pseudonym: "Wessel" }, t0);
    expect(await shareCase(db, config, pro, caseId, colleague.userId, later(1))).toBe("shared");
    await db
      .transaction()
      .execute((trx) =>
        notify(
          trx,
          { tenantId: pro.tenantId, userIds: [colleague.userId], kind: "case_closed", caseId },
          later(2),
        ),
      );
    const list = () => listNotifications(db, colleague, { page: 1, pageSize: 10 });
    expect((await list()).items).toMatchObject([{ caseId, pseudonym: "Wessel" }]);
    expect(await unshareCase(db, config, pro, caseId, colleague.userId, later(3))).toBe(true);
    // The notification stays (it is theirs), the case's name does not.
    expect((await list()).items).toMatchObject([{ caseId, pseudonym: null }]);
    expect(await countUnread(db, colleague)).toBe(1);
  });

  it("lists newest first with paging, and marks read only the person's own", async () => {
    const db = database.db;
    const caseId = await openCase(db, config, pro, { pseudonym: "Vlier" }, t0);
    await db.transaction().execute(async (trx) => {
      for (const minute of [10, 11, 12]) {
        await notify(
          trx,
          { tenantId: "org-a", userIds: [pro.userId, pro.userId], kind: "sent_back", caseId },
          later(minute),
        );
      }
    });
    expect(await countUnread(db, pro)).toBe(4);
    const page1 = await listNotifications(db, pro, { page: 1, pageSize: 2 });
    expect(page1.total).toBe(4);
    expect(page1.items.map((item) => item.createdAt.toISOString())).toEqual([
      later(12).toISOString(),
      later(11).toISOString(),
    ]);
    const page3 = await listNotifications(db, pro, { page: 3, pageSize: 2 });
    expect(page3.items).toEqual([]);

    const id = page1.items[0]!.id;
    expect(await markRead(db, officer, id, later(20))).toBe(false);
    expect(await markRead(db, { ...pro, tenantId: "org-b" }, id, later(20))).toBe(false);
    expect(await countUnread(db, pro)).toBe(4);
    expect(await markRead(db, pro, id, later(20))).toBe(true);
    expect(await markRead(db, pro, id, later(21))).toBe(false);
    expect(await countUnread(db, pro)).toBe(3);
    expect(await markAllRead(db, outsider, later(22))).toBe(0);
    expect(await markAllRead(db, pro, later(22))).toBe(3);
    expect(await countUnread(db, pro)).toBe(0);
    expect(await countUnread(db, officer)).toBe(1);
  });

  it("sends one digest of overdue tasks per person per day", async () => {
    const db = database.db;
    const caseId = await openCase(db, config, pro, { pseudonym: "Populier" }, t0);
    const task = (assignedTo: string, dueOn: string, doneAt: Date | null = null) => ({
      id: crypto.randomUUID(),
      case_id: caseId,
      tenant_id: "org-a",
      kind: "follow_up" as const,
      instrument_id: null,
      detail: null,
      due_on: dueOn,
      assigned_to: assignedTo,
      created_by: pro.userId,
      created_at: t0,
      done_by: doneAt ? pro.userId : null,
      done_at: doneAt,
    });
    // Only the tasks below count: earlier tests left tasks of their own (a report to Veilig Thuis).
    await db
      .updateTable("case_task")
      .set({ done_at: t0, done_by: pro.userId })
      .where("done_at", "is", null)
      .execute();
    await db
      .insertInto("case_task")
      .values([
        task(pro.userId, "2026-12-01"),
        task(pro.userId, "2026-12-02"),
        task(pro.userId, "2026-11-20", t0),
        task(pro.userId, "2026-12-04"),
        task(officer.userId, "2026-12-04"),
      ])
      .execute();
    const morning = new Date(Date.UTC(2026, 11, 4, 6, 0, 0));
    const before = (await readOutbox(config)).length;
    expect(await runOverdueDigest(db, config, morning)).toBe(1);
    expect(await runOverdueDigest(db, config, new Date(morning.getTime() + 3_600_000))).toBe(0);
    const digests = (await readOutbox(config)).slice(0, (await readOutbox(config)).length - before);
    expect(digests.map((mail) => [mail.to, mail.subject])).toEqual([
      ["pia@org-a.nl", "Zicht: 2 taken over tijd"],
    ]);
    expect(digests[0]!.text).toContain(`${config.publicUrl}/casussen/${caseId}`);
    expect(digests[0]!.text).toContain("1 december 2026");
    expect(
      await db
        .selectFrom("notification")
        .select(["kind", "case_id", sql<string>`digest_day::text`.as("digest_day")])
        .where("user_id", "=", pro.userId)
        .where("kind", "=", "task_overdue")
        .execute(),
    ).toEqual([{ kind: "task_overdue", case_id: null, digest_day: "2026-12-04" }]);
    // The next day the tasks due 4 December are overdue too is overdue too; Pia gets a new digest.
    const count = await countRows(db, "notification");
    expect(await runOverdueDigest(db, config, new Date(Date.UTC(2026, 11, 5, 6, 0, 0)))).toBe(2);
    expect(await countRows(db, "notification")).toBe(count + 2);
  });
});
