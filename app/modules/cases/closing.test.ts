import { describe, expect, it } from "vitest";
import { closeBlockers, closeCheck, closeStep } from "./closing";

describe("closeStep", () => {
  it.each([
    ["open", "professional", false, "closed"],
    ["open", "professional", true, "awaiting_approval"],
    ["open", "safeguarding_officer", true, "closed"],
    ["closing", "professional", true, "not_allowed"],
    ["closing", "safeguarding_officer", true, "closed"],
    ["closed", "safeguarding_officer", false, "not_allowed"],
  ] as const)("%s case, %s, approval %s → %s", (status, role, approval, expected) => {
    expect(closeStep(status, role, approval)).toBe(expected);
  });
});

describe("closeBlockers", () => {
  const allDone = [1, 2, 3, 4, 5].map((step) => ({ step, status: "done" as const }));
  const report = { suspicion: "yes", unsafety: "yes" } as const;

  it("finds nothing open when every step is done or skipped and no report is needed", () => {
    const steps = allDone.map((step) => (step.step === 3 ? { ...step, status: "skipped" as const } : step));
    expect(closeBlockers({ steps, route: "meldcode", framework: {}, reportKinds: [] })).toEqual([]);
  });

  it("lists each open step", () => {
    const steps = allDone.map((step) => (step.step >= 4 ? { ...step, status: "open" as const } : step));
    expect(closeBlockers({ steps, route: "meldcode", framework: {}, reportKinds: [] })).toEqual([
      { kind: "step", step: 4 },
      { kind: "step", step: 5 },
    ]);
  });

  it("asks for the Veilig Thuis report on the Meldcode route when the outcome is report", () => {
    expect(closeBlockers({ steps: allDone, route: "meldcode", framework: report, reportKinds: [] })).toEqual([
      { kind: "report_veilig_thuis" },
    ]);
    expect(
      closeBlockers({ steps: allDone, route: "meldcode", framework: report, reportKinds: ["police"] }),
    ).toEqual([{ kind: "report_veilig_thuis" }]);
    expect(
      closeBlockers({ steps: allDone, route: "meldcode", framework: report, reportKinds: ["veilig_thuis"] }),
    ).toEqual([]);
  });

  it("does not ask for a Veilig Thuis report on the adult route or when the outcome is not report", () => {
    expect(closeBlockers({ steps: allDone, route: "adult", framework: report, reportKinds: [] })).toEqual([]);
    expect(
      closeBlockers({
        steps: allDone,
        route: "meldcode",
        framework: { suspicion: "yes", unsafety: "no", canHelp: "yes" },
        reportKinds: [],
      }),
    ).toEqual([]);
  });
});

describe("closeCheck", () => {
  const open = [{ kind: "step", step: 2 }] as const;
  it.each([
    [[], false, false, "ok"],
    [[], true, false, "ok"],
    [open, false, false, "confirm"],
    [open, false, true, "ok"],
    [open, true, false, "refused"],
    [open, true, true, "refused"],
  ] as const)(
    "%j, requires complete %s, confirmed %s → %s",
    (blockers, requiresComplete, confirmed, expected) => {
      expect(closeCheck(blockers, requiresComplete, confirmed)).toBe(expected);
    },
  );
});
