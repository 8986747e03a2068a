import { describe, expect, it } from "vitest";
import { readContent } from "./content-files.server";
import { figureSchema, formatFigureSource, formatFigureValue, groupFigures, type Figure } from "./figures";

const { figures } = readContent();

const figure = (overrides: Partial<Figure>): Figure => ({
  id: "f",
  topic: "scale",
  unit: "count",
  value: 1,
  label: { nl: "label", en: "label" },
  year: 2020,
  source: { publisher: "CoMensha" },
  ...overrides,
});

describe("formatFigureValue", () => {
  it.each([
    { input: { unit: "count" as const, value: 1372 }, nl: "1.372", en: "1,372" },
    { input: { unit: "count" as const, value: 68 }, nl: "68", en: "68" },
    { input: { unit: "count" as const, value: 5000, valueTo: 7500 }, nl: "5.000–7.500", en: "5,000–7,500" },
    {
      input: { unit: "count" as const, value: 2500, approximation: "about" as const },
      nl: "ongeveer 2.500",
      en: "about 2,500",
    },
    { input: { unit: "percent" as const, value: 52 }, nl: "52%", en: "52%" },
    { input: { unit: "fraction" as const, value: 0.5 }, nl: "de helft", en: "half" },
    {
      input: { unit: "fraction" as const, value: 1 / 3, approximation: "more-than" as const },
      nl: "ruim een derde",
      en: "more than a third",
    },
    {
      input: { unit: "percent" as const, value: 10, approximation: "more-than" as const },
      nl: "meer dan 10%",
      en: "more than 10%",
    },
  ])("$nl / $en", ({ input, nl, en }) => {
    expect(formatFigureValue(figure(input), "nl")).toBe(nl);
    expect(formatFigureValue(figure(input), "en")).toBe(en);
  });
});

describe("formatFigureSource", () => {
  it.each([
    {
      source: { publisher: "CoMensha", note: { nl: "registratie", en: "registration" } },
      nl: "CoMensha (registratie)",
    },
    {
      source: { publisher: "CKM", reportTitle: "Kijken met andere ogen" },
      nl: "‘Kijken met andere ogen’, CKM",
    },
    { source: { reportTitle: "Brede blik op daderschap" }, nl: "‘Brede blik op daderschap’" },
  ])("$nl", ({ source, nl }) => {
    expect(formatFigureSource(figure({ source }), "nl")).toBe(nl);
  });
});

describe("figureSchema", () => {
  it.each([
    { name: "a plain count", input: {}, valid: true },
    { name: "a range of counts", input: { value: 5000, valueTo: 7500 }, valid: true },
    { name: "a range that runs backwards", input: { value: 7500, valueTo: 5000 }, valid: false },
    {
      name: "a range of percentages",
      input: { unit: "percent" as const, value: 10, valueTo: 20 },
      valid: false,
    },
    { name: "a fraction without words", input: { unit: "fraction" as const, value: 0.25 }, valid: false },
    { name: "a source without publisher or title", input: { source: {} }, valid: false },
    { name: "no year (the source names none)", input: { year: null }, valid: true },
  ])("$name: valid = $valid", ({ input, valid }) => {
    expect(figureSchema.safeParse(figure(input)).success).toBe(valid);
  });
});

describe("groupFigures", () => {
  it("orders topics as fixed, keeps content order within a topic and leaves out empty topics", () => {
    const grouped = groupFigures([
      figure({ id: "v", topic: "victims" }),
      figure({ id: "r2", topic: "registrations", year: 2021 }),
      figure({ id: "s", topic: "scale" }),
      figure({ id: "r1", topic: "registrations", year: 2019 }),
    ]);
    expect(grouped.map((group) => [group.topic, group.figures.map((entry) => entry.id)])).toEqual([
      ["scale", ["s"]],
      ["registrations", ["r2", "r1"]],
      ["victims", ["v"]],
    ]);
  });
});

describe("figures content (content/figures.yaml)", () => {
  it("is valid, with unique ids", () => {
    for (const entry of figures) {
      const result = figureSchema.safeParse(entry);
      expect(result.success, `${entry.id}: ${result.error?.message ?? ""}`).toBe(true);
    }
    expect(new Set(figures.map((entry) => entry.id)).size).toBe(figures.length);
  });

  it.each([
    ["comensha-registrations-2019", 1372, 2019],
    ["comensha-registrations-2020", 1013, 2020],
    ["comensha-registrations-2021", 791, 2021],
    ["comensha-minors-2016", 227, 2016],
    ["comensha-minors-2020", 152, 2020],
    ["schools-worried", 55, 2020],
    ["perpetrators-young", 52, 2024],
  ])("%s is %d (%d), as in the source", (id, value, year) => {
    const entry = figures.find((item) => item.id === id);
    expect([entry?.value, entry?.year]).toEqual([value, year]);
  });
});
