import type { MessageKey } from "../../i18n";
import { frameworkConsequence, type FrameworkAnswers } from "./decision-framework";
import type { CaseRoute } from "./route";
import { steps, type StepNumber } from "./step-plan";
import type { CaseStatus, StepStatus, TaskKind } from "./tables";

/**
 * The next step of a case (pure): where it stands in the five Meldcode steps
 * and the one thing to do now, by when, with the page that does it.
 *
 * Order of the rules:
 * 1. closed → "Gesloten op …", nothing to do;
 * 2. waiting for approval to close → the owner waits (no button), a
 *    safeguarding officer judges the request;
 * 3. an urgent task (urgent advice, report to Veilig Thuis, sent back, and
 *    for an officer approving a closing) that is due today or overdue;
 * 4. the first open step (step 1 without any assessment: fill in a list
 *    first; step 4 answered with "no suspicion": close; step 5 on the
 *    Meldcode route with the report outcome and no report to Veilig Thuis
 *    yet: report);
 * 5. all steps done → close the case.
 *
 * Time is passed in (`today`, YYYY-MM-DD).
 */
export interface NextStepTask {
  kind: TaskKind;
  /** YYYY-MM-DD */
  dueOn: string;
  /** For an urgent-advice task: the id of the advice it follows up. */
  detail?: string | null;
}

export interface NextStepFacts {
  caseId: string;
  status: CaseStatus;
  /** YYYY-MM-DD, for a closed case. */
  closedOn: string | null;
  route: CaseRoute;
  steps: ReadonlyArray<{ step: StepNumber; status: StepStatus }>;
  /** The framework answers saved in step 4. */
  framework: FrameworkAnswers;
  /** Open tasks of the case. */
  tasks: readonly NextStepTask[];
  hasAssessment: boolean;
  consultations: number;
  /** A report to Veilig Thuis is recorded. */
  veiligThuisReported: boolean;
  /** The viewer may judge a closing request (a safeguarding officer). */
  canApproveClosing: boolean;
}

export type NextActionKind =
  "task" | "assess" | "step" | "report" | "close" | "await_approval" | "approve_closing" | "closed";

export interface NextAction {
  kind: NextActionKind;
  /** The "Nu doen" sentence. */
  labelKey: MessageKey;
  /** The text of the button; absent when there is nothing to press. */
  buttonKey?: MessageKey;
  href?: string;
  /** YYYY-MM-DD */
  dueOn?: string;
  overdue?: boolean;
  /** For an urgent-advice task: the advice to follow up, so the panel can name it. */
  adviceId?: string;
}

export interface NextStep {
  stepsDone: number;
  /** The first step that is not done or skipped; null when all are. */
  currentStep: StepNumber | null;
  steps: ReadonlyArray<{ step: StepNumber; status: StepStatus }>;
  action: NextAction;
  /** For a closed case: the day it was closed. */
  closedOn?: string;
}

/** Tasks that come before the steps when they are due. */
const urgentKinds: readonly TaskKind[] = [
  "urgent_advice",
  "report_veilig_thuis",
  "send_back",
  "approve_closing",
];

const taskLabels: Partial<Record<TaskKind, { labelKey: MessageKey; buttonKey: MessageKey }>> = {
  urgent_advice: { labelKey: "nextStep.task.urgentAdvice", buttonKey: "nextStep.button.tasks" },
  report_veilig_thuis: { labelKey: "nextStep.task.reportVeiligThuis", buttonKey: "nextStep.button.report" },
  send_back: { labelKey: "nextStep.task.sendBack", buttonKey: "nextStep.button.close" },
  approve_closing: { labelKey: "nextStep.approve", buttonKey: "nextStep.button.approve" },
};

const stepLabels: Record<StepNumber, MessageKey> = {
  1: "nextStep.step1",
  2: "nextStep.step2",
  3: "nextStep.step3",
  4: "nextStep.step4",
  5: "nextStep.step5",
};

const stepButtons: Record<StepNumber, MessageKey> = {
  1: "nextStep.button.step1",
  2: "nextStep.button.step2",
  3: "nextStep.button.step3",
  4: "nextStep.button.step4",
  5: "nextStep.button.step5",
};

function withDue(action: NextAction, dueOn: string | undefined, today: string): NextAction {
  if (!dueOn) return action;
  return { ...action, dueOn, overdue: dueOn < today };
}

export function nextStep(facts: NextStepFacts, today: string): NextStep {
  const base = `/casussen/${facts.caseId}`;
  const stepList = steps.map((step) => ({
    step,
    status: facts.steps.find((row) => row.step === step)?.status ?? ("open" as const),
  }));
  const finished = (status: StepStatus) => status === "done" || status === "skipped";
  const stepsDone = stepList.filter((row) => finished(row.status)).length;
  const currentStep = stepList.find((row) => !finished(row.status))?.step ?? null;
  const result = (action: NextAction): NextStep => ({ stepsDone, currentStep, steps: stepList, action });

  if (facts.status === "closed") {
    return {
      ...result({ kind: "closed", labelKey: "nextStep.closedNoDate" }),
      ...(facts.closedOn ? { closedOn: facts.closedOn } : {}),
    };
  }
  if (facts.status === "closing") {
    if (!facts.canApproveClosing) return result({ kind: "await_approval", labelKey: "nextStep.await" });
    const task = facts.tasks.find((candidate) => candidate.kind === "approve_closing");
    return result(
      withDue(
        {
          kind: "approve_closing",
          labelKey: "nextStep.approve",
          buttonKey: "nextStep.button.approve",
          href: `${base}/afsluiten`,
        },
        task?.dueOn,
        today,
      ),
    );
  }

  const due = facts.tasks
    .filter(
      (task) =>
        urgentKinds.includes(task.kind) &&
        task.dueOn <= today &&
        (task.kind !== "approve_closing" || facts.canApproveClosing),
    )
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))[0];
  if (due) {
    const labels = taskLabels[due.kind]!;
    const href =
      due.kind === "report_veilig_thuis"
        ? `${base}/meldingen/veilig-thuis`
        : due.kind === "urgent_advice"
          ? `${base}#taken-casus`
          : `${base}/afsluiten`;
    const advice = due.kind === "urgent_advice" && due.detail ? { adviceId: due.detail } : {};
    return result(withDue({ kind: "task", ...labels, href, ...advice }, due.dueOn, today));
  }

  const consequence = frameworkConsequence(facts.framework);
  const stepDone = (step: StepNumber) => finished(stepList[step - 1]!.status);
  if (stepDone(4) && consequence.kind === "close" && currentStep !== null) {
    return result({
      kind: "close",
      labelKey: "nextStep.closeNoSuspicion",
      buttonKey: "nextStep.button.close",
      href: `${base}/afsluiten`,
    });
  }
  const reportNeeded =
    facts.route === "meldcode" && consequence.kind === "report" && !facts.veiligThuisReported;
  if (currentStep === 5 && stepDone(4) && reportNeeded) {
    const task = facts.tasks
      .filter((candidate) => candidate.kind === "report_veilig_thuis")
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1))[0];
    return result(
      withDue(
        {
          kind: "report",
          labelKey: "nextStep.reportVeiligThuis",
          buttonKey: "nextStep.button.report",
          href: `${base}/meldingen/veilig-thuis`,
        },
        task?.dueOn,
        today,
      ),
    );
  }
  if (currentStep === 1 && !facts.hasAssessment) {
    return result({
      kind: "assess",
      labelKey: "nextStep.assess",
      buttonKey: "nextStep.button.assess",
      href: `${base}#signaleringen`,
    });
  }
  if (currentStep !== null) {
    return result({
      kind: "step",
      labelKey:
        currentStep === 2 && facts.consultations > 0 ? "nextStep.step2Finish" : stepLabels[currentStep],
      buttonKey: stepButtons[currentStep],
      href: `${base}/stappen/${currentStep}`,
    });
  }
  return result({
    kind: "close",
    labelKey: "nextStep.close",
    buttonKey: "nextStep.button.close",
    href: `${base}/afsluiten`,
  });
}
