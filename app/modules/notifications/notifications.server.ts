import crypto from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import type { Db } from "../accounts/accounts.server";
import { sendMail } from "../accounts/mail.server";
import { scoped, type CaseActor } from "../cases/cases.server";
import { scheduleRetention } from "../cases/retention.server";
import { readScope } from "../cases/visibility";
import { digestDay, digestMail, notificationMail } from "./notification-mail";
import type { NotificationKind } from "./tables";

/**
 * Notifications for one person: created inside the caller's transaction
 * (together with the change they are about), listed and counted for the
 * person only (tenant and user in every query), and e-mailed after the
 * transaction has committed (`mailNotifications`). The overdue-task digest
 * (`runOverdueDigest`) makes one notification and one e-mail per person per
 * day.
 */
export interface Recipient {
  tenantId: string;
  userId: string;
}

/** The active safeguarding officers of an organisation. */
export async function officersOf(db: Db, tenantId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("user_account")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("role", "=", "safeguarding_officer")
    .where("disabled_at", "is", null)
    .orderBy("id")
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Stores one notification per person (each person once, never the actor
 * themselves). Returns the new ids, for `mailNotifications` after commit.
 */
export async function notify(
  db: Db,
  input: {
    tenantId: string;
    userIds: readonly string[];
    kind: Exclude<NotificationKind, "task_overdue">;
    caseId: string;
    exceptUserId?: string;
  },
  now: Date,
): Promise<string[]> {
  const userIds = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (userIds.length === 0) return [];
  const rows = userIds.map((userId) => ({
    id: crypto.randomUUID(),
    tenant_id: input.tenantId,
    user_id: userId,
    kind: input.kind,
    case_id: input.caseId,
    digest_day: null,
    created_at: now,
    read_at: null,
    emailed_at: null,
  }));
  await db.insertInto("notification").values(rows).execute();
  return rows.map((row) => row.id);
}

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  caseId: string | null;
  /** Null when there is no case, or the person may no longer read it (no longer shared, deleted). */
  pseudonym: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * The person's notifications, newest first, a page at a time. A case is
 * named only while the person may still read it: after it is no longer
 * shared with them, the notification stays but its pseudonym does not.
 */
export async function listNotifications(
  db: Db,
  me: Recipient & Pick<CaseActor, "role">,
  options: { page: number; pageSize: number },
): Promise<{ items: NotificationItem[]; total: number }> {
  const base = db
    .selectFrom("notification as n")
    .where("n.tenant_id", "=", me.tenantId)
    .where("n.user_id", "=", me.userId);
  const [{ total }, rows] = await Promise.all([
    base.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow(),
    base
      .leftJoin("case_file as c", (join) =>
        join
          .onRef("c.id", "=", "n.case_id")
          .onRef("c.tenant_id", "=", "n.tenant_id")
          .on(scoped({ ...me }, readScope(me), "one")),
      )
      .select(["n.id", "n.kind", "n.case_id", "c.pseudonym", "n.created_at", "n.read_at"])
      .orderBy("n.created_at", "desc")
      .orderBy("n.id", "desc")
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize)
      .execute(),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      caseId: row.case_id,
      pseudonym: row.pseudonym,
      createdAt: row.created_at,
      readAt: row.read_at,
    })),
  };
}

/** How many of the person's notifications are unread (one indexed count). */
export async function countUnread(db: Db, me: Recipient): Promise<number> {
  const row = await db
    .selectFrom("notification")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("tenant_id", "=", me.tenantId)
    .where("user_id", "=", me.userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Marks one of the person's own notifications read; false when it is not theirs or already read. */
export async function markRead(db: Db, me: Recipient, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("notification")
    .set({ read_at: now })
    .where("id", "=", id)
    .where("tenant_id", "=", me.tenantId)
    .where("user_id", "=", me.userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks all of the person's notifications read; returns how many. */
export async function markAllRead(db: Db, me: Recipient, now: Date): Promise<number> {
  const result = await db
    .updateTable("notification")
    .set({ read_at: now })
    .where("tenant_id", "=", me.tenantId)
    .where("user_id", "=", me.userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The page a notification about a case leads to. */
export function notificationPath(kind: NotificationKind, caseId: string | null): string {
  if (!caseId) return "/casussen";
  return kind === "approval_requested" ? `/casussen/${caseId}/afsluiten` : `/casussen/${caseId}`;
}

/**
 * Sends the e-mail of each given notification that has not gone out yet
 * (after the transaction that stored them has committed), and marks it
 * e-mailed. Returns how many e-mails went out.
 */
export async function mailNotifications(
  db: Kysely<Database>,
  config: Config,
  ids: readonly string[],
  now: Date,
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .selectFrom("notification as n")
    .innerJoin("user_account as u", (join) =>
      join.onRef("u.id", "=", "n.user_id").onRef("u.tenant_id", "=", "n.tenant_id"),
    )
    .innerJoin("case_file as c", (join) =>
      join.onRef("c.id", "=", "n.case_id").onRef("c.tenant_id", "=", "n.tenant_id"),
    )
    .select(["n.id", "n.kind", "n.case_id", "u.email", "u.disabled_at", "c.pseudonym"])
    .where("n.id", "in", ids)
    .where("n.emailed_at", "is", null)
    .orderBy("n.id")
    .execute();
  let sent = 0;
  for (const row of rows) {
    if (row.kind === "task_overdue" || row.disabled_at !== null) continue;
    const mail = notificationMail(
      row.kind,
      row.pseudonym,
      `${config.publicUrl}${notificationPath(row.kind, row.case_id)}`,
    );
    try {
      await sendMail(config, { to: row.email, ...mail });
    } catch {
      // The change is stored and the notification is in the app; the e-mail stays unsent.
      continue;
    }
    await db.updateTable("notification").set({ emailed_at: now }).where("id", "=", row.id).execute();
    sent += 1;
  }
  return sent;
}

/**
 * The daily digest of overdue tasks: for each person with open tasks due
 * before today (on cases that are not closed), one `task_overdue`
 * notification and one e-mail listing the tasks. Runs at most once per
 * person per day (the notification's `digest_day` is unique per person);
 * a run after a failed send sends what is still unsent. Returns the number
 * of e-mails sent.
 */
export async function runOverdueDigest(db: Kysely<Database>, config: Config, now: Date): Promise<number> {
  const day = digestDay(now);
  const overdue = await db
    .selectFrom("case_task as t")
    .innerJoin("case_file as c", (join) =>
      join.onRef("c.id", "=", "t.case_id").onRef("c.tenant_id", "=", "t.tenant_id"),
    )
    .innerJoin("user_account as u", (join) =>
      join.onRef("u.id", "=", "t.assigned_to").onRef("u.tenant_id", "=", "t.tenant_id"),
    )
    .select([
      "t.assigned_to",
      "t.tenant_id",
      "u.email",
      "t.case_id",
      "c.pseudonym",
      sql<string>`t.due_on::text`.as("due_on"),
    ])
    .where("t.done_at", "is", null)
    .where("t.due_on", "<", day)
    .where("c.status", "<>", "closed")
    .where("u.disabled_at", "is", null)
    .orderBy("t.assigned_to")
    .orderBy("t.due_on")
    .orderBy("t.id")
    .execute();
  const byPerson = new Map<string, typeof overdue>();
  for (const row of overdue) byPerson.set(row.assigned_to, [...(byPerson.get(row.assigned_to) ?? []), row]);
  let sent = 0;
  for (const [userId, tasks] of byPerson) {
    const first = tasks[0]!;
    await db
      .insertInto("notification")
      .values({
        id: crypto.randomUUID(),
        tenant_id: first.tenant_id,
        user_id: userId,
        kind: "task_overdue",
        case_id: null,
        digest_day: day,
        created_at: now,
        read_at: null,
        emailed_at: null,
      })
      .onConflict((oc) =>
        oc.columns(["user_id", "digest_day"]).where("kind", "=", "task_overdue").doNothing(),
      )
      .execute();
    const claimed = await db
      .updateTable("notification")
      .set({ emailed_at: now })
      .where("user_id", "=", userId)
      .where("kind", "=", "task_overdue")
      .where("digest_day", "=", sql<Date>`cast(${day} as date)`)
      .where("emailed_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const mail = digestMail(
      tasks.map((task) => ({
        pseudonym: task.pseudonym,
        dueOn: task.due_on,
        link: `${config.publicUrl}/casussen/${task.case_id}`,
      })),
      `${config.publicUrl}/casussen`,
    );
    if (!mail) continue;
    try {
      await sendMail(config, { to: first.email, ...mail });
    } catch (error) {
      // Not sent: the next run tries again.
      await db
        .updateTable("notification")
        .set({ emailed_at: null })
        .where("user_id", "=", userId)
        .where("kind", "=", "task_overdue")
        .where("digest_day", "=", sql<Date>`cast(${day} as date)`)
        .execute();
      throw error;
    }
    sent += 1;
  }
  return sent;
}

/**
 * The server's daily digest job: at 06:00 UTC (07:00 in the Dutch winter,
 * 08:00 in summer), the same daily timer as the retention job; clock and
 * timer injectable for tests.
 */
export function startDigestJob(
  db: Kysely<Database>,
  config: Config,
  logger: { info(fields: object, message: string): void; error(fields: object, message: string): void },
  options: Pick<Parameters<typeof scheduleRetention>[0], "now" | "setTimer"> = {},
): { stop(): void } {
  return scheduleRetention({
    ...options,
    hourUtc: 6,
    run: async (now) => {
      const sent = await runOverdueDigest(db, config, now);
      logger.info({ sent }, "e-mails met taken over tijd verstuurd");
    },
    onError: (error) =>
      logger.error({ err: error }, "de e-mails met taken over tijd konden niet worden verstuurd"),
  });
}
