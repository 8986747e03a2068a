import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import type { Locale, Translate } from "../../i18n";
import { allItems } from "../screening/definition";
import { findInstrument } from "../screening/instruments";
import {
  comenshaSummary,
  consentBasis,
  veiligThuisSummary,
  yesSignalTexts,
  type AssessmentHistoryFact,
  type CaseSummary,
  type SharingBasis,
} from "./case-summaries";
import { withWritableCase } from "./case-write.server";
import { auditCase, findCase, type CaseActor } from "./cases.server";
import { consentGate } from "./consents.server";
import { closeOpenTasks } from "./task-writes.server";
import { caseFacts, latestAssessments } from "./referrals.server";
import { checkReport, type ReportKindPage, type ReportProblem } from "./report-form";
import { frameworkOf, insertReportOnce, listConsultations, listSteps } from "./steps.server";

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

/** Every assessment of the case, newest first, with the signals answered "yes" (instrument texts). */
async function assessmentHistory(
  db: Kysely<Database>,
  actor: CaseActor,
  caseId: string,
): Promise<AssessmentHistoryFact[]> {
  const rows = await db
    .selectFrom("case_assessment")
    .select(["instrument_id", "band", "flag", "score", "answers", "assessed_at"])
    .where("case_id", "=", caseId)
    .where("tenant_id", "=", actor.tenantId)
    .orderBy("assessed_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map((row) => {
    const definition = findInstrument(row.instrument_id);
    return {
      instrumentTitle: definition?.title ?? row.instrument_id,
      band: row.band,
      flag: row.flag,
      score: row.score,
      assessedOn: row.assessed_at.toISOString().slice(0, 10),
      yesSignals: definition ? yesSignalTexts(allItems(definition), row.answers) : [],
    };
  });
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
  const [assessments, history, steps, consultations, reports] = await Promise.all([
    latestAssessments(db, actor, caseId),
    assessmentHistory(db, actor, caseId),
    listSteps(db, config, actor, caseId),
    listConsultations(db, config, actor, caseId),
    listReports(db, actor, caseId),
  ]);
  const step3 = steps?.find((step) => step.step === 3);
  const talkedWith = (step3?.data as { talkedWith?: string[] } | undefined)?.talkedWith ?? [];
  const input = {
    facts: caseFacts(found),
    assessments,
    history,
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

/**
 * Records that the report was made (date, reference). CoMensha only with
 * consent. A Veilig Thuis report is also the reporting part of step 5: the
 * step's data records it and the task "report to Veilig Thuis" is done. The
 * same report (kind and date) recorded again adds no second row.
 */
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
      const reference = input.reference.trim() || null;
      await insertReportOnce(trx, actor, caseId, {
        kind: input.kind,
        reportedOn: input.reportedOn,
        reference,
        consentId,
        overrideId,
        now,
      });
      if (input.kind === "veilig_thuis") {
        // The act of reporting of step 5: the step's data records it, so step 5 does not ask again.
        const step5 = await trx
          .selectFrom("case_step")
          .select("data")
          .where("case_id", "=", caseId)
          .where("tenant_id", "=", actor.tenantId)
          .where("step", "=", 5)
          .executeTakeFirst();
        if (step5) {
          await trx
            .updateTable("case_step")
            .set({
              data: JSON.stringify({
                ...step5.data,
                report: true,
                reportKind: "veilig_thuis",
                reportedOn: input.reportedOn,
                reference,
              }),
              version: sql`version + 1`,
              updated_by: actor.userId,
              updated_at: now,
            })
            .where("case_id", "=", caseId)
            .where("tenant_id", "=", actor.tenantId)
            .where("step", "=", 5)
            .execute();
        }
        await closeOpenTasks(trx, {
          caseId,
          tenantId: actor.tenantId,
          kind: "report_veilig_thuis",
          doneBy: actor.userId,
          now,
        });
      }
      return { ok: true };
    },
  );
  return written.ok ? written.value : written;
}
