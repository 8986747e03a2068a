import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { allItems, flagColours, type FlagColour, type FlagsDefinition } from "./definition";
import { explainFlags, flagRank, judgeFlags } from "./flags";
import { findInstrument } from "./instruments";

const definition = findInstrument("vlaggen") as FlagsDefinition;
const criteria = allItems(definition).map((item) => item.id);
const t = translator("nl");

const allGreen = Object.fromEntries(criteria.map((id) => [id, "green"]));

describe("the flag judgement (vlaggen)", () => {
  it("has the six criteria, each judged on four flags, and credits the method's origin", () => {
    expect(criteria).toEqual([
      "toestemming",
      "vrijwilligheid",
      "gelijkwaardigheid",
      "ontwikkeling",
      "situatie",
      "zelfrespect",
    ]);
    expect(definition.credit).toContain("Sensoa");
    for (const flag of flagColours) expect(definition.flags[flag].response.length).toBeGreaterThan(20);
  });

  it.each<[string, Record<string, FlagColour>, FlagColour]>([
    ["all green", {}, "green"],
    ["one yellow", { situatie: "yellow" }, "yellow"],
    ["yellows and a red", { situatie: "yellow", ontwikkeling: "yellow", vrijwilligheid: "red" }, "red"],
    ["five greens and one black", { toestemming: "black" }, "black"],
  ])("%s → the worst criterion", (_label, changes, expected) => {
    const judgement = judgeFlags(definition, { ...allGreen, ...changes });
    expect(judgement.proposedFlag).toBe(expected);
    expect(judgement.flag).toBe(expected);
    expect(judgement.criteria).toHaveLength(6);
    expect(judgement.override).toBeUndefined();
  });

  it("many yellows stay yellow: the flag is never a sum", () => {
    const yellow = Object.fromEntries(criteria.map((id) => [id, "yellow"]));
    expect(judgeFlags(definition, yellow).flag).toBe("yellow");
  });

  it("lets the professional choose another flag, keeping the proposal and the reason", () => {
    const judgement = judgeFlags(
      definition,
      { ...allGreen, situatie: "red" },
      { flag: "yellow", reason: "Besproken in het team: het was een misverstand." },
    );
    expect(judgement).toMatchObject({ flag: "yellow", proposedFlag: "red" });
    const text = explainFlags(definition, judgement, t).join("\n");
    expect(text).toContain("Rode vlag");
    expect(text).toContain("Besproken in het team");
  });

  it("property: the flag is always the worst criterion unless overridden", () => {
    const flag = fc.constantFrom(...flagColours);
    fc.assert(
      fc.property(
        fc.tuple(...criteria.map(() => flag)),
        fc.option(fc.record({ flag, reason: fc.string({ minLength: 1 }) }), { nil: undefined }),
        (flags, override) => {
          const answers = Object.fromEntries(criteria.map((id, index) => [id, flags[index]!]));
          const judgement = judgeFlags(definition, answers, override);
          const worst = Math.max(...flags.map(flagRank));
          expect(flagRank(judgement.proposedFlag)).toBe(worst);
          expect(judgement.flag).toBe(override ? override.flag : judgement.proposedFlag);
        },
      ),
    );
  });
});
