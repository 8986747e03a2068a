import { describe, expect, it } from "vitest";
import { parseStepForm, type StepFacts, type StepNumber } from "./step-plan";

const facts: StepFacts = { assessmentIds: ["a1", "a2"], consultations: 0, framework: {}, route: "meldcode" };
const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};
const problems = (step: StepNumber, entries: Array<[string, string]>, extra: Partial<StepFacts> = {}) => {
  const parsed = parseStepForm(
    step,
    form([["version", "0"], ...entries]),
    { ...facts, ...extra },
    "2026-11-29",
  );
  return parsed.ok ? [] : parsed.problems.map((problem) => `${problem.field}:${problem.message}`);
};

describe("parseStepForm", () => {
  it.each<[string, StepNumber, Array<[string, string]>, Partial<StepFacts>, string[]]>([
    [
      "step 1 done with a linked assessment",
      1,
      [
        ["status", "done"],
        ["assessments", "a1"],
      ],
      {},
      [],
    ],
    ["step 1 done with nothing", 1, [["status", "done"]], {}, ["assessments:cases.step1.error.nothing"]],
    [
      "step 1 with an assessment of another case",
      1,
      [
        ["status", "open"],
        ["assessments", "zz"],
      ],
      {},
      ["assessments:cases.error.choose"],
    ],
    [
      "step 2 done without a consultation",
      2,
      [["status", "done"]],
      {},
      ["consultations:cases.step2.error.noConsultation"],
    ],
    ["step 2 done after a consultation", 2, [["status", "done"]], { consultations: 1 }, []],
    [
      "step 2 cannot be skipped",
      2,
      [
        ["status", "skipped"],
        ["note", "gevaar"],
      ],
      {},
      ["status:cases.error.choose"],
    ],
    [
      "step 3 skipped without a reason",
      3,
      [["status", "skipped"]],
      {},
      ["note:cases.step3.error.skipReason"],
    ],
    [
      "step 3 skipped with a reason",
      3,
      [
        ["status", "skipped"],
        ["note", "Een gesprek brengt de jongere in gevaar."],
      ],
      {},
      [],
    ],
    [
      "step 3 done without the young person",
      3,
      [
        ["status", "done"],
        ["talkedWith", "parents"],
        ["talkedOn", "2026-11-20"],
      ],
      {},
      ["talkedWith:cases.step3.error.youngPerson"],
    ],
    [
      "step 3 done on a future date",
      3,
      [
        ["status", "done"],
        ["talkedWith", "young_person"],
        ["talkedOn", "2026-12-20"],
      ],
      {},
      ["talkedOn:cases.error.dateFuture"],
    ],
    [
      "step 4 done with the framework incomplete",
      4,
      [
        ["status", "done"],
        ["q-suspicion", "yes"],
      ],
      {},
      ["framework:cases.step4.error.incomplete"],
    ],
    [
      "step 4 done with unsafety",
      4,
      [
        ["status", "done"],
        ["q-suspicion", "yes"],
        ["q-unsafety", "yes"],
      ],
      {},
      [],
    ],
    ["step 5 done without a decision", 5, [["status", "done"]], {}, ["decision:cases.step5.error.nothing"]],
    [
      "step 5 help only while the framework says report",
      5,
      [
        ["status", "done"],
        ["help", "yes"],
      ],
      { framework: { suspicion: "yes", unsafety: "yes" } },
      ["decision:cases.step5.error.reportNorm"],
    ],
    [
      "step 5 report without a date",
      5,
      [
        ["status", "done"],
        ["report", "yes"],
        ["reportKind", "veilig_thuis"],
      ],
      {},
      ["reportedOn:cases.error.date"],
    ],
    [
      "step 5 report with date and reference",
      5,
      [
        ["status", "done"],
        ["report", "yes"],
        ["reportKind", "veilig_thuis"],
        ["reportedOn", "2026-11-28"],
        ["reference", "VT-2026-1234"],
      ],
      { framework: { suspicion: "yes", unsafety: "yes" } },
      [],
    ],
  ])("%s", (_, step, entries, extra, expected) => {
    expect(problems(step, entries, extra)).toEqual(expected);
  });

  describe("step 5 against each outcome of the afwegingskader", () => {
    const outcomes = {
      incomplete: { suspicion: "yes" },
      close: { suspicion: "no" },
      "report (unsafety)": { suspicion: "yes", unsafety: "yes" },
      "report (no help possible)": { suspicion: "yes", unsafety: "no", canHelp: "no" },
      "report (help refused)": { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "no" },
      "report (help too slow)": {
        suspicion: "yes",
        unsafety: "no",
        canHelp: "yes",
        accepted: "yes",
        inTime: "no",
      },
      "help, check later": { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "yes" },
      "help works": { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "yes", inTime: "yes" },
    } as const;
    const decisions = {
      help: [["help", "yes"]],
      "Veilig Thuis report": [
        ["report", "yes"],
        ["reportKind", "veilig_thuis"],
        ["reportedOn", "2026-11-28"],
      ],
      "police report": [
        ["report", "yes"],
        ["reportKind", "police"],
        ["reportedOn", "2026-11-28"],
      ],
    } as const;
    const reportNeeded = (outcome: keyof typeof outcomes) => outcome.startsWith("report");
    const cases = Object.keys(outcomes).flatMap((outcome) =>
      Object.keys(decisions).map((decision) => [outcome, decision] as const),
    );
    it.each(cases)("meldcode route: outcome %s, decision %s", (outcome, decision) => {
      const found = problems(
        5,
        [["status", "done"], ...decisions[decision as keyof typeof decisions]] as Array<[string, string]>,
        { framework: outcomes[outcome as keyof typeof outcomes] },
      );
      const expected = !reportNeeded(outcome as keyof typeof outcomes)
        ? []
        : decision === "help"
          ? ["decision:cases.step5.error.reportNorm"]
          : decision === "police report"
            ? ["reportKind:cases.step5.error.veiligThuisNeeded"]
            : [];
      expect(found).toEqual(expected);
    });
    it.each(cases)("adult route: outcome %s, decision %s is accepted", (outcome, decision) => {
      const found = problems(
        5,
        [["status", "done"], ...decisions[decision as keyof typeof decisions]] as Array<[string, string]>,
        { framework: outcomes[outcome as keyof typeof outcomes], route: "adult" },
      );
      expect(found).toEqual([]);
    });
  });

  it("keeps only the structured data of the step", () => {
    const parsed = parseStepForm(
      5,
      form([
        ["version", "3"],
        ["status", "done"],
        ["help", "yes"],
        ["reportKind", "police"],
        ["note", "Hulp via Fier."],
      ]),
      facts,
      "2026-11-29",
    );
    expect(parsed).toEqual({
      ok: true,
      status: "done",
      version: 3,
      note: "Hulp via Fier.",
      data: { help: true, report: false, reportKind: null, reportedOn: null, reference: null },
    });
  });
});
