import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import type { Locale, Translate } from "../../i18n";
import {
  comenshaSummary,
  consentBasis,
  veiligThuisSummary,
  type CaseSummary,
  type SharingBasis,
} from "./case-summaries";
import { withWritableCase } from "./case-write.server";
import { auditCase, findCase, newId, type CaseActor } from "./cases.server";
import { consentGate } from "./consents.server";
import { caseFacts, latestAssessments } from "./referrals.server";
import { checkReport, type ReportKindPage, type ReportProblem } from "./report-form";
import { frameworkOf, listConsultations, listSteps } from "./steps.server";

/**
 * The Veilig Thuis report summary and the CoMensha registration summary of
 * a case, and recording that a report was made (date, reference) — the act
 * of reporting of step 5. Everything CoMensha sees needs CoMensha consent
 * that is not withdrawn (or a safeguarding officer's override); without it
 * the summary is refused and nothing is recorded.
 */

const today = (now: Date) => now.toISOString().slice(0, 10);

export async function listReports(db: Kysely<Database>, actor: CaseActor, caseId: string) {
  return db
    .selectFrom("case_report")
    .select([
      "id",
      "kind",
      sql<string>`reported_on::text`.as("reported_on"),
      "reference",
      "consent_id",
      "override_id",
    ])
    .where("case_id", "=", caseId)
    .where("tenant_id", "=", actor.tenantId)
    .orderBy("reported_on")
    .orderBy("created_at")
    .execute();
}

/** CoMensha consent (for CoMensha or any target) or an override, on `at`. */
async function comenshaGate(db: Kysely<Database>, actor: CaseActor, caseId: string, at: string) {
  return consentGate(db, actor, caseId, "comensha_registration", "CoMensha", at);
}

export type SummaryOutcome =
  { ok: true; summary: CaseSummary } | { ok: false; problem: "not_found" | "no_consent" | "withdrawn" };

/** The summary for a report, read for the actor and audited. */
export async function reportSummary(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  kind: ReportKindPage,
  t: Translate,
  locale: Locale,
  now = new Date(),
): Promise<SummaryOutcome> {
  const found = await findCase(db, actor, caseId);
  if (!found) return { ok: false, problem: "not_found" };
  const on = today(now);
  let basis: SharingBasis | undefined;
  if (kind === "comensha") {
    const gate = await comenshaGate(db, actor, caseId, on);
    if (!gate.allowed)
      return { ok: false, problem: gate.reason === "withdrawn" ? "withdrawn" : "no_consent" };
    if ("consents" in gate) {
      basis = consentBasis(gate.consents);
    } else {
      const override = await db
        .selectFrom("case_consent_override")
        .select("decided_at")
        .where("id", "=", gate.overrideId)
        .where("tenant_id", "=", actor.tenantId)
        .executeTakeFirstOrThrow();
      basis = { kind: "override", decidedOn: override.decided_at.toISOString().slice(0, 10) };
    }
  }
  const [assessments, steps, consultations, reports] = await Promise.all([
    latestAssessments(db, actor, caseId),
    listSteps(db, config, actor, caseId),
    listConsultations(db, config, actor, caseId),
    listReports(db, actor, caseId),
  ]);
  const step3 = steps?.find((step) => step.step === 3);
  const talkedWith = (step3?.data as { talkedWith?: string[] } | undefined)?.talkedWith ?? [];
  const input = {
    facts: caseFacts(found),
    assessments,
    framework: frameworkOf(steps ?? []),
    consultations: consultations.map((item) => ({
      consulted: item.consulted,
      consultedOn: item.consultedOn,
    })),
    talkedWithYoungPerson: talkedWith.includes("young_person"),
    reports: reports.map((report) => ({
      kind: report.kind,
      reportedOn: report.reported_on,
      reference: report.reference,
    })),
    today: on,
  };
  const summary = basis
    ? comenshaSummary({ ...input, basis }, t, locale)
    : veiligThuisSummary(input, t, locale);
  await auditCase(db, config, actor, "case.report_summary", caseId, now);
  return { ok: true, summary };
}

export type RecordOutcome =
  | { ok: true }
  | { ok: false; problem: "not_found" | "closed" | "no_consent" | "withdrawn" }
  | { ok: false; problem: "invalid"; problems: ReportProblem[] };

/** Records that the report was made (date, reference). CoMensha only with consent. */
export async function recordReport(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  input: { kind: ReportKindPage; reportedOn: string; reference: string },
  now = new Date(),
): Promise<RecordOutcome> {
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: (outcome: RecordOutcome) => (outcome.ok ? "case.report_recorded" : null), now },
    async (trx, found): Promise<RecordOutcome> => {
      const problems = checkReport(input, found.birthYear, today(now));
      if (problems.length > 0) return { ok: false, problem: "invalid", problems };
      let consentId: string | null = null;
      let overrideId: string | null = null;
      if (input.kind === "comensha") {
        const gate = await comenshaGate(trx, actor, caseId, input.reportedOn);
        if (!gate.allowed)
          return { ok: false, problem: gate.reason === "withdrawn" ? "withdrawn" : "no_consent" };
        if ("consents" in gate) consentId = gate.consents[0]?.id ?? null;
        else overrideId = gate.overrideId;
      }
      await trx
        .insertInto("case_report")
        .values({
          id: newId(),
          case_id: caseId,
          tenant_id: actor.tenantId,
          kind: input.kind,
          reported_on: input.reportedOn,
          reference: input.reference.trim() || null,
          consent_id: consentId,
          override_id: overrideId,
          created_by: actor.userId,
          created_at: now,
        })
        .execute();
      return { ok: true };
    },
  );
  return written.ok ? written.value : written;
}
