import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { dueWindow, likePattern, type CaseListFilters, type CaseListTab } from "./case-list";
import { auditCase, scoped } from "./cases.server";
import { retentionCutoff } from "./retention";
import { retentionYearsFor } from "./retention.server";
import type { CaseOutcome, CaseStatus, TaskKind } from "./tables";
import { readScope, type CaseActor } from "./visibility";

/**
 * The case list of /casussen: one query that filters, sorts and pages in SQL,
 * inside the actor's visibility (visibility.ts: a professional sees own and
 * shared cases, a safeguarding officer every case of the organisation), plus
 * one query for the number of cases per tab with the same filters. Closed
 * cases stay in the list until their retention period has passed (then they
 * are gone, as on the case page). Listing is audited as `case.listed`.
 */

export interface CaseListRow {
  id: string;
  pseudonym: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  ownerName: string;
  /** The first open step of the five; null when every step is done or skipped. */
  currentStep: number | null;
  /** The case's next open task (any person's), soonest first. */
  nextTask: { dueOn: string; kind: TaskKind } | null;
  openTasks: number;
  updatedAt: Date;
  closedAt: Date | null;
}

export interface CaseListPage {
  items: CaseListRow[];
  /** Cases in the chosen tab that pass the filters. */
  total: number;
  /** Cases per tab that pass the other filters. */
  counts: Record<CaseListTab, number>;
  /** The page shown: the asked page, or the last one when it asked past the end. */
  page: number;
  pageCount: number;
}

/** The visible cases with the columns the list filters and sorts on (alias `x` for the outer query). */
function visibleCases(db: Kysely<Database>, actor: CaseActor, retainedAfter: Date) {
  return db
    .selectFrom("case_file as c")
    .innerJoin("user_account as o", "o.id", "c.owner_user_id")
    .where(scoped(actor, readScope(actor), "list"))
    .where(sql<boolean>`not (c.status = 'closed' and c.closed_at <= ${retainedAfter})`)
    .select((eb) => [
      "c.id",
      "c.pseudonym",
      "c.status",
      "c.outcome",
      "c.owner_user_id",
      "c.exploitation_forms",
      "c.created_at",
      "c.updated_at",
      "c.closed_at",
      sql<string>`coalesce(nullif(o.name, ''), o.email)`.as("owner_name"),
      eb
        .selectFrom("case_step as s")
        .select(sql<number | null>`min(s.step)`.as("step"))
        .whereRef("s.case_id", "=", "c.id")
        .where("s.status", "=", "open")
        .as("current_step"),
      eb
        .selectFrom("case_task as t")
        .select(sql<string | null>`min(t.due_on)`.as("due"))
        .whereRef("t.case_id", "=", "c.id")
        .where("t.done_at", "is", null)
        .as("next_due"),
      eb
        .selectFrom("case_task as t")
        .select("t.kind")
        .whereRef("t.case_id", "=", "c.id")
        .where("t.done_at", "is", null)
        .orderBy("t.due_on")
        .orderBy("t.id")
        .limit(1)
        .as("next_kind"),
      eb
        .selectFrom("case_task as t")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("t.case_id", "=", "c.id")
        .where("t.done_at", "is", null)
        .as("open_tasks"),
    ]);
}

/**
 * One page of the case list. `now` decides "today" for the due-date filter
 * and the retention cut-off (tests pass it in).
 */
export async function listCases(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  filters: CaseListFilters,
  options: { pageSize: number },
  now = new Date(),
): Promise<CaseListPage> {
  const today = now.toISOString().slice(0, 10);
  const retainedAfter = retentionCutoff(now, await retentionYearsFor(db, config, actor.tenantId));
  let filtered = db.selectFrom(visibleCases(db, actor, retainedAfter).as("x"));
  if (filters.search) {
    filtered = filtered.where(sql<boolean>`x.pseudonym ilike ${likePattern(filters.search)}`);
  }
  if (filters.step === "done") filtered = filtered.where("x.current_step", "is", null);
  else if (filters.step) filtered = filtered.where("x.current_step", "=", Number(filters.step));
  if (filters.form) filtered = filtered.where(sql<boolean>`${filters.form} = any(x.exploitation_forms)`);
  if (filters.owner) filtered = filtered.where("x.owner_user_id", "=", filters.owner);
  if (filters.due) {
    const window = dueWindow(filters.due, today);
    if (window.none) filtered = filtered.where("x.next_due", "is", null);
    if (window.after) filtered = filtered.where(sql<boolean>`x.next_due > ${window.after}::date`);
    if (window.to) filtered = filtered.where(sql<boolean>`x.next_due <= ${window.to}::date`);
  }

  const counted = await filtered
    .select([
      sql<number>`count(*) filter (where x.status = 'open')::int`.as("open"),
      sql<number>`count(*) filter (where x.status = 'closing')::int`.as("closing"),
      sql<number>`count(*) filter (where x.status = 'closed')::int`.as("closed"),
    ])
    .executeTakeFirstOrThrow();
  const counts: Record<CaseListTab, number> = {
    open: counted.open,
    closing: counted.closing,
    closed: counted.closed,
  };
  const total = counts[filters.tab];
  const pageCount = Math.max(1, Math.ceil(total / options.pageSize));
  const page = Math.min(filters.page, pageCount);

  let query = filtered
    .where("x.status", "=", filters.tab)
    .select([
      "x.id",
      "x.pseudonym",
      "x.status",
      "x.outcome",
      "x.owner_name",
      "x.current_step",
      sql<string | null>`x.next_due::text`.as("next_due"),
      "x.next_kind",
      "x.open_tasks",
      "x.updated_at",
      "x.closed_at",
    ]);
  switch (filters.sort) {
    case "pseudonym":
      query = query.orderBy(sql`lower(x.pseudonym)`).orderBy("x.pseudonym");
      break;
    case "due":
      query = query.orderBy(sql`x.next_due asc nulls last`);
      break;
    case "step":
      query = query.orderBy(sql`x.current_step asc nulls last`).orderBy("x.updated_at", "desc");
      break;
    case "opened":
      query = query.orderBy("x.created_at", "desc");
      break;
    case "changed":
      query = query.orderBy("x.updated_at", "desc");
      break;
  }
  const rows = await query
    .orderBy("x.id")
    .limit(options.pageSize)
    .offset((page - 1) * options.pageSize)
    .execute();

  await auditCase(db, config, actor, "case.listed", null, now);
  return {
    total,
    counts,
    page,
    pageCount,
    items: rows.map((row) => ({
      id: row.id,
      pseudonym: row.pseudonym,
      status: row.status,
      outcome: row.outcome,
      ownerName: row.owner_name,
      currentStep: row.current_step,
      nextTask: row.next_due && row.next_kind ? { dueOn: row.next_due, kind: row.next_kind } : null,
      openTasks: row.open_tasks ?? 0,
      updatedAt: row.updated_at,
      closedAt: row.closed_at,
    })),
  };
}

/** The owners of the cases the actor may see, for the owner filter (name, else e-mail address). */
export async function listCaseOwners(
  db: Kysely<Database>,
  actor: CaseActor,
): Promise<Array<{ id: string; name: string }>> {
  const rows = await db
    .selectFrom("case_file as c")
    .innerJoin("user_account as o", "o.id", "c.owner_user_id")
    .where(scoped(actor, readScope(actor), "list"))
    .select(["o.id", sql<string>`coalesce(nullif(o.name, ''), o.email)`.as("name")])
    .distinct()
    .execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name, "nl") || a.id.localeCompare(b.id));
}
