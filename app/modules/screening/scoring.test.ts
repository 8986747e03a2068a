import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { allItems, isRiskItem, type AnswerValue, type SignalsDefinition } from "./definition";
import { findInstrument, instruments } from "./instruments";
import { bandOrder, explainSignals, scoreSignals } from "./scoring";
import { allNo, answersArbitrary } from "./testing";

const t = translator("nl");
const signalInstruments = instruments.filter((d): d is SignalsDefinition => d.kind === "signals");
const rank = (band: string) => bandOrder.indexOf(band as (typeof bandOrder)[number]);

function instrument(id: string): SignalsDefinition {
  const definition = findInstrument(id);
  if (definition?.kind !== "signals") throw new Error(`geen signalenlijst: ${id}`);
  return definition;
}

describe.each(signalInstruments.map((definition) => [definition.id, definition] as const))(
  "scoring %s",
  (_id, definition) => {
    const redFlags = allItems(definition).filter((item) => item.type === "signal" && item.redFlag);

    it("gives `none` when every signal is answered no", () => {
      const score = scoreSignals(definition, allNo(definition));
      expect(score.band).toBe("none");
      expect(score.total).toBe(0);
      expect(score.completeness).toBe(1);
      expect(score.redFlags).toEqual([]);
    });

    it("gives `insufficient` when nothing is answered, or everything is unknown", () => {
      expect(scoreSignals(definition, {}).band).toBe("insufficient");
      expect(scoreSignals(definition, {}).completeness).toBe(0);
      const unknown = Object.fromEntries(
        allItems(definition)
          .filter((item) => item.type === "signal")
          .map((item) => [item.id, "unknown"]),
      );
      expect(scoreSignals(definition, unknown).band).toBe("insufficient");
    });

    it("has at least one red flag, and each red flag alone gives `clear`", () => {
      expect(redFlags.length).toBeGreaterThan(0);
      for (const item of redFlags) {
        const score = scoreSignals(definition, { [item.id]: "yes" });
        expect(score.band, item.id).toBe("clear");
        expect(score.redFlags).toEqual([item.id]);
      }
    });

    it("reports every domain with score, maximum, answered and unknown", () => {
      const score = scoreSignals(definition, allNo(definition));
      expect(score.domains.map((domain) => domain.id)).toEqual(definition.domains.map((domain) => domain.id));
      for (const domain of score.domains) {
        expect(domain.unknown).toBe(0);
        expect(domain.score).toBe(0);
      }
      expect(score.max).toBeGreaterThan(definition.scoring.clearFrom);
    });

    it("explains a red flag in words, naming the signal", () => {
      const item = redFlags[0]!;
      const lines = explainSignals(definition, scoreSignals(definition, { [item.id]: "yes" }), t);
      expect(lines[0]).toContain("zwaar signaal");
      expect(lines[0]).toContain(item.text);
    });
  },
);

describe("typical mixed cases", () => {
  const sexual = instrument("signalen-seksuele-uitbuiting");
  const criminal = instrument("signalen-criminele-uitbuiting");
  const parents = instrument("quickscan-ouders");

  it.each<[string, SignalsDefinition, Record<string, AnswerValue>, string, number]>([
    [
      "a few signals in different areas: possible concern",
      sexual,
      { "nieuwe-oudere-vriend": "yes", "geheim-telefoon": "yes", weggelopen: "yes" },
      "possible",
      5,
    ],
    [
      "running away with a follow-up that adds up: clear concern",
      sexual,
      {
        "nieuwe-oudere-vriend": "yes",
        weggelopen: "yes",
        "terug-met-spullen": "yes",
        "onverklaard-geld": "yes",
        cadeaus: "yes",
        veranderd: "yes",
      },
      "clear",
      10,
    ],
    [
      "a follow-up answered while it does not apply is ignored",
      sexual,
      { weggelopen: "no", "terug-met-spullen": "yes", "nieuwe-oudere-vriend": "yes" },
      "none",
      2,
    ],
    [
      "protective factors lower the score",
      sexual,
      {
        "nieuwe-oudere-vriend": "yes",
        "geheim-telefoon": "yes",
        weggelopen: "yes",
        "vertrouwde-volwassene": "yes",
        "stabiel-thuis": "yes",
      },
      "none",
      3,
    ],
    [
      "an ordinal scale and a multiple choice count with their weights",
      criminal,
      { "nachten-weg": "vaker", gevonden: ["veel-contant-geld", "wapen"], "meerdere-telefoons": "yes" },
      "possible",
      7,
    ],
    [
      "drug running with a bank card handed over: clear concern",
      criminal,
      { "drugs-gevonden": "yes", oproepbaar: "yes", "bankpas-afgegeven": "yes", schulden: "yes" },
      "clear",
      9,
    ],
    [
      "a parent sees a second phone and nights away: possible concern",
      parents,
      { "tweede-telefoon": "yes", "nachten-weg": "yes" },
      "possible",
      4,
    ],
  ])("%s", (_label, definition, answers, band, total) => {
    const score = scoreSignals(definition, { ...allNo(definition), ...answers });
    expect(score.band).toBe(band);
    expect(score.total).toBe(total);
  });

  it("never counts unknown as no: too many unknowns give `insufficient`, not `none`", () => {
    const answers: Record<string, AnswerValue> = allNo(parents);
    for (const id of ["nieuwe-vriend", "oude-vrienden", "geheim", "tweede-telefoon", "nieuwe-spullen"])
      answers[id] = "unknown";
    const score = scoreSignals(parents, answers);
    expect(score.completeness).toBe(0.44);
    expect(score.band).toBe("insufficient");
    const lines = explainSignals(parents, score, t);
    expect(lines.join(" ")).toContain("te weinig bekend");
  });

  it("explains which areas and signals drove the band", () => {
    const score = scoreSignals(sexual, {
      ...allNo(sexual),
      "nieuwe-oudere-vriend": "yes",
      weggelopen: "yes",
      "geheim-telefoon": "yes",
    });
    const text = explainSignals(sexual, score, t).join("\n");
    expect(text).toContain("Signalen bij Contacten en relaties");
    expect(text).toContain("Weglopen en vermissing");
    expect(text).toContain("De score is 5 van de");
  });
});

describe("scoring properties", () => {
  for (const definition of signalInstruments) {
    const riskSignals = allItems(definition).filter((item) => item.type === "signal" && isRiskItem(item));
    const signals = allItems(definition).filter((item) => item.type === "signal");

    it(`${definition.id}: changing a risk signal from no to yes never lowers the score or the band`, () => {
      fc.assert(
        fc.property(answersArbitrary(definition), fc.constantFrom(...riskSignals), (answers, item) => {
          const before = scoreSignals(definition, { ...answers, [item.id]: "no" });
          const after = scoreSignals(definition, { ...answers, [item.id]: "yes" });
          expect(after.total).toBeGreaterThanOrEqual(before.total);
          expect(rank(after.band)).toBeGreaterThanOrEqual(rank(before.band));
        }),
      );
    });

    it(`${definition.id}: unknown never scores higher than no`, () => {
      fc.assert(
        fc.property(answersArbitrary(definition), fc.constantFrom(...signals), (answers, item) => {
          const no = scoreSignals(definition, { ...answers, [item.id]: "no" });
          const unknown = scoreSignals(definition, { ...answers, [item.id]: "unknown" });
          expect(unknown.total).toBeLessThanOrEqual(no.total);
          expect(rank(unknown.band)).toBeLessThanOrEqual(rank(no.band));
        }),
      );
    });

    it(`${definition.id}: a red flag answered yes always gives clear`, () => {
      const redFlags = allItems(definition).filter((item) => item.type === "signal" && item.redFlag);
      fc.assert(
        fc.property(answersArbitrary(definition), fc.constantFrom(...redFlags), (answers, item) => {
          expect(scoreSignals(definition, { ...answers, [item.id]: "yes" }).band).toBe("clear");
        }),
      );
    });

    it(`${definition.id}: scoring is deterministic, whatever the order of the answers`, () => {
      fc.assert(
        fc.property(answersArbitrary(definition), (answers) => {
          const reversed = Object.fromEntries(Object.entries(answers).reverse());
          expect(scoreSignals(definition, reversed)).toEqual(scoreSignals(definition, answers));
          expect(explainSignals(definition, scoreSignals(definition, answers), t)).toEqual(
            explainSignals(definition, scoreSignals(definition, reversed), t),
          );
        }),
      );
    });
  }
});
