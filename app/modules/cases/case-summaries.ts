import { municipalities, provinces } from "../../../content/regions";
import { taxonomies } from "../../../content/taxonomies";
import type { Locale, MessageKey, Translate } from "../../i18n";
import { bandKeys, flagLabelKeys } from "../screening/labels";
import type { Band, FlagColour } from "../screening/definition";
import { frameworkConsequence, frameworkQuestions, type FrameworkAnswers } from "./decision-framework";
import {
  consentFormKeys,
  consequenceKey,
  consultedKeys,
  frameworkQuestionKeys,
  genderKeys,
  giverKeys,
  lvbKeys,
} from "./labels";
import { formatDate } from "./pdf-layout";
import type { ConsentForm, ConsentGiver, ConsultedParty, Gender, Lvb } from "./tables";

/**
 * What leaves the case file on paper (pure): the referral letter, the
 * Veilig Thuis report summary and the CoMensha registration summary. Each
 * is a list of sections with label/value lines, rendered the same way as a
 * printable page and as a PDF. The functions only ever receive what may be
 * shown: free-text notes of the case are not an input of any of them. Dates
 * are written in words in the reader's language ("3 december 2026").
 */
export interface SummaryLine {
  label: string;
  value: string;
}
export interface SummarySection {
  heading: string;
  lines: SummaryLine[];
}
export interface CaseSummary {
  title: string;
  intro: string;
  sections: SummarySection[];
  /** A closing remark: on what basis this was shared. */
  basis: string;
}

export interface CaseFacts {
  pseudonym: string;
  birthYear: number | null;
  gender: Gender;
  lvb: Lvb;
  municipalityCode: string | null;
  exploitationForms: readonly string[];
  /** YYYY-MM-DD the case was opened (the first recorded signal). */
  openedOn: string;
}

export interface AssessmentFact {
  instrumentTitle: string;
  band: Band | null;
  flag: FlagColour | null;
  assessedOn: string;
}

/** Consent as it is named on paper; an override by a safeguarding officer otherwise. */
export interface ConsentGiverFact {
  givenBy: ConsentGiver;
  giverLabel: string | null;
  givenOn: string;
  form: ConsentForm;
}
export type SharingBasis =
  /** Everyone whose consent the rule for the young person's age needed (consent-rules.ts). */
  { kind: "consent"; givers: readonly ConsentGiverFact[] } | { kind: "override"; decidedOn: string };

/** The consents a decision rests on, as the summaries and letters name them. */
export function consentBasis(consents: readonly ConsentGiverFact[]): SharingBasis {
  return {
    kind: "consent",
    givers: consents.map(({ givenBy, giverLabel, givenOn, form }) => ({
      givenBy,
      giverLabel,
      givenOn,
      form,
    })),
  };
}

/** CoMensha's categories for our forms of exploitation (docs/domain.md: sexual, labour, criminal, organ removal). */
const comenshaForms: Record<string, MessageKey> = {
  seksueel: "cases.comensha.form.sexual",
  crimineel: "cases.comensha.form.criminal",
  arbeid: "cases.comensha.form.labour",
  overig: "cases.comensha.form.other",
};

const formTerms = taxonomies.find((taxonomy) => taxonomy.id === "uitbuitingsvorm")?.terms ?? [];

/** Age on a date from the birth year only: one of two ages ("15 of 16"). */
export function ageRange(birthYear: number, on: string): { min: number; max: number } {
  const max = Number(on.slice(0, 4)) - birthYear;
  return { min: Math.max(0, max - 1), max };
}

/** The municipality and its province by CBS code. */
export function placeOf(code: string | null): { municipality: string; province: string } | null {
  if (!code) return null;
  const municipality = municipalities.find((candidate) => candidate.code === code);
  if (!municipality) return null;
  const province = provinces.find((candidate) => candidate.code === municipality.provinceCode);
  return { municipality: municipality.name, province: province?.name ?? "" };
}

function formNames(forms: readonly string[], t: Translate, locale: "nl" | "en" = "nl"): string {
  if (forms.length === 0) return t("cases.facts.unknown");
  return forms.map((code) => formTerms.find((term) => term.code === code)?.name[locale] ?? code).join(", ");
}

/** The facts every summary starts with: age, gender, LVB, place, forms. */
export function factLines(facts: CaseFacts, on: string, t: Translate): SummaryLine[] {
  const age = facts.birthYear === null ? null : ageRange(facts.birthYear, on);
  const place = placeOf(facts.municipalityCode);
  return [
    { label: t("cases.facts.reference"), value: facts.pseudonym },
    {
      label: t("cases.facts.age"),
      value: age
        ? t("cases.facts.ageValue", { min: age.min, max: age.max, year: facts.birthYear ?? "" })
        : t("cases.facts.unknown"),
    },
    { label: t("cases.facts.gender"), value: t(genderKeys[facts.gender]) },
    { label: t("cases.facts.lvb"), value: t(lvbKeys[facts.lvb]) },
    {
      label: t("cases.facts.place"),
      value: place ? `${place.municipality} (${place.province})` : t("cases.facts.unknown"),
    },
    { label: t("cases.facts.forms"), value: formNames(facts.exploitationForms, t) },
  ];
}

function assessmentLines(
  assessments: readonly AssessmentFact[],
  t: Translate,
  locale: Locale,
): SummaryLine[] {
  return assessments.map((assessment) => ({
    label: `${assessment.instrumentTitle} (${formatDate(assessment.assessedOn, locale)})`,
    value: assessment.band
      ? t(bandKeys[assessment.band].label)
      : assessment.flag
        ? t(flagLabelKeys[assessment.flag])
        : t("cases.facts.unknown"),
  }));
}

export function basisText(basis: SharingBasis, t: Translate, locale: Locale): string {
  if (basis.kind === "override") {
    return t("cases.facts.basis.override", { date: formatDate(basis.decidedOn, locale) });
  }
  const who = basis.givers
    .map((giver) =>
      t("cases.facts.basis.giver", {
        who: giver.giverLabel
          ? `${t(giverKeys[giver.givenBy])} (${giver.giverLabel})`
          : t(giverKeys[giver.givenBy]),
        date: formatDate(giver.givenOn, locale),
        form: t(consentFormKeys[giver.form]).toLocaleLowerCase("nl"),
      }),
    )
    .join("; ");
  return t("cases.facts.basis.consent", { who });
}

export interface LetterInput {
  facts: CaseFacts;
  service: { name: string; organisation: string };
  /** Why the young person is referred: the professional's own words written for this letter. */
  question: string;
  basis: SharingBasis;
  /**
   * Assessment outcomes, only when the young person (or parent) also
   * agreed to share with this service's organisation; null otherwise.
   */
  sharedAssessments: readonly AssessmentFact[] | null;
  writtenOn: string;
}

/** The referral letter: the facts referral consent allows; assessments only with sharing consent. */
export function referralLetter(input: LetterInput, t: Translate, locale: Locale): CaseSummary {
  const sections: SummarySection[] = [
    { heading: t("cases.letter.about"), lines: factLines(input.facts, input.writtenOn, t) },
    {
      heading: t("cases.letter.question"),
      lines: [{ label: t("cases.letter.questionLabel"), value: input.question || t("cases.facts.none") }],
    },
  ];
  if (input.sharedAssessments && input.sharedAssessments.length > 0) {
    sections.push({
      heading: t("cases.letter.assessments"),
      lines: assessmentLines(input.sharedAssessments, t, locale),
    });
  }
  return {
    title: t("cases.letter.title", { service: input.service.name }),
    intro: t("cases.letter.intro", {
      service: input.service.name,
      organisation: input.service.organisation,
      date: formatDate(input.writtenOn, locale),
    }),
    sections,
    basis: basisText(input.basis, t, locale),
  };
}

/** One assessment in the Veilig Thuis summary: every one is listed, newest first. */
export interface AssessmentHistoryFact extends AssessmentFact {
  score: number | null;
  /** The instrument's own texts of the signals answered "yes" (ours, no case content). */
  yesSignals: readonly string[];
}

/** The instrument's signals of concern answered "yes", in the instrument's order (pure). */
export function yesSignalTexts(
  items: ReadonlyArray<{ id: string; type: string; text: string; weight?: number }>,
  answers: Readonly<Record<string, unknown>>,
): string[] {
  return items
    .filter((item) => item.type === "signal" && (item.weight ?? 0) > 0 && answers[item.id] === "yes")
    .map((item) => item.text);
}

function historyLines(
  history: readonly AssessmentHistoryFact[],
  t: Translate,
  locale: Locale,
): SummaryLine[] {
  return [...history]
    .sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))
    .map((assessment) => {
      const outcome = assessment.band
        ? t(bandKeys[assessment.band].label)
        : assessment.flag
          ? t(flagLabelKeys[assessment.flag])
          : t("cases.facts.unknown");
      const signals =
        assessment.yesSignals.length > 0
          ? t("cases.report.yesSignals", { signals: assessment.yesSignals.join("; ") })
          : t("cases.report.noYesSignals");
      return {
        label: t("cases.report.assessmentLine", {
          date: formatDate(assessment.assessedOn, locale),
          title: assessment.instrumentTitle,
        }),
        value: `${
          assessment.score === null
            ? outcome
            : t("cases.report.scoreBand", { band: outcome, score: String(assessment.score) })
        }. ${signals}`,
      };
    });
}

export interface ReportInput {
  facts: CaseFacts;
  assessments: readonly AssessmentFact[];
  /** Every assessment with its yes-signals (the Veilig Thuis summary lists them all, newest first). */
  history?: readonly AssessmentHistoryFact[];
  framework: FrameworkAnswers;
  consultations: ReadonlyArray<{ consulted: ConsultedParty; consultedOn: string }>;
  talkedWithYoungPerson: boolean;
  reports: ReadonlyArray<{
    kind: "veilig_thuis" | "comensha" | "police";
    reportedOn: string;
    reference: string | null;
  }>;
  today: string;
}

/** The Veilig Thuis report summary: what a professional needs at hand when they call 0800-2000. */
export function veiligThuisSummary(input: ReportInput, t: Translate, locale: Locale): CaseSummary {
  const consequence = frameworkConsequence(input.framework);
  const answer = (value: "yes" | "no" | undefined) =>
    value === "yes"
      ? t("cases.facts.yes")
      : value === "no"
        ? t("cases.facts.no")
        : t("cases.facts.notAnswered");
  return {
    title: t("cases.report.vt.title"),
    intro: t("cases.report.vt.intro"),
    sections: [
      { heading: t("cases.letter.about"), lines: factLines(input.facts, input.today, t) },
      input.history
        ? {
            heading: t("cases.report.assessments"),
            lines:
              input.history.length > 0
                ? historyLines(input.history, t, locale)
                : [{ label: t("cases.report.signals"), value: t("cases.facts.none") }],
          }
        : {
            heading: t("cases.report.signals"),
            lines:
              input.assessments.length > 0
                ? assessmentLines(input.assessments, t, locale)
                : [{ label: t("cases.report.signals"), value: t("cases.facts.none") }],
          },
      {
        heading: t("cases.report.framework"),
        lines: [
          ...frameworkQuestions.map((question) => ({
            label: t(frameworkQuestionKeys[question]),
            value: answer(input.framework[question]),
          })),
          {
            label: t("cases.report.consequence"),
            value: t(consequenceKey(consequence)),
          },
        ],
      },
      {
        heading: t("cases.report.consultations"),
        lines:
          input.consultations.length > 0
            ? input.consultations.map((consultation) => ({
                label: formatDate(consultation.consultedOn, locale),
                value: t(consultedKeys[consultation.consulted]),
              }))
            : [{ label: t("cases.report.consultations"), value: t("cases.facts.none") }],
      },
      {
        heading: t("cases.report.talk"),
        lines: [
          {
            label: t("cases.report.talkLabel"),
            value: input.talkedWithYoungPerson ? t("cases.facts.yes") : t("cases.facts.no"),
          },
        ],
      },
    ],
    basis: t("cases.report.vt.basis"),
  };
}

/**
 * The CoMensha registration summary: the fields CoMensha records (form of
 * exploitation, age, gender, region, country of origin) plus what helps the
 * registration (LVB, first signal, reports already made). Only with consent.
 */
export function comenshaSummary(
  input: ReportInput & { basis: SharingBasis },
  t: Translate,
  locale: Locale,
): CaseSummary {
  const age = input.facts.birthYear === null ? null : ageRange(input.facts.birthYear, input.today);
  const place = placeOf(input.facts.municipalityCode);
  const reportKind = (kind: "veilig_thuis" | "comensha" | "police") =>
    t(
      kind === "veilig_thuis"
        ? "cases.report.kind.veilig_thuis"
        : kind === "police"
          ? "cases.report.kind.police"
          : "cases.report.kind.comensha",
    );
  return {
    title: t("cases.report.comensha.title"),
    intro: t("cases.report.comensha.intro"),
    sections: [
      {
        heading: t("cases.report.comensha.fields"),
        lines: [
          {
            label: t("cases.comensha.form"),
            value:
              input.facts.exploitationForms.length > 0
                ? input.facts.exploitationForms
                    .map((code) => t(comenshaForms[code] ?? "cases.comensha.form.other"))
                    .join(", ")
                : t("cases.facts.unknown"),
          },
          {
            label: t("cases.facts.age"),
            value: age
              ? t("cases.facts.ageValue", { min: age.min, max: age.max, year: input.facts.birthYear ?? "" })
              : t("cases.facts.unknown"),
          },
          {
            label: t("cases.comensha.minor"),
            value:
              age === null
                ? t("cases.facts.unknown")
                : age.max < 18
                  ? t("cases.facts.yes")
                  : age.min >= 18
                    ? t("cases.facts.no")
                    : t("cases.comensha.minorAround"),
          },
          { label: t("cases.facts.gender"), value: t(genderKeys[input.facts.gender]) },
          {
            label: t("cases.comensha.region"),
            value: place ? `${place.municipality} (${place.province})` : t("cases.facts.unknown"),
          },
          { label: t("cases.comensha.origin"), value: t("cases.comensha.originNotKept") },
        ],
      },
      {
        heading: t("cases.report.comensha.context"),
        lines: [
          { label: t("cases.facts.lvb"), value: t(lvbKeys[input.facts.lvb]) },
          { label: t("cases.comensha.firstSignal"), value: formatDate(input.facts.openedOn, locale) },
          { label: t("cases.facts.reference"), value: input.facts.pseudonym },
          ...input.reports.map((report) => ({
            label: reportKind(report.kind),
            value: report.reference
              ? `${formatDate(report.reportedOn, locale)} (${report.reference})`
              : formatDate(report.reportedOn, locale),
          })),
        ],
      },
    ],
    basis: basisText(input.basis, t, locale),
  };
}
