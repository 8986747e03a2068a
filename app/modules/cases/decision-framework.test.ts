import { describe, expect, it } from "vitest";
import { frameworkAnswersFrom, frameworkConsequence, type FrameworkAnswers } from "./decision-framework";

describe("frameworkConsequence", () => {
  const cases: Array<[string, FrameworkAnswers, ReturnType<typeof frameworkConsequence>]> = [
    ["nothing answered", {}, { kind: "incomplete", next: "suspicion" }],
    [
      "no suspicion: close and record",
      { suspicion: "no" },
      { kind: "close", reportNorm: false, decidedBy: "suspicion" },
    ],
    [
      "no suspicion wins over later answers",
      { suspicion: "no", unsafety: "yes" },
      { kind: "close", reportNorm: false, decidedBy: "suspicion" },
    ],
    ["suspicion, unsafety not answered", { suspicion: "yes" }, { kind: "incomplete", next: "unsafety" }],
    [
      "acute or structural unsafety: report obligatory",
      { suspicion: "yes", unsafety: "yes" },
      { kind: "report", reportNorm: true, decidedBy: "unsafety" },
    ],
    [
      "unsafety decides even if help is possible",
      { suspicion: "yes", unsafety: "yes", canHelp: "yes", accepted: "yes", inTime: "yes" },
      { kind: "report", reportNorm: true, decidedBy: "unsafety" },
    ],
    [
      "cannot organise sufficient help: report",
      { suspicion: "yes", unsafety: "no", canHelp: "no" },
      { kind: "report", reportNorm: true, decidedBy: "canHelp" },
    ],
    [
      "help not accepted: report",
      { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "no" },
      { kind: "report", reportNorm: true, decidedBy: "accepted" },
    ],
    [
      "accepted not answered",
      { suspicion: "yes", unsafety: "no", canHelp: "yes" },
      { kind: "incomplete", next: "accepted" },
    ],
    [
      "help accepted, result not known yet: help and check",
      { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "yes" },
      { kind: "help", reportNorm: false, checkInTime: true },
    ],
    [
      "help works in time: help, no report",
      { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "yes", inTime: "yes" },
      { kind: "help", reportNorm: false, checkInTime: false },
    ],
    [
      "help does not work in time: report (again)",
      { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "yes", inTime: "no" },
      { kind: "report", reportNorm: true, decidedBy: "inTime" },
    ],
  ];
  it.each(cases)("%s", (_, answers, expected) => {
    expect(frameworkConsequence(answers)).toEqual(expected);
  });

  it("reads yes/no answers from a form and ignores anything else", () => {
    const form = new Map<string, unknown>([
      ["q-suspicion", "yes"],
      ["q-unsafety", "maybe"],
      ["q-canHelp", "no"],
    ]);
    expect(frameworkAnswersFrom((name) => form.get(name))).toEqual({ suspicion: "yes", canHelp: "no" });
  });
});
