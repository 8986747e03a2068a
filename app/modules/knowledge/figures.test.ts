import { describe, expect, it } from "vitest";
import { readContent } from "./content-files.server";
import {
  figureSchema,
  formatFigurePeriod,
  formatFigureValue,
  groupFigures,
  toFigureView,
  type Figure,
} from "./figures";
import { sourceById } from "./sources";

const { figures } = readContent();

const figure = (overrides: Partial<Figure>): Figure => ({
  id: "f",
  topic: "scale",
  unit: "count",
  value: 1,
  label: { nl: "label", en: "label" },
  year: 2020,
  sourceId: "comensha-beeld-2020",
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

describe("formatFigurePeriod and toFigureView", () => {
  it("writes one year, or a period with a dash", () => {
    expect(formatFigurePeriod({ year: 2019 })).toBe("2019");
    expect(formatFigurePeriod({ year: 2014, yearTo: 2015 })).toBe("2014–2015");
  });

  it("gives the page the value, label, period and the source from the catalogue", () => {
    const view = toFigureView(
      figure({ value: 5000, valueTo: 7500, year: 2014, yearTo: 2015, sourceId: "nrm-schatting-2017" }),
      "nl",
    );
    expect(view).toMatchObject({ value: "5.000–7.500", period: "2014–2015", isPeriod: true });
    expect(view.source).toMatchObject({ id: "nrm-schatting-2017", year: 2017, checkedOn: "3 december 2026" });
  });

  it("has no source (rather than crashing) for an id outside the catalogue", () => {
    expect(toFigureView(figure({ sourceId: "bestaat-niet" }), "en").source).toBeNull();
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
    { name: "a period", input: { year: 2014, yearTo: 2015 }, valid: true },
    { name: "a period that runs backwards", input: { year: 2015, yearTo: 2014 }, valid: false },
    { name: "a source id that is not kebab-case", input: { sourceId: "Bron X" }, valid: false },
  ])("$name: valid = $valid", ({ input, valid }) => {
    expect(figureSchema.safeParse(figure(input)).success).toBe(valid);
  });

  it.each([
    ["without a source id", "sourceId"],
    ["without a year", "year"],
  ])("refuses a figure %s", (_name, key) => {
    const { [key as keyof Figure]: _left, ...rest } = figure({});
    expect(figureSchema.safeParse(rest).success).toBe(false);
  });

  it("refuses a year of null (every figure has a year)", () => {
    expect(figureSchema.safeParse({ ...figure({}), year: null }).success).toBe(false);
  });

  it("refuses the old shape with a source object instead of a source id", () => {
    const { sourceId: _sourceId, ...rest } = figure({});
    expect(figureSchema.safeParse({ ...rest, source: { publisher: "CoMensha" } }).success).toBe(false);
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
    ["comensha-minors-2020", 68, 2020],
    ["comensha-young-adults-2020", 152, 2020],
    ["criminal-registered-victims", 68, 2022],
    ["estimated-victims-per-year", 5000, 2014],
    ["estimated-victims-per-year-2018-2019", 5000, 2018],
    ["schools-worried", 55, 2020],
    ["perpetrators-young", 52, 2024],
  ])("%s is %d (%d), as in the source", (id, value, year) => {
    const entry = figures.find((item) => item.id === id);
    expect([entry?.value, entry?.year]).toEqual([value, year]);
  });

  it("gives every figure a year and a source from the catalogue", () => {
    for (const entry of figures) {
      expect(Number.isInteger(entry.year), entry.id).toBe(true);
      expect(sourceById(entry.sourceId), `${entry.id}: ${entry.sourceId}`).toBeDefined();
    }
  });

  it("gives both estimates their period, with the published estimate as source", () => {
    const first = figures.find((entry) => entry.id === "estimated-victims-per-year");
    const later = figures.find((entry) => entry.id === "estimated-victims-per-year-2018-2019");
    expect(first).toMatchObject({ year: 2014, yearTo: 2015, valueTo: 7500, sourceId: "nrm-schatting-2017" });
    expect(first?.label.nl).toMatch(/vijf keer/);
    expect(later).toMatchObject({
      year: 2018,
      yearTo: 2019,
      approximation: "about",
      sourceId: "nrm-schatting-2021",
    });
    expect(later?.label.nl).toMatch(/vier keer/);
  });

  it("says the 68 registered victims of criminal exploitation were Dutch", () => {
    const entry = figures.find((item) => item.id === "criminal-registered-victims");
    expect(entry?.label.nl).toMatch(/^Nederlandse slachtoffers/);
    expect(entry?.label.en).toMatch(/^Dutch victims/);
  });
});
