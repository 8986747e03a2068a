import { describe, expect, it } from "vitest";
import { sources as catalogue } from "../../../content/sources";
import {
  checkSources,
  formatCheckedOn,
  formatSourceLine,
  isIsoDate,
  sourceById,
  sourceCitations,
  sourceSchema,
  sources,
  sourcesByIds,
  type Source,
} from "./sources";

const source = (overrides: Partial<Record<keyof Source, unknown>> = {}): Record<string, unknown> => ({
  id: "een-bron",
  title: "Titel",
  publisher: "Uitgever",
  year: 2022,
  url: "https://example.org/bron",
  checkedOn: "2026-12-03",
  kind: "report",
  supports: { nl: "steunt", en: "supports" },
  ...overrides,
});

describe("sourceSchema", () => {
  it("accepts a complete source", () => {
    expect(sourceSchema.safeParse(source()).success).toBe(true);
  });

  it.each([
    ["an id that is not kebab-case", { id: "Een_Bron" }],
    ["a missing title", { title: "" }],
    ["a missing publisher", { publisher: undefined }],
    ["a year that is not a number", { year: "2022" }],
    ["a relative url", { url: "/bronnen" }],
    ["a url that is not a web address", { url: "mailto:info@example.org" }],
    ["no url", { url: undefined }],
    ["a checkedOn that is not a date", { checkedOn: "3 december 2026" }],
    ["a checkedOn that does not exist", { checkedOn: "2026-02-30" }],
    ["an unknown kind", { kind: "blog" }],
    ["supports without English", { supports: { nl: "steunt" } }],
  ])("refuses %s", (_name, overrides) => {
    expect(sourceSchema.safeParse(source(overrides)).success).toBe(false);
  });

  it("refuses unknown fields", () => {
    expect(sourceSchema.safeParse({ ...source(), extra: 1 }).success).toBe(false);
  });
});

describe("checkSources", () => {
  it("names an invalid entry and an id used twice", () => {
    const problems = checkSources([source(), source(), source({ id: "kapot", url: "nergens" })]);
    expect(problems).toContain("sources.ts: id een-bron komt twee keer voor");
    expect(problems.some((problem) => problem.startsWith("sources.ts, kapot: url:"))).toBe(true);
  });

  it("does not crash on entries that are not objects", () => {
    expect(checkSources([null, 3, "x"])).toHaveLength(3);
  });
});

describe("the catalogue in content/sources.ts", () => {
  it("is valid: every source has a title, publisher, year, web address and checkedOn date", () => {
    expect(checkSources(catalogue)).toEqual([]);
  });

  it.each([
    "wgbo",
    "jeugdwet",
    "nvo-beroepscode",
    "wet-meldcode",
    "besluit-meldcode",
    "meldcode-rijksoverheid",
    "wmo-2015-meldrecht",
    "nji-comensha-registratie",
    "comensha",
    "politie-avim",
    "veilig-thuis",
    "centrum-seksueel-geweld",
    "nrm-schatting-2017",
    "nrm-schatting-2021",
    "ckm-2021",
    "ckm-kijken-met-andere-ogen-2022",
  ])("has %s", (id) => {
    expect(sourceById(id)?.id).toBe(id);
  });

  it("is checked on a real date, not in the future of the catalogue's last review", () => {
    for (const item of sources) {
      expect(isIsoDate(item.checkedOn)).toBe(true);
      expect(item.year).toBeLessThanOrEqual(Number(item.checkedOn.slice(0, 4)));
    }
  });

  it("never says the law obliges a professional to report", () => {
    for (const item of sources) {
      expect(item.supports.nl).not.toMatch(/melden is verplicht|de wet verplicht je/i);
    }
  });
});

describe("lookups and formatting", () => {
  it("finds sources by id in the order asked and leaves out unknown ids", () => {
    expect(sourcesByIds(["veilig-thuis", "bestaat-niet", "wgbo"]).map((item) => item.id)).toEqual([
      "veilig-thuis",
      "wgbo",
    ]);
    expect(sourceById("bestaat-niet")).toBeUndefined();
  });

  it("writes one line with title, publisher and year", () => {
    expect(formatSourceLine({ title: "Kijken met andere ogen", publisher: "CKM", year: 2022 })).toBe(
      "‘Kijken met andere ogen’, CKM, 2022",
    );
  });

  it("writes the checked-on date in words without moving the day", () => {
    expect(formatCheckedOn("2026-12-03", "nl")).toBe("3 december 2026");
    expect(formatCheckedOn("2026-12-03", "en")).toBe("3 December 2026");
    expect(formatCheckedOn("geen datum", "nl")).toBe("geen datum");
  });
});

describe("sourceCitations", () => {
  const pages = [
    {
      section: "kennisbank",
      id: "melden",
      title: "Melden",
      lang: null,
      sources: ["wgbo", "wgbo"],
      figures: ["f1"],
    },
    {
      section: "kennisbank",
      id: "cijfers",
      title: "Cijfers",
      lang: null,
      sources: [],
      figures: ["f1", "f2"],
    },
    { section: "ouders", id: "hulp", title: "Hulp", lang: "nl", sources: ["wgbo"], figures: ["f3"] },
  ];

  it("lists the pages citing a source once each, in content order", () => {
    const citations = sourceCitations(pages, []);
    expect(citations.get("wgbo")?.pages).toEqual([
      { href: "/kennisbank/melden", title: "Melden", lang: null },
      { href: "/ouders/hulp", title: "Hulp", lang: "nl" },
    ]);
    expect(citations.get("jeugdwet")).toBeUndefined();
  });

  it("links a figure to the knowledge page with the most figures that shows it, or to nothing", () => {
    const citations = sourceCitations(pages, [
      { id: "f1", sourceId: "ckm-2021", text: "1 cijfer" },
      { id: "f3", sourceId: "ckm-2021", text: "3 cijfers" },
    ]);
    expect(citations.get("ckm-2021")?.figures).toEqual([
      { id: "f1", href: "/kennisbank/cijfers#cijfer-f1", text: "1 cijfer" },
      { id: "f3", href: null, text: "3 cijfers" },
    ]);
  });
});
