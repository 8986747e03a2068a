import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { allNo } from "../screening/testing";
import { evaluateInstrument } from "../screening/evaluate";
import { adviceRules, findInstrument } from "../screening/instruments";
import { urgentAdviceIds } from "./urgent-advice";

const t = translator("nl");
const definition = findInstrument("signalen-seksuele-uitbuiting")!;
const evaluate = (context: { acuteDanger?: boolean; recentSexualViolence?: boolean }) =>
  evaluateInstrument(
    definition,
    { answers: allNo(definition), context },
    { rules: adviceRules, fittingServices: [], t },
  );

describe("urgent advice becomes a task", () => {
  it("takes the advice that is for now or today, once per rule, in the advice's order", () => {
    expect(
      urgentAdviceIds([
        { id: "acuut-gevaar", urgency: "now" },
        { id: "duidelijk-veilig-thuis", urgency: "today" },
        { id: "mogelijk-overleg", urgency: "soon" },
        { id: "geen-alert", urgency: "later" },
        { id: "acuut-gevaar", urgency: "now" },
      ]),
    ).toEqual(["acuut-gevaar", "duidelijk-veilig-thuis"]);
  });

  it("acute danger and recent sexual violence give urgent advice; no signals and no danger give none", () => {
    expect(urgentAdviceIds(evaluate({}).advice)).toEqual([]);
    const urgent = urgentAdviceIds(evaluate({ acuteDanger: true, recentSexualViolence: true }).advice);
    expect(urgent).toContain("acuut-gevaar");
    expect(urgent).toContain("seksueel-geweld-recent");
  });
});
