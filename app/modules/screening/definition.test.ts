import { describe, expect, it } from "vitest";
import sexualJson from "../../../content/instruments/signalen-seksuele-uitbuiting.json";
import { definitionSchema } from "./definition";
import { instruments, loadInstruments } from "./instruments";

const messages = (json: unknown) => {
  const result = definitionSchema.safeParse(json);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

type Json = {
  domains: Array<{ items: Array<Record<string, unknown>> }>;
  [key: string]: unknown;
};
const clone = () => structuredClone(sexualJson) as unknown as Json;

describe("instrument definitions (content/instruments)", () => {
  it("loads the four instruments, each versioned and with a disclaimer", () => {
    expect(instruments.map((definition) => [definition.id, definition.audience])).toEqual([
      ["signalen-seksuele-uitbuiting", "professional"],
      ["signalen-criminele-uitbuiting", "professional"],
      ["quickscan-ouders", "parent"],
      ["vlaggen", "professional"],
    ]);
    for (const definition of instruments) {
      expect(definition.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(definition.disclaimer).toMatch(/gevalideerde test/);
    }
  });

  it("the sexual exploitation list has eleven attention areas plus protective factors", () => {
    const sexual = instruments[0]!;
    const areas = sexual.domains.filter(
      (domain) => !domain.protective && domain.items.some((item) => item.type === "signal"),
    );
    expect(areas).toHaveLength(11);
    expect(sexual.domains.some((domain) => domain.protective)).toBe(true);
  });

  it("the parents' quickscan is short, in easy language, one question per screen", () => {
    const quickscan = instruments[2]!;
    expect(quickscan.languageLevel).toBe("A2");
    expect(quickscan.oneQuestionPerScreen).toBe(true);
    expect(quickscan.domains.flatMap((domain) => domain.items).length).toBeLessThanOrEqual(12);
  });

  it.each<[string, (json: ReturnType<typeof clone>) => void, string]>([
    [
      "a duplicate item id",
      (json) => json.domains[1]!.items.push({ ...json.domains[0]!.items[0]! }),
      "twee keer",
    ],
    [
      "an enableWhen on a later item",
      (json) => {
        json.domains[0]!.items[0]!.enableWhen = {
          conditions: [{ question: "veranderd", operator: "equals", answer: "yes" }],
        };
      },
      "geen eerdere vraag",
    ],
    [
      "an enableWhen answer the item cannot have",
      (json) => {
        json.domains[1]!.items[2]!.enableWhen = {
          conditions: [{ question: "online-onbekenden", operator: "equals", answer: "misschien" }],
        };
      },
      "geen antwoord op",
    ],
    ["a signal with weight 0", (json) => (json.domains[0]!.items[0]!.weight = 0), "gewicht"],
    ["a disclaimer that claims nothing", (json) => (json.disclaimer = "Handig."), "gevalideerde"],
    [
      "thresholds in the wrong order",
      (json) => (json.scoring = { possibleFrom: 5, clearFrom: 3, minimumCompleteness: 0.6 }),
      "clearFrom",
    ],
    ["an unknown field", (json) => (json.extra = true), ""],
  ])("refuses %s", (_label, change, message) => {
    const json = clone();
    change(json);
    const problems = messages(json);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toContain(message);
  });

  it("stops loading with the file name when a definition is broken", () => {
    const json = clone();
    json.version = "1";
    expect(() => loadInstruments([["kapot.json", json]])).toThrow(
      /content\/instruments\/kapot\.json klopt niet/,
    );
    expect(() =>
      loadInstruments([
        ["a.json", sexualJson],
        ["b.json", sexualJson],
      ]),
    ).toThrow(/twee keer/);
  });
});
