import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { readScope } from "./visibility";
import { withWritableCase } from "./case-write.server";
import { findCase, newId, type CaseActor } from "./cases.server";
import { writeNote } from "./notes.server";
import { consentFor, type ConsentDecision, type ConsentRecord } from "./consent";
import type { ConsentForm, ConsentGiver, ConsentPurpose } from "./tables";

/**
 * Consents of a case, their withdrawal, and the safeguarding officer's
 * override. The checks on dates and on who may consent are in consent.ts;
 * the route calls them before these functions.
 */
export async function listConsents(db: Kysely<Database>, actor: CaseActor, caseId: string) {
  const found = await findCase(db, actor, caseId);
  if (!found) return [];
  const rows = await db
    .selectFrom("case_consent as c")
    .innerJoin("user_account as u", "u.id", "c.recorded_by")
    .select([
      "c.id",
      "c.purpose",
      "c.target",
      "c.given_by",
      "c.giver_label",
      sql<string>`c.given_on::text`.as("given_on"),
      "c.form",
      sql<string | null>`c.withdrawn_on::text`.as("withdrawn_on"),
      sql<string>`coalesce(nullif(u.name, ''), u.email)`.as("recorded_by"),
    ])
    .where("c.case_id", "=", caseId)
    .where("c.tenant_id", "=", actor.tenantId)
    .orderBy("c.given_on")
    .orderBy("c.recorded_at")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    purpose: row.purpose,
    target: row.target,
    givenBy: row.given_by,
    giverLabel: row.giver_label,
    givenOn: row.given_on,
    form: row.form,
    withdrawnOn: row.withdrawn_on,
    recordedBy: row.recorded_by,
  }));
}

export async function recordConsent(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  input: {
    purpose: ConsentPurpose;
    target: string | null;
    givenBy: ConsentGiver;
    /** Which parent or guardian ("moeder"); ignored for the young person. */
    giverLabel?: string | null;
    givenOn: string;
    form: ConsentForm;
  },
  now = new Date(),
): Promise<boolean> {
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: "case.consent_recorded", now },
    async (trx) => {
      await trx
        .insertInto("case_consent")
        .values({
          id: newId(),
          case_id: caseId,
          tenant_id: actor.tenantId,
          purpose: input.purpose,
          target: input.target,
          given_by: input.givenBy,
          giver_label: input.givenBy === "young_person" ? null : input.giverLabel || null,
          given_on: input.givenOn,
          form: input.form,
          recorded_by: actor.userId,
          recorded_at: now,
          withdrawn_on: null,
          withdrawn_recorded_by: null,
          withdrawn_recorded_at: null,
        })
        .execute();
    },
  );
  return written.ok;
}

/** Records a withdrawal. False when not found or already withdrawn. */
export async function withdrawConsent(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  consentId: string,
  withdrawnOn: string,
  now = new Date(),
): Promise<boolean> {
  // A withdrawal is recorded on a closed case too: it still governs what happens with its data.
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: (changed: boolean) => (changed ? "case.consent_withdrawn" : null), now, allowClosed: true },
    async (trx) => {
      const result = await trx
        .updateTable("case_consent")
        .set({ withdrawn_on: withdrawnOn, withdrawn_recorded_by: actor.userId, withdrawn_recorded_at: now })
        .where("id", "=", consentId)
        .where("case_id", "=", caseId)
        .where("tenant_id", "=", actor.tenantId)
        .where("withdrawn_on", "is", null)
        .where("given_on", "<=", withdrawnOn)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  );
  return written.ok && written.value;
}

/**
 * A safeguarding officer decides to go ahead without consent for one
 * purpose (and target). The reason is required and stored encrypted; the
 * decision is audited. Only the organisation-wide scope may do this.
 */
export async function overrideConsent(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  input: { purpose: ConsentPurpose; target: string | null; reason: string },
  now = new Date(),
): Promise<string | undefined> {
  if (readScope(actor) !== "org" || input.reason.trim() === "") return undefined;
  const id = newId();
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: "case.consent_overridden", now },
    async (trx) => {
      await trx
        .insertInto("case_consent_override")
        .values({
          id,
          case_id: caseId,
          tenant_id: actor.tenantId,
          purpose: input.purpose,
          target: input.target,
          decided_by: actor.userId,
          decided_at: now,
        })
        .execute();
      await writeNote(
        trx,
        config,
        actor,
        { caseId, subjectType: "consent_override", subjectId: id, text: input.reason.trim() },
        now,
      );
    },
  );
  return written.ok ? id : undefined;
}

/**
 * The gate for referrals, sharing and the CoMensha registration: the rule
 * for the purpose and the young person's age met on `at` (consentFor), or
 * else a safeguarding officer's override for it.
 */
export async function consentGate(
  db: Kysely<Database>,
  actor: CaseActor,
  caseId: string,
  purpose: ConsentPurpose,
  target: string | null,
  at: string,
): Promise<ConsentDecision | { allowed: true; overrideId: string }> {
  const found = await findCase(db, actor, caseId);
  const consents: ConsentRecord[] = found ? await listConsents(db, actor, caseId) : [];
  const decision = consentFor(purpose, target, consents, at, found?.birthYear ?? null);
  if (decision.allowed) return decision;
  const override = await db
    .selectFrom("case_consent_override")
    .select("id")
    .where("case_id", "=", caseId)
    .where("tenant_id", "=", actor.tenantId)
    .where("purpose", "=", purpose)
    .where((eb) =>
      target === null
        ? eb("target", "is", null)
        : eb.or([eb("target", "is", null), eb(sql`lower(target)`, "=", target.toLowerCase())]),
    )
    .executeTakeFirst();
  return override ? { allowed: true, overrideId: override.id } : decision;
}
