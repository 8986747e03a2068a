import type { MessageKey, Translate } from "../../i18n";
import { factLines, type CaseSummary, type SummarySection } from "./case-summaries";
import { consultedKeys, giverKeys, purposeKeys, statusKeys, stepStatusKeys, taskKindKeys } from "./labels";
import type { Gender, Lvb, NoteSubject, ReferralStatus, ReportKind } from "./tables";
import { referralStatusKeys } from "./referral-flow";

/**
 * The right-of-access export of one case (pure part): its shape, and the
 * same content as readable sections for the PDF. Everything is in it,
 * including the decrypted notes; this is the young person's own data.
 */
export interface CaseExport {
  exportedAt: string;
  case: {
    id: string;
    pseudonym: string;
    birthYear: number | null;
    gender: string;
    lvb: string;
    municipalityCode: string | null;
    exploitationForms: string[];
    status: string;
    outcome: string | null;
    owner: string;
    createdAt: string;
    closedAt: string | null;
  };
  sharedWith: Array<{ name: string; sharedAt: string }>;
  assessments: Array<{
    instrumentId: string;
    instrumentVersion: string;
    band: string | null;
    flag: string | null;
    score: number | null;
    answers: Record<string, unknown>;
    assessedAt: string;
    assessedBy: string;
  }>;
  steps: Array<{
    step: number;
    status: string;
    data: Record<string, unknown>;
    updatedAt: string | null;
    updatedBy: string | null;
  }>;
  consultations: Array<{ consulted: string; consultedOn: string; advice: string; recordedBy: string }>;
  consents: Array<{
    purpose: string;
    target: string | null;
    givenBy: string;
    givenOn: string;
    form: string;
    withdrawnOn: string | null;
    recordedBy: string;
  }>;
  overrides: Array<{ purpose: string; target: string | null; decidedAt: string; decidedBy: string }>;
  tasks: Array<{ kind: string; dueOn: string; assignedTo: string }>;
  referrals: Array<{
    service: string;
    status: string;
    question: string;
    declineReason: string;
    history: Array<{ status: string; at: string; by: string }>;
  }>;
  reports: Array<{ kind: string; reportedOn: string; reference: string | null }>;
  notes: Array<{ about: string; text: string; writtenBy: string; writtenAt: string }>;
}

const reportKeys: Record<ReportKind, MessageKey> = {
  veilig_thuis: "cases.report.kind.veilig_thuis",
  comensha: "cases.report.kind.comensha",
  police: "cases.report.kind.police",
};
const subjectKeys: Record<NoteSubject, MessageKey> = {
  case: "cases.export.about.case",
  step: "cases.export.about.step",
  consultation: "cases.export.about.consultation",
  consent_override: "cases.export.about.consent_override",
  task: "cases.export.about.task",
  referral: "cases.export.about.referral",
  report: "cases.export.about.report",
  closing: "cases.export.about.closing",
  assessment: "cases.export.about.assessment",
};
/** A stored code in words when it is known, else the code itself (the export hides nothing). */
const label = <T extends string>(keys: Record<T, MessageKey>, value: string, t: Translate) =>
  value in keys ? t(keys[value as T]) : value;

const line = (label: string, value: string | number | null | undefined) => ({
  label,
  value: value === null || value === undefined || value === "" ? "—" : String(value),
});

/** The export as sections: one line per fact, one per note, in the order of the case page. */
export function exportSummary(data: CaseExport, t: Translate): CaseSummary {
  const sections: SummarySection[] = [
    {
      heading: t("cases.export.case"),
      lines: [
        ...factLines(
          {
            pseudonym: data.case.pseudonym,
            birthYear: data.case.birthYear,
            gender: data.case.gender as Gender,
            lvb: data.case.lvb as Lvb,
            municipalityCode: data.case.municipalityCode,
            exploitationForms: data.case.exploitationForms,
            openedOn: data.case.createdAt.slice(0, 10),
          },
          data.exportedAt.slice(0, 10),
          t,
        ),
        line(t("cases.export.status"), label(statusKeys, data.case.status, t)),
        line(t("cases.export.outcome"), data.case.outcome),
        line(t("cases.export.owner"), data.case.owner),
        line(t("cases.export.opened"), data.case.createdAt.slice(0, 10)),
        line(t("cases.export.closed"), data.case.closedAt?.slice(0, 10)),
        ...data.sharedWith.map((share) => line(t("cases.export.sharedWith"), share.name)),
      ],
    },
    {
      heading: t("cases.export.assessments"),
      lines: data.assessments.map((item) =>
        line(
          `${item.instrumentId} ${item.instrumentVersion} (${item.assessedAt.slice(0, 10)})`,
          item.band ?? item.flag,
        ),
      ),
    },
    {
      heading: t("cases.export.steps"),
      lines: data.steps.map((step) =>
        line(
          t("cases.export.step", { step: step.step }),
          `${label(stepStatusKeys, step.status, t)} ${JSON.stringify(step.data)}`,
        ),
      ),
    },
    {
      heading: t("cases.report.consultations"),
      lines: data.consultations.map((item) =>
        line(`${item.consultedOn} ${label(consultedKeys, item.consulted, t)}`, item.advice),
      ),
    },
    {
      heading: t("cases.export.consents"),
      lines: [
        ...data.consents.map((consent) =>
          line(
            `${label(purposeKeys, consent.purpose, t)}${consent.target ? ` (${consent.target})` : ""}`,
            `${label(giverKeys, consent.givenBy, t)}, ${consent.givenOn}, ${consent.form}${consent.withdrawnOn ? `; ${t("cases.export.withdrawn", { date: consent.withdrawnOn })}` : ""}`,
          ),
        ),
        ...data.overrides.map((override) =>
          line(
            t("cases.export.override", { purpose: override.purpose }),
            `${override.decidedBy}, ${override.decidedAt.slice(0, 10)}`,
          ),
        ),
      ],
    },
    {
      heading: t("cases.export.referrals"),
      lines: data.referrals.map((referral) =>
        line(
          referral.service,
          `${label(referralStatusKeys, referral.status as ReferralStatus, t)}: ${referral.question}${referral.declineReason ? ` — ${referral.declineReason}` : ""}`,
        ),
      ),
    },
    {
      heading: t("cases.export.reports"),
      lines: data.reports.map((report) =>
        line(
          label(reportKeys, report.kind, t),
          `${report.reportedOn}${report.reference ? ` (${report.reference})` : ""}`,
        ),
      ),
    },
    {
      heading: t("cases.export.tasks"),
      lines: data.tasks.map((task) => line(label(taskKindKeys, task.kind, t), task.dueOn)),
    },
    {
      heading: t("cases.export.notes"),
      lines: data.notes.map((note) =>
        line(
          `${label(subjectKeys, note.about, t)}, ${note.writtenBy}, ${note.writtenAt.slice(0, 10)}`,
          note.text,
        ),
      ),
    },
  ];
  return {
    title: t("cases.export.title", { pseudonym: data.case.pseudonym }),
    intro: t("cases.export.intro", { date: data.exportedAt.slice(0, 10) }),
    sections: sections.map((section) =>
      section.lines.length > 0
        ? section
        : { ...section, lines: [line(section.heading, t("cases.facts.none"))] },
    ),
    basis: t("cases.export.basis"),
  };
}
