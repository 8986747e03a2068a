/**
 * The decision framework (afwegingskader) of Meldcode step 4, pure. Five
 * yes/no questions; the answers lead to the framework's outcome:
 *
 * 1. Is there a suspicion?                          no  → close and record
 * 2. Acute or structural unsafety?                  yes → report to Veilig Thuis
 * 3. Can I offer or organise sufficient help?       no  → report
 * 4. Do the people involved accept that help?       no  → report
 * 5. Does the help lead to the needed result in time? no → report (again)
 *
 * "Report" is the professional norm (meldnorm) of the organisation's
 * meldcode, not a legal duty: the law obliges organisations to have a
 * meldcode with this framework (docs/domain.md, "Meldnorm and meldrecht").
 * `reportNorm` says whether the outcome is that norm. Reporting without it is
 * still allowed (the meldrecht).
 *
 * Questions after a decisive answer do not matter for the consequence (with
 * acute unsafety the rest is answered together with Veilig Thuis).
 */
export const frameworkQuestions = ["suspicion", "unsafety", "canHelp", "accepted", "inTime"] as const;
export type FrameworkQuestion = (typeof frameworkQuestions)[number];
export type FrameworkAnswer = "yes" | "no";
export type FrameworkAnswers = Partial<Record<FrameworkQuestion, FrameworkAnswer>>;

export type FrameworkConsequence =
  /** Not all questions needed so far are answered. */
  | { kind: "incomplete"; next: FrameworkQuestion }
  | { kind: "close"; reportNorm: false; decidedBy: "suspicion" }
  | { kind: "report"; reportNorm: true; decidedBy: "unsafety" | "canHelp" | "accepted" | "inTime" }
  /** Help is organised; keep checking whether it works (question 5 still open, or answered yes). */
  | { kind: "help"; reportNorm: false; checkInTime: boolean };

/** The answer that decides each question, and what it decides. */
const decisive: ReadonlyArray<{ question: FrameworkQuestion; answer: FrameworkAnswer }> = [
  { question: "suspicion", answer: "no" },
  { question: "unsafety", answer: "yes" },
  { question: "canHelp", answer: "no" },
  { question: "accepted", answer: "no" },
  { question: "inTime", answer: "no" },
];

export function frameworkConsequence(answers: FrameworkAnswers): FrameworkConsequence {
  for (const { question, answer } of decisive) {
    const given = answers[question];
    if (given === undefined) {
      // Question 5 can only be answered once the help has run for a while.
      if (question === "inTime") return { kind: "help", reportNorm: false, checkInTime: true };
      return { kind: "incomplete", next: question };
    }
    if (given === answer) {
      if (question === "suspicion") return { kind: "close", reportNorm: false, decidedBy: "suspicion" };
      return { kind: "report", reportNorm: true, decidedBy: question };
    }
  }
  return { kind: "help", reportNorm: false, checkInTime: false };
}

/** Reads the five answers from a form (`q-<question>` = yes/no); anything else counts as unanswered. */
export function frameworkAnswersFrom(get: (name: string) => unknown): FrameworkAnswers {
  const answers: FrameworkAnswers = {};
  for (const question of frameworkQuestions) {
    const value = get(`q-${question}`);
    if (value === "yes" || value === "no") answers[question] = value;
  }
  return answers;
}
