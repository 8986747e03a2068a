import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { listAssessments } from "./assessments.server";
import { auditCase, readCase, type CaseActor } from "./cases.server";
import { listNotes } from "./notes.server";
import { listShares } from "./shares.server";
import { listCaseTasks } from "./closing.server";
import { listConsents } from "./consents.server";
import { listReferrals } from "./referrals.server";
import { listReports } from "./reports.server";
import { listConsultations, listSteps } from "./steps.server";
import type { CaseExport } from "./export-document";

/**
 * The export of one case for the young person's right of access (AVG
 * article 15): everything the organisation keeps about them in this case,
 * with the notes decrypted. Read through the same scoped functions as the
 * case page (another organisation's case, or one past retention, is not
 * found) and audited as `case.exported`.
 */
const iso = (value: Date | null) => (value ? value.toISOString() : null);

export async function exportCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  now = new Date(),
): Promise<CaseExport | undefined> {
  // readCase writes the `case.read` entry and refuses a case past retention.
  const found = await readCase(db, config, actor, caseId, now);
  if (!found) return undefined;
  const [
    shares,
    assessments,
    answers,
    steps,
    consultations,
    consents,
    overrides,
    tasks,
    referrals,
    reports,
    notes,
  ] = await Promise.all([
    listShares(db, actor, caseId),
    listAssessments(db, actor, caseId),
    db
      .selectFrom("case_assessment")
      .select(["id", "answers"])
      .where("case_id", "=", caseId)
      .where("tenant_id", "=", actor.tenantId)
      .execute(),
    listSteps(db, config, actor, caseId),
    listConsultations(db, config, actor, caseId),
    listConsents(db, actor, caseId),
    db
      .selectFrom("case_consent_override as o")
      .innerJoin("user_account as u", "u.id", "o.decided_by")
      .select([
        "o.purpose",
        "o.target",
        "o.decided_at",
        sql<string>`coalesce(nullif(u.name, ''), u.email)`.as("by"),
      ])
      .where("o.case_id", "=", caseId)
      .where("o.tenant_id", "=", actor.tenantId)
      .orderBy("o.decided_at")
      .execute(),
    listCaseTasks(db, actor, caseId),
    listReferrals(db, config, actor, caseId),
    listReports(db, actor, caseId),
    listNotes(db, config, actor, caseId),
  ]);
  const answersById = new Map(answers.map((row) => [row.id, row.answers]));
  const exported: CaseExport = {
    exportedAt: now.toISOString(),
    case: {
      id: found.id,
      pseudonym: found.pseudonym,
      birthYear: found.birthYear,
      gender: found.gender,
      lvb: found.lvb,
      municipalityCode: found.municipalityCode,
      exploitationForms: found.exploitationForms,
      status: found.status,
      outcome: found.outcome,
      owner: found.ownerName,
      createdAt: found.createdAt.toISOString(),
      closedAt: iso(found.closedAt),
    },
    sharedWith: shares.map((share) => ({
      name: share.name || share.user_id,
      sharedAt: share.shared_at.toISOString(),
    })),
    assessments: assessments.map((assessment) => ({
      id: assessment.id,
      instrumentId: assessment.instrumentId,
      instrumentVersion: assessment.instrumentVersion,
      band: assessment.band,
      flag: assessment.flag,
      score: assessment.score,
      answers: answersById.get(assessment.id) ?? {},
      assessedAt: assessment.assessedAt.toISOString(),
      assessedBy: assessment.assessedBy,
    })),
    steps: (steps ?? []).map((step) => ({
      step: step.step,
      status: step.status,
      data: step.data,
      updatedAt: iso(step.updatedAt),
      updatedBy: step.updatedBy,
    })),
    consultations: consultations.map((item) => ({
      consulted: item.consulted,
      consultedOn: item.consultedOn,
      advice: item.advice,
      recordedBy: item.recordedBy,
    })),
    consents: consents.map((consent) => ({
      purpose: consent.purpose,
      target: consent.target,
      givenBy: consent.givenBy,
      givenOn: consent.givenOn,
      form: consent.form,
      withdrawnOn: consent.withdrawnOn,
      recordedBy: consent.recordedBy,
    })),
    overrides: overrides.map((row) => ({
      purpose: row.purpose,
      target: row.target,
      decidedAt: row.decided_at.toISOString(),
      decidedBy: row.by,
    })),
    tasks: tasks.map((task) => ({ kind: task.kind, dueOn: task.due_on, assignedTo: task.assigned_to })),
    referrals: referrals.map((referral) => ({
      service: referral.serviceName,
      status: referral.status,
      question: referral.question,
      declineReason: referral.declineReason,
      history: referral.events.map((event) => ({
        status: event.status,
        at: event.at.toISOString(),
        by: event.by,
      })),
    })),
    reports: reports.map((report) => ({
      kind: report.kind,
      reportedOn: report.reported_on,
      reference: report.reference,
    })),
    notes: notes.map((note) => ({
      about: note.subjectType,
      text: note.text,
      writtenBy: note.writtenBy,
      writtenAt: note.writtenAt.toISOString(),
    })),
  };
  await auditCase(db, config, actor, "case.exported", caseId, now);
  return exported;
}
