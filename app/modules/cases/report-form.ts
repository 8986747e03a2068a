import type { MessageKey } from "../../i18n";
import { isIsoDate } from "./consent";

/**
 * The report pages (pure): which summaries exist, their addresses, and the
 * check of "I have reported" (date, reference) before it is recorded.
 */
export const reportPages = { "veilig-thuis": "veilig_thuis", comensha: "comensha" } as const;
export type ReportKindPage = (typeof reportPages)[keyof typeof reportPages];

export function reportKindFromSlug(slug: string | undefined): ReportKindPage | undefined {
  return slug === "veilig-thuis" || slug === "comensha" ? reportPages[slug] : undefined;
}

export const maxReferenceLength = 80;

export interface ReportProblem {
  field: "reportedOn" | "reference";
  message: MessageKey;
}

export function checkReport(
  input: { reportedOn: string; reference: string },
  birthYear: number | null,
  today: string,
): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (!isIsoDate(input.reportedOn)) problems.push({ field: "reportedOn", message: "cases.error.date" });
  else if (input.reportedOn > today)
    problems.push({ field: "reportedOn", message: "cases.error.dateFuture" });
  else if (birthYear !== null && Number(input.reportedOn.slice(0, 4)) < birthYear) {
    problems.push({ field: "reportedOn", message: "cases.consent.error.beforeBirth" });
  }
  if (input.reference.trim().length > maxReferenceLength) {
    problems.push({ field: "reference", message: "cases.step5.error.reference" });
  }
  return problems;
}
