import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/database";
import type { CaseRow } from "./cases.server";
import { timelineEntries, timelineView, type TimelineEntry } from "./timeline";
import type { StepStatus } from "./tables";

/** A person's name as the case pages show it: the name, or the e-mail address when there is none. */
const nameOf = (alias: string) =>
  sql<string>`coalesce(nullif(${sql.ref(`${alias}.name`)}, ''), ${sql.ref(`${alias}.email`)})`;

/**
 * Everything that happened to a case, from the tables that hold it (timeline.ts
 * sorts and cuts). For a case the caller has already found with the actor's
 * scope (a CaseRow comes only from the case repository, like stepFormFacts),
 * so no second access check; every query still filters on the case and its
 * organisation. Notes: only that a case note was written, never its text.
 */
export async function caseTimeline(db: Kysely<Database>, found: CaseRow): Promise<TimelineEntry[]> {
  const caseId = found.id;
  const tenantId = found.tenantId;
  const [
    file,
    assessments,
    steps,
    consultations,
    consents,
    overrides,
    referralEvents,
    reports,
    notes,
    shares,
  ] = await Promise.all([
    db
      .selectFrom("case_file as c")
      .leftJoin("user_account as r", "r.id", "c.close_requested_by")
      .leftJoin("user_account as x", "x.id", "c.closed_by")
      .select([
        "c.close_requested_at",
        "c.closed_at",
        sql<string | null>`coalesce(nullif(r.name, ''), r.email)`.as("requested_by"),
        sql<string | null>`coalesce(nullif(x.name, ''), x.email)`.as("closed_by"),
      ])
      .where("c.id", "=", caseId)
      .where("c.tenant_id", "=", tenantId)
      .executeTakeFirst(),
    db
      .selectFrom("case_assessment as a")
      .innerJoin("user_account as u", "u.id", "a.assessed_by")
      .select(["a.id", "a.instrument_id", "a.assessed_at", nameOf("u").as("by")])
      .where("a.case_id", "=", caseId)
      .where("a.tenant_id", "=", tenantId)
      .execute(),
    db
      .selectFrom("case_step as s")
      .leftJoin("user_account as u", "u.id", "s.updated_by")
      .select([
        "s.step",
        "s.status",
        "s.updated_at",
        sql<string | null>`coalesce(nullif(u.name, ''), u.email)`.as("by"),
      ])
      .where("s.case_id", "=", caseId)
      .where("s.tenant_id", "=", tenantId)
      .where("s.updated_at", "is not", null)
      .execute(),
    db
      .selectFrom("case_consultation as c")
      .innerJoin("user_account as u", "u.id", "c.recorded_by")
      .select(["c.id", "c.consulted", "c.recorded_at", nameOf("u").as("by")])
      .where("c.case_id", "=", caseId)
      .where("c.tenant_id", "=", tenantId)
      .execute(),
    db
      .selectFrom("case_consent as c")
      .innerJoin("user_account as u", "u.id", "c.recorded_by")
      .leftJoin("user_account as w", "w.id", "c.withdrawn_recorded_by")
      .select([
        "c.id",
        "c.purpose",
        "c.recorded_at",
        "c.withdrawn_recorded_at",
        nameOf("u").as("by"),
        sql<string | null>`coalesce(nullif(w.name, ''), w.email)`.as("withdrawn_by"),
      ])
      .where("c.case_id", "=", caseId)
      .where("c.tenant_id", "=", tenantId)
      .execute(),
    db
      .selectFrom("case_consent_override as o")
      .innerJoin("user_account as u", "u.id", "o.decided_by")
      .select(["o.id", "o.purpose", "o.decided_at", nameOf("u").as("by")])
      .where("o.case_id", "=", caseId)
      .where("o.tenant_id", "=", tenantId)
      .execute(),
    db
      .selectFrom("case_referral_event as e")
      .innerJoin("case_referral as r", (join) =>
        join.onRef("r.id", "=", "e.referral_id").onRef("r.tenant_id", "=", "e.tenant_id"),
      )
      .innerJoin("user_account as u", "u.id", "e.by_user")
      .select(["e.id", "e.referral_id", "e.status", "e.at", "r.service_name", nameOf("u").as("by")])
      .where("r.case_id", "=", caseId)
      .where("e.tenant_id", "=", tenantId)
      .execute(),
    db
      .selectFrom("case_report as r")
      .innerJoin("user_account as u", "u.id", "r.created_by")
      .select(["r.id", "r.kind", "r.created_at", nameOf("u").as("by")])
      .where("r.case_id", "=", caseId)
      .where("r.tenant_id", "=", tenantId)
      .execute(),
    db
      .selectFrom("case_note as n")
      .innerJoin("user_account as u", "u.id", "n.written_by")
      .select(["n.id", "n.written_at", nameOf("u").as("by")])
      .where("n.case_id", "=", caseId)
      .where("n.tenant_id", "=", tenantId)
      .where("n.subject_type", "=", "case")
      .execute(),
    db
      .selectFrom("case_share as s")
      .innerJoin("user_account as w", "w.id", "s.user_id")
      .innerJoin("user_account as u", "u.id", "s.shared_by")
      .select(["s.user_id", "s.shared_at", nameOf("w").as("with_name"), nameOf("u").as("by")])
      .where("s.case_id", "=", caseId)
      .where("s.tenant_id", "=", tenantId)
      .execute(),
  ]);
  return timelineEntries(caseId, {
    caseFile: {
      createdAt: found.createdAt,
      ownerName: found.ownerName,
      closeRequestedAt: file?.close_requested_at ?? null,
      closeRequestedBy: file?.requested_by ?? null,
      closedAt: file?.closed_at ?? null,
      closedBy: file?.closed_by ?? null,
    },
    assessments: assessments.map((row) => ({
      id: row.id,
      instrumentId: row.instrument_id,
      by: row.by,
      at: row.assessed_at,
    })),
    steps: steps.map((row) => ({
      step: row.step,
      status: row.status as StepStatus,
      by: row.by,
      at: row.updated_at,
    })),
    consultations: consultations.map((row) => ({
      id: row.id,
      consulted: row.consulted,
      by: row.by,
      at: row.recorded_at,
    })),
    consents: consents.map((row) => ({
      id: row.id,
      purpose: row.purpose,
      by: row.by,
      at: row.recorded_at,
      withdrawnBy: row.withdrawn_by,
      withdrawnAt: row.withdrawn_recorded_at,
    })),
    overrides: overrides.map((row) => ({ id: row.id, purpose: row.purpose, by: row.by, at: row.decided_at })),
    referralEvents: referralEvents.map((row) => ({
      id: Number(row.id),
      referralId: row.referral_id,
      service: row.service_name,
      status: row.status,
      by: row.by,
      at: row.at,
    })),
    reports: reports.map((row) => ({ id: row.id, kind: row.kind, by: row.by, at: row.created_at })),
    notes: notes.map((row) => ({ id: row.id, by: row.by, at: row.written_at })),
    shares: shares.map((row) => ({
      userId: row.user_id,
      withName: row.with_name,
      by: row.by,
      at: row.shared_at,
    })),
  });
}

/** The query parameter that shows the whole timeline (works without JavaScript). */
export const timelineAllParam = "tijdlijn";

/** What the case page shows: the newest events (or all with `?tijdlijn=alles`), times as ISO text. */
export async function caseTimelineView(db: Kysely<Database>, found: CaseRow, url: URL) {
  const showAll = url.searchParams.get(timelineAllParam) === "alles";
  const view = timelineView(await caseTimeline(db, found), showAll);
  return { ...view, items: view.items.map((item) => ({ ...item, at: item.at.toISOString() })) };
}
