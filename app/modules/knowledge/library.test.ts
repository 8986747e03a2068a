import { describe, expect, it } from "vitest";
import { readContent } from "./content-files.server";
import {
  checkLibrary,
  filterLibrary,
  libraryFacets,
  libraryItemTypes,
  parseLibraryFilters,
  sortLibrary,
  type LibraryItem,
} from "./library";

const item = (
  id: string,
  type: LibraryItem["type"],
  year?: number,
  extra: Partial<LibraryItem> = {},
): LibraryItem => ({
  id,
  type,
  title: id,
  ...(year === undefined ? {} : { year }),
  audience: ["professionals"],
  forms: ["general"],
  summary: { nl: "Samenvatting.", en: "Summary." },
  ...extra,
});

describe("sortLibrary", () => {
  it.each([
    {
      name: "newest year first, no year last",
      items: [item("none", "video"), item("r2020", "report", 2020), item("r2024", "report", 2024)],
      expected: ["r2024", "r2020", "none"],
    },
    {
      name: "same year: type order, then content order",
      items: [item("r", "report", 2022), item("t2", "tool", 2022), item("t1", "tool", 2022)],
      expected: ["t2", "t1", "r"],
    },
    {
      name: "without a year the content order stays (a video series keeps its order)",
      items: [item("v1", "video"), item("w", "webinar"), item("v2", "video")],
      expected: ["w", "v1", "v2"],
    },
    { name: "no items", items: [], expected: [] },
  ])("$name", ({ items, expected }) => {
    expect(sortLibrary(items).map((entry) => entry.id)).toEqual(expected);
  });

  it("does not change its input", () => {
    const items = [item("old", "report", 2020), item("new", "report", 2024)];
    sortLibrary(items);
    expect(items.map((entry) => entry.id)).toEqual(["old", "new"]);
  });
});

describe("parseLibraryFilters", () => {
  it.each([
    { query: "", filters: {}, invalid: [] },
    { query: "soort=report&jaar=2022", filters: { type: "report", year: 2022 }, invalid: [] },
    {
      query: "voor=parents&onderwerp=criminal",
      filters: { audience: "parents", form: "criminal" },
      invalid: [],
    },
    { query: "jaar=onbekend", filters: { year: "onbekend" }, invalid: [] },
    { query: "soort=&jaar=", filters: {}, invalid: [] },
    { query: "soort=blog&jaar=twintig", filters: {}, invalid: ["type", "year"] },
    { query: "jaar=1850", filters: {}, invalid: ["year"] },
  ])("?$query", ({ query, filters, invalid }) => {
    expect(parseLibraryFilters(new URLSearchParams(query))).toEqual({ filters, invalid });
  });
});

describe("filterLibrary and libraryFacets", () => {
  const items = [
    item("a", "report", 2022, { forms: ["criminal"], audience: ["education"] }),
    item("b", "report", 2021, { forms: ["sexual"] }),
    item("c", "video", undefined, { forms: ["sexual"], audience: ["parents"] }),
  ];

  it("keeps only items that pass every filter", () => {
    expect(filterLibrary(items, { type: "report" }).map((entry) => entry.id)).toEqual(["a", "b"]);
    expect(filterLibrary(items, { type: "report", form: "sexual" }).map((entry) => entry.id)).toEqual(["b"]);
    expect(filterLibrary(items, { year: "onbekend" }).map((entry) => entry.id)).toEqual(["c"]);
  });

  it("counts each option with the other filters applied, not its own", () => {
    const facets = libraryFacets(items, { form: "sexual" });
    expect(facets.type).toEqual([
      { value: "video", count: 1 },
      { value: "report", count: 1 },
    ]);
    expect(facets.form).toEqual([
      { value: "sexual", count: 2 },
      { value: "criminal", count: 1 },
    ]);
    expect(facets.year).toEqual([
      { value: 2022, count: 0 },
      { value: 2021, count: 1 },
      { value: "onbekend", count: 1 },
    ]);
  });
});

describe("checkLibrary", () => {
  it.each([
    { name: "valid", items: [item("a", "tool")], problems: 0 },
    { name: "duplicate id", items: [item("a", "tool"), item("a", "report", 2020)], problems: 1 },
    { name: "unknown type", items: [{ ...item("a", "tool"), type: "blog" }], problems: 1 },
    { name: "no audience", items: [{ ...item("a", "tool"), audience: [] }], problems: 1 },
    { name: "no form of exploitation", items: [{ ...item("a", "tool"), forms: [] }], problems: 1 },
    {
      name: "a link that is not https",
      items: [item("a", "tool", 2020, { url: "http://example.org" })],
      problems: 1,
    },
    {
      name: "summary missing in English",
      items: [{ ...item("a", "tool"), summary: { nl: "Tekst." } }],
      problems: 1,
    },
  ])("$name: $problems problem(s)", ({ items, problems }) => {
    expect(checkLibrary(items)).toHaveLength(problems);
  });
});

describe("library content (content/library.yaml)", () => {
  const { library } = readContent();

  it("is valid and has unique ids", () => {
    expect(checkLibrary(library)).toEqual([]);
  });

  it("has at least one item of every type", () => {
    expect(new Set(library.map((entry) => entry.type))).toEqual(new Set(libraryItemTypes));
  });

  it("has no links: the source gives none we can check", () => {
    expect(library.filter((entry) => entry.url !== undefined)).toEqual([]);
    expect(JSON.stringify(library)).not.toMatch(/https?:\/\/|www\./);
  });

  it("gives every report a year", () => {
    expect(library.filter((entry) => entry.type === "report" && entry.year === undefined)).toEqual([]);
  });

  // Every organisation-independent item the source page names, by title.
  it.each([
    "Met open ogen",
    "Pak uitbuiting aan",
    "Werken aan een goede samenwerking tussen zorgprofessionals en politie",
    "Hoe meld je (vermoedelijke) slachtoffers bij CoMensha",
    "Hoe was jouw dag online?",
    "LVB en Mensenhandel (trailer)",
    "Mensenhandel in beeld",
    "Als je je leven niet meer in eigen hand hebt",
    "Als je kind slachtoffer is van mensenhandel",
    "Vraaggesprek met Xavier Moonen",
    "In gesprek met Herman Bolhaar",
    "In gesprek met Yassin Dagdag",
    "Kennisdossier Jeugd-ggz voor slachtoffers van seksuele uitbuiting",
    "Dossier Mensenhandel – seksuele uitbuiting",
    "11VB",
    "Stappenplan bij vermoedens van uitbuiting",
    "Kwetsbaarheden, signalen en beschermende factoren jongens",
    "11VB Signaleringstool: analyse",
    "Vlaggensysteem op een bordje",
    "BUIT in de klas",
    "Verdiepingstraining MEE",
    "Docententraining: Mensenhandel (niet) op school",
    "Na de daad",
    "Brede blik op daderschap",
    "Uitbuiting & LVB. Knelpunten en aanbevelingen voor een effectievere aanpak",
    "Dadermonitor mensenhandel 2017-2021",
    "Maatwerk voor meiden",
    "Kijken met andere ogen",
    "Brede blik op slachtofferschap",
    "Mensenhandel zichtbaar maken",
    "Het misdrijf voorbij",
    "Slachtoffermonitor mensenhandel 2016-2020",
    "Signalering en registratie: Slachtoffers mensenhandel in de jeugdhulpverlening",
    "Dader of slachtoffer?",
  ])("has “%s”", (title) => {
    expect(library.some((entry) => entry.title.startsWith(title))).toBe(true);
  });

  it.each([
    ["rapport-brede-blik-op-daderschap", 2024],
    ["rapport-uitbuiting-en-lvb-knelpunten", 2023],
    ["rapport-kijken-met-andere-ogen", 2022],
    ["rapport-het-misdrijf-voorbij", 2021],
    ["rapport-dader-of-slachtoffer", 2020],
  ])("%s is from %d, as in the source", (id, year) => {
    expect(library.find((entry) => entry.id === id)?.year).toBe(year);
  });
});
