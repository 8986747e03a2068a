import { describe, expect, it } from "vitest";
import { nextStep, type NextStepFacts } from "./next-step";
import type { StepNumber } from "./step-plan";
import type { StepStatus } from "./tables";

const today = "2026-12-03";
const base = "/casussen/c1";

function stepsDone(count: number, skipped: StepNumber[] = []) {
  return ([1, 2, 3, 4, 5] as const).map((step) => ({
    step,
    status: (skipped.includes(step) ? "skipped" : step <= count ? "done" : "open") as StepStatus,
  }));
}

function facts(over: Partial<NextStepFacts> = {}): NextStepFacts {
  return {
    caseId: "c1",
    status: "open",
    closedOn: null,
    route: "meldcode",
    steps: stepsDone(0),
    framework: {},
    tasks: [],
    hasAssessment: false,
    consultations: 0,
    veiligThuisReported: false,
    canApproveClosing: false,
    ...over,
  };
}

const helpAnswers = { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "yes" } as const;
const reportAnswers = { suspicion: "yes", unsafety: "yes" } as const;

describe("nextStep", () => {
  it("a new case without any assessment: fill in a signals list, from the instrument choice", () => {
    const next = nextStep(facts(), today);
    expect(next.stepsDone).toBe(0);
    expect(next.currentStep).toBe(1);
    expect(next.action).toEqual({
      kind: "assess",
      labelKey: "nextStep.assess",
      buttonKey: "nextStep.button.assess",
      href: `${base}#signaleringen`,
    });
    expect(next.steps.map((step) => step.status)).toEqual(["open", "open", "open", "open", "open"]);
  });

  it("step 1 with an assessment goes to the step 1 page", () => {
    const next = nextStep(facts({ hasAssessment: true }), today);
    expect(next.action).toMatchObject({
      kind: "step",
      labelKey: "nextStep.step1",
      href: `${base}/stappen/1`,
    });
  });

  it("the first open step leads: step 2 without and with a consultation, then steps 3 and 4", () => {
    expect(nextStep(facts({ hasAssessment: true, steps: stepsDone(1) }), today).action).toMatchObject({
      kind: "step",
      labelKey: "nextStep.step2",
      buttonKey: "nextStep.button.step2",
      href: `${base}/stappen/2`,
    });
    expect(
      nextStep(facts({ hasAssessment: true, steps: stepsDone(1), consultations: 1 }), today).action.labelKey,
    ).toBe("nextStep.step2Finish");
    const third = nextStep(facts({ hasAssessment: true, steps: stepsDone(2) }), today);
    expect(third.currentStep).toBe(3);
    expect(third.stepsDone).toBe(2);
    expect(third.action.href).toBe(`${base}/stappen/3`);
    expect(nextStep(facts({ hasAssessment: true, steps: stepsDone(3) }), today).action.href).toBe(
      `${base}/stappen/4`,
    );
  });

  it("a skipped step 3 counts as finished", () => {
    const next = nextStep(facts({ hasAssessment: true, steps: stepsDone(2, [3]) }), today);
    expect(next.stepsDone).toBe(3);
    expect(next.currentStep).toBe(4);
  });

  it("a step without a task has no due date", () => {
    const next = nextStep(facts({ hasAssessment: true, steps: stepsDone(1) }), today);
    expect(next.action.dueOn).toBeUndefined();
    expect(next.action.overdue).toBeUndefined();
  });

  it("Meldcode route with the report outcome and no report yet: report to Veilig Thuis, with the task's date", () => {
    const next = nextStep(
      facts({
        hasAssessment: true,
        steps: stepsDone(4),
        framework: reportAnswers,
        tasks: [{ kind: "report_veilig_thuis", dueOn: "2026-12-10" }],
      }),
      today,
    );
    expect(next.currentStep).toBe(5);
    expect(next.action).toEqual({
      kind: "report",
      labelKey: "nextStep.reportVeiligThuis",
      buttonKey: "nextStep.button.report",
      href: `${base}/meldingen/veilig-thuis`,
      dueOn: "2026-12-10",
      overdue: false,
    });
  });

  it("once the report is recorded, step 5 itself comes next", () => {
    const next = nextStep(
      facts({
        hasAssessment: true,
        steps: stepsDone(4),
        framework: reportAnswers,
        veiligThuisReported: true,
      }),
      today,
    );
    expect(next.action).toMatchObject({ kind: "step", href: `${base}/stappen/5` });
  });

  it("the adult route never asks for a Veilig Thuis report: step 5 page", () => {
    const next = nextStep(
      facts({ route: "adult", hasAssessment: true, steps: stepsDone(4), framework: reportAnswers }),
      today,
    );
    expect(next.action).toMatchObject({
      kind: "step",
      labelKey: "nextStep.step5",
      href: `${base}/stappen/5`,
    });
  });

  it("step 4 with no suspicion: close the case", () => {
    const next = nextStep(
      facts({ hasAssessment: true, steps: stepsDone(4), framework: { suspicion: "no" } }),
      today,
    );
    expect(next.action).toMatchObject({ kind: "close", labelKey: "nextStep.closeNoSuspicion" });
    expect(next.action.href).toBe(`${base}/afsluiten`);
  });

  it("all steps done: close the case", () => {
    const next = nextStep(facts({ hasAssessment: true, steps: stepsDone(5), framework: helpAnswers }), today);
    expect(next.stepsDone).toBe(5);
    expect(next.currentStep).toBeNull();
    expect(next.action).toEqual({
      kind: "close",
      labelKey: "nextStep.close",
      buttonKey: "nextStep.button.close",
      href: `${base}/afsluiten`,
    });
  });

  it("an overdue urgent task comes before the steps, marked overdue", () => {
    const next = nextStep(
      facts({
        hasAssessment: true,
        steps: stepsDone(1),
        tasks: [
          { kind: "reassess", dueOn: "2026-11-01" },
          { kind: "urgent_advice", dueOn: "2026-12-01" },
        ],
      }),
      today,
    );
    expect(next.currentStep).toBe(2);
    expect(next.action).toEqual({
      kind: "task",
      labelKey: "nextStep.task.urgentAdvice",
      buttonKey: "nextStep.button.tasks",
      href: `${base}#taken-casus`,
      dueOn: "2026-12-01",
      overdue: true,
    });
  });

  it("an urgent-advice task carries the advice it follows up, so the panel can name it", () => {
    const next = nextStep(
      facts({
        hasAssessment: true,
        tasks: [{ kind: "urgent_advice", dueOn: today, detail: "acuut-gevaar" }],
      }),
      today,
    );
    expect(next.action).toMatchObject({ kind: "task", adviceId: "acuut-gevaar", overdue: false });
  });

  it("a task due today comes first too, not overdue; the earliest due task wins", () => {
    const next = nextStep(
      facts({
        hasAssessment: true,
        tasks: [
          { kind: "send_back", dueOn: today },
          { kind: "report_veilig_thuis", dueOn: "2026-12-02" },
        ],
      }),
      today,
    );
    expect(next.action).toMatchObject({
      kind: "task",
      labelKey: "nextStep.task.reportVeiligThuis",
      href: `${base}/meldingen/veilig-thuis`,
      overdue: true,
    });
    const sendBack = nextStep(facts({ tasks: [{ kind: "send_back", dueOn: today }] }), today);
    expect(sendBack.action).toMatchObject({
      kind: "task",
      labelKey: "nextStep.task.sendBack",
      href: `${base}/afsluiten`,
      dueOn: today,
      overdue: false,
    });
  });

  it("a task due later, or an ordinary task, does not jump the queue", () => {
    const next = nextStep(
      facts({
        tasks: [
          { kind: "urgent_advice", dueOn: "2026-12-04" },
          { kind: "follow_up", dueOn: "2026-11-01" },
        ],
      }),
      today,
    );
    expect(next.action.kind).toBe("assess");
  });

  it("an approve-closing task leads only for a safeguarding officer", () => {
    const tasks = [{ kind: "approve_closing" as const, dueOn: today }];
    expect(nextStep(facts({ tasks }), today).action.kind).toBe("assess");
    expect(nextStep(facts({ tasks, canApproveClosing: true }), today).action).toMatchObject({
      kind: "task",
      labelKey: "nextStep.approve",
      href: `${base}/afsluiten`,
    });
  });

  it("closing: the owner waits without a button; a safeguarding officer judges it", () => {
    const waiting = nextStep(facts({ status: "closing", steps: stepsDone(5) }), today);
    expect(waiting.action).toEqual({ kind: "await_approval", labelKey: "nextStep.await" });
    const officer = nextStep(
      facts({
        status: "closing",
        canApproveClosing: true,
        tasks: [{ kind: "approve_closing", dueOn: "2026-12-01" }],
      }),
      today,
    );
    expect(officer.action).toEqual({
      kind: "approve_closing",
      labelKey: "nextStep.approve",
      buttonKey: "nextStep.button.approve",
      href: `${base}/afsluiten`,
      dueOn: "2026-12-01",
      overdue: true,
    });
  });

  it("closed: read-only, no action, with the day it closed; tasks do not matter", () => {
    const next = nextStep(
      facts({
        status: "closed",
        closedOn: "2026-11-30",
        steps: stepsDone(3),
        tasks: [{ kind: "urgent_advice", dueOn: "2026-11-01" }],
      }),
      today,
    );
    expect(next.action).toEqual({ kind: "closed", labelKey: "nextStep.closedNoDate" });
    expect(next.closedOn).toBe("2026-11-30");
    expect(next.stepsDone).toBe(3);
  });
});
