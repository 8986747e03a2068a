import type { Locale, MessageKey, Translate } from "../../i18n";
import { bandKeys, flagLabelKeys } from "../screening/labels";
import { findInstrument } from "../screening/instruments";
import { answeredItems } from "./assessment-answers";
import { factLines, type CaseSummary, type SummaryLine, type SummarySection } from "./case-summaries";
import { frameworkConsequence, frameworkQuestions, type FrameworkAnswers } from "./decision-framework";
import {
  consentFormKeys,
  consequenceKey,
  consultedKeys,
  frameworkQuestionKeys,
  giverKeys,
  purposeKeys,
  statusKeys,
  stepStatusKeys,
  stepTitleKeys,
  taskKindKeys,
} from "./labels";
import { formatDate } from "./pdf-layout";
import { isStepNumber } from "./step-plan";
import type { Gender, Lvb, NoteSubject, ReferralStatus, ReportKind } from "./tables";
import { referralStatusKeys } from "./referral-flow";

/**
 * The right-of-access export of one case (pure part): its shape, and the
 * same content as readable sections for the PDF. Everything is in it,
 * including the decrypted notes; this is the young person's own data. In the
 * PDF, dates are written in words ("3 december 2026"); the JSON keeps them as stored.
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
    id: string;
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
  send_back: "cases.export.about.send_back",
  closing: "cases.export.about.closing",
  assessment: "cases.export.about.assessment",
};
/** A stored code in words when it is known, else the code itself (the export hides nothing). */
const label = <T extends string>(keys: Record<T, MessageKey>, value: string, t: Translate) =>
  value in keys ? t(keys[value as T]) : value;

const line = (label: string, value: string | number | null | undefined): SummaryLine => ({
  label,
  value: value === null || value === undefined || value === "" ? "—" : String(value),
});

type ExportedAssessment = CaseExport["assessments"][number];
type ExportedStep = CaseExport["steps"][number];

/** An assessment in one line: instrument, date and outcome in words, as in the case page's history. */
function assessmentInWords(assessment: ExportedAssessment, t: Translate): { title: string; outcome: string } {
  const title = findInstrument(assessment.instrumentId)?.title ?? assessment.instrumentId;
  const outcome =
    assessment.band && assessment.band in bandKeys
      ? t(bandKeys[assessment.band as keyof typeof bandKeys].label)
      : assessment.flag && assessment.flag in flagLabelKeys
        ? t(flagLabelKeys[assessment.flag as keyof typeof flagLabelKeys])
        : (assessment.band ?? assessment.flag ?? "—");
  return { title, outcome };
}

/** A flag the professional chose instead of the proposed one (its reason is a note). */
const chosenFlagLines = (flag: unknown, t: Translate): SummaryLine[] =>
  typeof flag === "string"
    ? [
        line(
          t("screening.form.override"),
          flag in flagLabelKeys ? t(flagLabelKeys[flag as keyof typeof flagLabelKeys]) : flag,
        ),
      ]
    : [];

/** Each assessment: instrument, version, date, outcome and score, then every answered question. */
export function assessmentExportLines(
  assessments: readonly ExportedAssessment[],
  t: Translate,
  locale: Locale,
): SummaryLine[] {
  return assessments.flatMap((assessment) => {
    const { title, outcome } = assessmentInWords(assessment, t);
    const definition = findInstrument(assessment.instrumentId);
    const answers =
      definition && definition.version === assessment.instrumentVersion
        ? [
            ...answeredItems(definition, assessment.answers, t).flatMap((domain) =>
              domain.answers.map((item) => line(item.question, item.answer)),
            ),
            ...chosenFlagLines(assessment.answers["override.flag"], t),
          ]
        : Object.entries(assessment.answers).map(([id, value]) =>
            line(id, typeof value === "string" ? value : JSON.stringify(value)),
          );
    return [
      line(
        `${title}, ${t("cases.assessments.version", { version: assessment.instrumentVersion })} (${formatDate(assessment.assessedAt, locale)}, ${assessment.assessedBy})`,
        `${outcome}${assessment.score === null ? "" : ` (${t("cases.assessments.score")} ${assessment.score})`}`,
      ),
      ...answers,
    ];
  });
}

const answerWords = (value: unknown, t: Translate) =>
  value === "yes"
    ? t("cases.framework.yes")
    : value === "no"
      ? t("cases.framework.no")
      : t("cases.facts.notAnswered");

/**
 * One step of the plan as labelled lines in the words of the case page and
 * the step form: title with status and who saved it when, then the saved data
 * (linked assessments, with whom and when the talk was, the framework's five
 * answers with their consequence, the decision with report kind, date and
 * reference). A key these words do not know is shown as it is stored: the
 * export hides nothing.
 */
export function stepExportLines(
  step: ExportedStep,
  assessments: readonly ExportedAssessment[],
  t: Translate,
  locale: Locale,
): SummaryLine[] {
  const title = isStepNumber(step.step)
    ? t(stepTitleKeys[step.step])
    : t("cases.export.step", { step: step.step });
  const saved = step.updatedAt ? ` (${step.updatedBy ?? "—"}, ${formatDate(step.updatedAt, locale)})` : "";
  const lines = [line(title, `${label(stepStatusKeys, step.status, t)}${saved}`)];
  const rest: Record<string, unknown> = { ...step.data };
  const take = (key: string) => {
    const value = rest[key];
    delete rest[key];
    return value;
  };
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

  switch (step.step) {
    case 1:
      for (const id of list(take("assessmentIds"))) {
        const found = assessments.find((assessment) => assessment.id === id);
        const words = found ? assessmentInWords(found, t) : undefined;
        lines.push(
          line(
            t("cases.export.linkedAssessment"),
            found && words
              ? `${words.title} (${formatDate(found.assessedAt, locale)}): ${words.outcome}`
              : id,
          ),
        );
      }
      break;
    case 3: {
      const talkedWith = list(take("talkedWith"));
      const talkedOn = take("talkedOn");
      if (talkedWith.length > 0 || talkedOn) {
        const withKeys: Record<string, MessageKey> = {
          young_person: "cases.step3.youngPerson",
          parents: "cases.step3.parents",
        };
        lines.push(
          line(
            t("cases.step3.with"),
            talkedWith.map((who) => (who in withKeys ? t(withKeys[who]!) : who)).join(", "),
          ),
          line(t("cases.step3.on"), typeof talkedOn === "string" ? formatDate(talkedOn, locale) : null),
        );
      }
      break;
    }
    case 4: {
      const answers: FrameworkAnswers = {};
      for (const question of frameworkQuestions) {
        const value = take(question);
        if (value === "yes" || value === "no") answers[question] = value;
      }
      if (Object.keys(answers).length > 0) {
        lines.push(
          ...frameworkQuestions.map((question) =>
            line(t(frameworkQuestionKeys[question]), answerWords(answers[question], t)),
          ),
          line(t("cases.report.consequence"), t(consequenceKey(frameworkConsequence(answers)))),
        );
      }
      break;
    }
    case 5: {
      const help = take("help");
      const report = take("report");
      const reportKind = take("reportKind");
      const reportedOn = take("reportedOn");
      const reference = take("reference");
      const chosen = [
        ...(help === true ? [t("cases.step5.help")] : []),
        ...(report === true ? [t("cases.step5.report")] : []),
      ];
      if (chosen.length > 0) lines.push(line(t("cases.step5.decision"), chosen.join(", ")));
      if (report === true) {
        const kinds: Record<string, MessageKey> = {
          veilig_thuis: "cases.step5.veiligThuis",
          police: "cases.step5.police",
        };
        lines.push(
          line(
            t("cases.step5.reportKind"),
            typeof reportKind === "string" && reportKind in kinds
              ? t(kinds[reportKind]!)
              : (reportKind as null),
          ),
          line(
            t("cases.report.reportedOn"),
            typeof reportedOn === "string" ? formatDate(reportedOn, locale) : null,
          ),
          line(t("cases.export.reference"), typeof reference === "string" ? reference : null),
        );
      }
      break;
    }
  }
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) lines.push(line(key, typeof value === "string" ? value : JSON.stringify(value)));
  }
  return lines;
}

/** The export as sections: one line per fact, one per note, in the order of the case page. */
export function exportSummary(data: CaseExport, t: Translate, locale: Locale): CaseSummary {
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
        line(t("cases.export.opened"), formatDate(data.case.createdAt, locale)),
        line(t("cases.export.closed"), data.case.closedAt ? formatDate(data.case.closedAt, locale) : null),
        ...data.sharedWith.map((share) => line(t("cases.export.sharedWith"), share.name)),
      ],
    },
    {
      heading: t("cases.export.assessments"),
      lines: assessmentExportLines(data.assessments, t, locale),
    },
    {
      heading: t("cases.export.steps"),
      lines: data.steps.flatMap((step) => stepExportLines(step, data.assessments, t, locale)),
    },
    {
      heading: t("cases.report.consultations"),
      lines: data.consultations.map((item) =>
        line(
          `${formatDate(item.consultedOn, locale)} ${label(consultedKeys, item.consulted, t)}`,
          item.advice,
        ),
      ),
    },
    {
      heading: t("cases.export.consents"),
      lines: [
        ...data.consents.map((consent) =>
          line(
            `${label(purposeKeys, consent.purpose, t)}${consent.target ? ` (${consent.target})` : ""}`,
            `${label(giverKeys, consent.givenBy, t)}, ${formatDate(consent.givenOn, locale)}, ${label(consentFormKeys, consent.form, t)}${consent.withdrawnOn ? `; ${t("cases.export.withdrawn", { date: formatDate(consent.withdrawnOn, locale) })}` : ""}`,
          ),
        ),
        ...data.overrides.map((override) =>
          line(
            t("cases.export.override", { purpose: label(purposeKeys, override.purpose, t) }),
            `${override.decidedBy}, ${formatDate(override.decidedAt, locale)}`,
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
          `${formatDate(report.reportedOn, locale)}${report.reference ? ` (${report.reference})` : ""}`,
        ),
      ),
    },
    {
      heading: t("cases.export.tasks"),
      lines: data.tasks.map((task) =>
        line(label(taskKindKeys, task.kind, t), formatDate(task.dueOn, locale)),
      ),
    },
    {
      heading: t("cases.export.notes"),
      lines: data.notes.map((note) =>
        line(
          `${label(subjectKeys, note.about, t)}, ${note.writtenBy}, ${formatDate(note.writtenAt, locale)}`,
          note.text,
        ),
      ),
    },
  ];
  return {
    title: t("cases.export.title", { pseudonym: data.case.pseudonym }),
    intro: t("cases.export.intro", { date: formatDate(data.exportedAt, locale) }),
    sections: sections.map((section) =>
      section.lines.length > 0
        ? section
        : { ...section, lines: [line(section.heading, t("cases.facts.none"))] },
    ),
    basis: t("cases.export.basis"),
  };
}
