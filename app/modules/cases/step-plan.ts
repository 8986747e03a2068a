import type { MessageKey } from "../../i18n";
import { isIsoDate } from "./consent";
import { frameworkAnswersFrom, frameworkConsequence, type FrameworkAnswers } from "./decision-framework";
import type { CaseRoute } from "./route";
import { consultedParties, type ConsultedParty, type StepStatus } from "./tables";

/**
 * The Meldcode step plan (pure): five steps per case, each saved with a
 * status, structured data and an (encrypted) note.
 *
 * 1 map the signals (link the assessments), 2 consult (the consultation log),
 * 3 talk with the young person and, where fitting, the parents (skip only
 * with a reason), 4 weigh with the decision framework, 5 decide: organise
 * help and/or report (with date and reference).
 */
export const steps = [1, 2, 3, 4, 5] as const;
export type StepNumber = (typeof steps)[number];

export function isStepNumber(value: unknown): value is StepNumber {
  return typeof value === "number" && (steps as readonly number[]).includes(value);
}

export const maxNoteLength = 5000;

/** The public sources each step's texts rest on (ids in content/sources.ts), shown on the step page. */
export const stepSources: Record<StepNumber, readonly string[]> = {
  1: ["meldcode-rijksoverheid"],
  2: ["meldcode-rijksoverheid"],
  3: ["meldcode-rijksoverheid"],
  4: ["afwegingskader-meldcode", "besluit-meldcode", "wet-meldcode"],
  5: ["afwegingskader-meldcode", "wmo-2015-meldrecht", "wet-meldcode"],
};

export interface Step1Data {
  assessmentIds: string[];
}
export interface Step3Data {
  talkedWith: Array<"young_person" | "parents">;
  talkedOn: string | null;
}
export type Step4Data = FrameworkAnswers;
export interface Step5Data {
  help: boolean;
  report: boolean;
  reportKind: "veilig_thuis" | "police" | null;
  reportedOn: string | null;
  reference: string | null;
}
export type StepData = Step1Data | Step3Data | Step4Data | Step5Data | Record<string, never>;

/** What the step form needs to know about the rest of the case. */
export interface StepFacts {
  assessmentIds: readonly string[];
  consultations: number;
  /** The framework answers saved in step 4 (for step 5). */
  framework: FrameworkAnswers;
  /** The case's route (route.ts): only the Meldcode route asks for a Veilig Thuis report. */
  route: CaseRoute;
  /** The Veilig Thuis report already recorded in step 5 (report page or an earlier save): not asked again. */
  reported?: RecordedReport | null;
}

export interface RecordedReport {
  reportedOn: string;
  reference: string | null;
}

/** The Veilig Thuis report step 5's data records, or null. */
export function recordedVeiligThuisReport(step5: Record<string, unknown> | undefined): RecordedReport | null {
  if (!step5 || step5.report !== true || step5.reportKind !== "veilig_thuis") return null;
  if (typeof step5.reportedOn !== "string" || !isIsoDate(step5.reportedOn)) return null;
  return {
    reportedOn: step5.reportedOn,
    reference: typeof step5.reference === "string" && step5.reference !== "" ? step5.reference : null,
  };
}

/** Saving step N leads to step N + 1; saving step 5 back to the case. */
export function nextAfterSave(step: StepNumber): StepNumber | null {
  return step < 5 ? ((step + 1) as StepNumber) : null;
}

export type StepField =
  | "status"
  | "assessments"
  | "consultations"
  | "talkedWith"
  | "talkedOn"
  | "framework"
  | "decision"
  | "reportKind"
  | "reportedOn"
  | "reference"
  | "note";

export interface StepProblem {
  field: StepField;
  message: MessageKey;
}

export type ParsedStep =
  | { ok: true; status: StepStatus; data: StepData; note: string; version: number }
  | { ok: false; problems: StepProblem[] };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};
const all = (form: FormData, name: string) =>
  form.getAll(name).filter((value): value is string => typeof value === "string");

export function parseStepForm(step: StepNumber, form: FormData, facts: StepFacts, today: string): ParsedStep {
  const problems: StepProblem[] = [];
  const statusValue = text(form, "status");
  const status: StepStatus | undefined =
    statusValue === "done" || statusValue === "open" || (statusValue === "skipped" && step === 3)
      ? statusValue
      : undefined;
  if (!status) problems.push({ field: "status", message: "cases.error.choose" });
  const version = Number(text(form, "version"));
  const note = text(form, "note");
  if (note.length > maxNoteLength) problems.push({ field: "note", message: "cases.error.noteLength" });
  const done = status === "done";
  let data: StepData = {};

  switch (step) {
    case 1: {
      const chosen = all(form, "assessments");
      const assessmentIds = facts.assessmentIds.filter((id) => chosen.includes(id));
      if (chosen.length !== assessmentIds.length)
        problems.push({ field: "assessments", message: "cases.error.choose" });
      if (done && assessmentIds.length === 0 && note === "") {
        problems.push({ field: "assessments", message: "cases.step1.error.nothing" });
      }
      data = { assessmentIds };
      break;
    }
    case 2:
      if (done && facts.consultations === 0) {
        problems.push({ field: "consultations", message: "cases.step2.error.noConsultation" });
      }
      break;
    case 3: {
      const talkedWith = all(form, "talkedWith").filter(
        (value): value is "young_person" | "parents" => value === "young_person" || value === "parents",
      );
      const talkedOn = text(form, "talkedOn") || null;
      if (talkedOn !== null && !isIsoDate(talkedOn))
        problems.push({ field: "talkedOn", message: "cases.error.date" });
      else if (talkedOn !== null && talkedOn > today) {
        problems.push({ field: "talkedOn", message: "cases.error.dateFuture" });
      }
      if (done && !talkedWith.includes("young_person")) {
        problems.push({ field: "talkedWith", message: "cases.step3.error.youngPerson" });
      }
      if (done && talkedOn === null) problems.push({ field: "talkedOn", message: "cases.error.date" });
      if (status === "skipped" && note === "")
        problems.push({ field: "note", message: "cases.step3.error.skipReason" });
      data = { talkedWith, talkedOn };
      break;
    }
    case 4: {
      const answers = frameworkAnswersFrom((name) => form.get(name));
      if (done && frameworkConsequence(answers).kind === "incomplete") {
        problems.push({ field: "framework", message: "cases.step4.error.incomplete" });
      }
      data = answers;
      break;
    }
    case 5: {
      const help = form.get("help") === "yes";
      // A recorded Veilig Thuis report is part of the step and is not asked again.
      const reported = facts.reported ?? null;
      const report = reported !== null || form.get("report") === "yes";
      const kindValue = reported ? "veilig_thuis" : text(form, "reportKind");
      const reportKind = kindValue === "veilig_thuis" || kindValue === "police" ? kindValue : null;
      const reportedOn = reported ? reported.reportedOn : text(form, "reportedOn") || null;
      const reference = reported ? reported.reference : text(form, "reference") || null;
      if (done && !help && !report)
        problems.push({ field: "decision", message: "cases.step5.error.nothing" });
      // The organisation's meldcode: when the afwegingskader's outcome is a report, step 5 is done
      // only with a report to Veilig Thuis (a police report is something else). Not on the adult route.
      if (done && facts.route === "meldcode" && frameworkConsequence(facts.framework).kind === "report") {
        if (!report) problems.push({ field: "decision", message: "cases.step5.error.reportNorm" });
        else if (reportKind === "police")
          problems.push({ field: "reportKind", message: "cases.step5.error.veiligThuisNeeded" });
      }
      if (report) {
        if (!reportKind) problems.push({ field: "reportKind", message: "cases.error.choose" });
        if (reportedOn === null || !isIsoDate(reportedOn)) {
          problems.push({ field: "reportedOn", message: "cases.error.date" });
        } else if (reportedOn > today)
          problems.push({ field: "reportedOn", message: "cases.error.dateFuture" });
      }
      if (reference !== null && reference.length > 80) {
        problems.push({ field: "reference", message: "cases.step5.error.reference" });
      }
      data = {
        help,
        report,
        reportKind: report ? reportKind : null,
        reportedOn: report ? reportedOn : null,
        reference: report ? reference : null,
      };
      break;
    }
  }
  if (!Number.isInteger(version) || version < 0)
    problems.push({ field: "status", message: "cases.error.choose" });
  if (problems.length > 0 || !status) return { ok: false, problems };
  return { ok: true, status, data, note, version };
}

export interface ConsultationInput {
  consulted: ConsultedParty;
  consultedOn: string;
  advice: string;
}

export type ParsedConsultation =
  | { ok: true; consultation: ConsultationInput | null }
  | { ok: false; problems: Array<{ field: "consulted" | "consultedOn" | "advice"; message: MessageKey }> };

/**
 * The consultation fields of step 2, saved with the step by one button. All
 * empty: no consultation (the step alone is saved). Anything filled in:
 * with whom and when are needed.
 */
export function parseConsultation(form: FormData, today: string): ParsedConsultation {
  const consulted = text(form, "consulted");
  const consultedOn = text(form, "consultedOn");
  const advice = text(form, "advice");
  if (consulted === "" && consultedOn === "" && advice === "") return { ok: true, consultation: null };
  const problems: Array<{ field: "consulted" | "consultedOn" | "advice"; message: MessageKey }> = [];
  if (!(consultedParties as readonly string[]).includes(consulted))
    problems.push({ field: "consulted", message: "cases.error.choose" });
  if (!isIsoDate(consultedOn)) problems.push({ field: "consultedOn", message: "cases.error.date" });
  else if (consultedOn > today) problems.push({ field: "consultedOn", message: "cases.error.dateFuture" });
  if (advice.length > maxNoteLength) problems.push({ field: "advice", message: "cases.error.noteLength" });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, consultation: { consulted: consulted as ConsultedParty, consultedOn, advice } };
}
