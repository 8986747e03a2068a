import { describe, expect, it } from "vitest";
import {
  formValues,
  libraryFormDefaults,
  libraryItemFromRevision,
  lineDiff,
  pageFormDefaults,
  pageFromRevision,
  pageReadability,
  parseBasedOn,
  parseIdList,
  parseLibraryForm,
  parsePageForm,
  readabilityLevel,
} from "./editing";
import type { LibraryItem } from "./library";
import type { KnowledgePage } from "./page";

const stored: KnowledgePage = {
  id: "daders",
  section: "kennisbank",
  locale: "nl",
  title: "Daders",
  summary: "Wie zijn de daders?",
  reviewed: "2026-12-01",
  order: 3,
  printable: false,
  actions: "- Bel [112](tel:112).",
  instruments: ["vlaggen"],
  services: ["comensha"],
  library: ["podcast-na-de-daad"],
  figures: [],
  sources: ["wgbo"],
  body: "## Wie zijn het\n\nDaders zijn vaak jong.",
};

const known = {
  services: new Set(["comensha", "politie-avim"]),
  library: new Set(["podcast-na-de-daad", "rapport-x"]),
  figures: new Set(["slachtoffers-per-jaar"]),
};

describe("the page form", () => {
  it("reads the form back into the same page (round trip of the defaults)", () => {
    const result = parsePageForm(pageFormDefaults(stored), stored, known);
    expect(result).toEqual({ ok: true, page: stored, note: null });
  });

  it("takes section, id, language, order and pictogram from the stored page, not from the form", () => {
    const values = { ...pageFormDefaults(stored), id: "iets-anders", section: "jongeren", order: "9" };
    const result = parsePageForm(values, stored, known);
    expect(result.ok && [result.page.id, result.page.section, result.page.order]).toEqual([
      "daders",
      "kennisbank",
      3,
    ]);
  });

  it("reads related ids one per line or with commas, without doubles, and keeps the change note", () => {
    const values = {
      ...pageFormDefaults(stored),
      library: "rapport-x\r\npodcast-na-de-daad, rapport-x\n\n",
      instruments: ["vlaggen", "quickscan-ouders"],
      note: "  Tekst korter gemaakt  ",
    };
    const result = parsePageForm(values, stored, known);
    expect(result.ok && result.page.library).toEqual(["rapport-x", "podcast-na-de-daad"]);
    expect(result.ok && result.page.instruments).toEqual(["vlaggen", "quickscan-ouders"]);
    expect(result.ok && result.note).toBe("Tekst korter gemaakt");
  });

  it("gives an error per field: empty title, impossible date, unknown ids and instruments, long note", () => {
    const values = {
      ...pageFormDefaults(stored),
      title: "  ",
      reviewed: "2026-02-30",
      library: "bestaat-niet",
      services: "comensha\nnergens",
      instruments: ["vlaggen", "verzonnen"],
      note: "x".repeat(501),
    };
    const result = parsePageForm(values, stored, known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ["instruments", "library", "note", "reviewed", "services", "title"].sort(),
    );
    expect(result.errors.library).toEqual({
      message: "admin.content.error.library",
      details: ["bestaat-niet"],
    });
    expect(result.errors.services?.details).toEqual(["nergens"]);
  });

  it("keeps the page's sources and refuses a source that is not in the catalogue", () => {
    const kept = parsePageForm({ ...pageFormDefaults(stored), sources: "wgbo\njeugdwet" }, stored, known);
    expect(kept.ok && kept.page.sources).toEqual(["wgbo", "jeugdwet"]);
    const refused = parsePageForm(
      { ...pageFormDefaults(stored), sources: "wgbo\nverzonnen-bron" },
      stored,
      known,
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors.sources).toEqual({
      message: "admin.content.error.sources",
      details: ["verzonnen-bron"],
    });
  });

  it("refuses a body that breaks the content rules (raw HTML stays text, but outside links and h1 are refused)", () => {
    const values = {
      ...pageFormDefaults(stored),
      body: "# Titel\n\nZie [hier](https://example.org).",
    };
    const result = parsePageForm(values, stored, known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.body?.message).toBe("admin.content.error.body");
    expect(result.errors.body?.details).toEqual([
      "gebruik geen kop van niveau 1 (#): de titel is de kop",
      "de tekst heeft geen tussenkoppen (##)",
      "link https://example.org: alleen links binnen Zicht (/…) of tel:",
    ]);
  });

  it("refuses an empty body and drops an empty 'wat kun je doen' box", () => {
    const empty = parsePageForm({ ...pageFormDefaults(stored), body: " " }, stored, known);
    expect(empty.ok ? null : empty.errors.body?.message).toBe("admin.content.error.bodyEmpty");
    const noBox = parsePageForm({ ...pageFormDefaults(stored), actions: "" }, stored, known);
    expect(noBox.ok && "actions" in noBox.page).toBe(false);
  });
});

describe("the revision a form is based on", () => {
  it("is a positive whole number, else undefined", () => {
    expect(parseBasedOn({ basedOn: "3" })).toBe(3);
    for (const bad of ["", "0", "-1", "2.5", "abc", "1e3", "99999999999"])
      expect(parseBasedOn({ basedOn: bad })).toBeUndefined();
    expect(parseBasedOn({})).toBeUndefined();
  });
});

describe("form values", () => {
  it("keeps one value as a string and several as a list", () => {
    const form = new FormData();
    form.append("title", "Daders");
    form.append("audience", "care");
    form.append("audience", "parents");
    expect(formValues(form)).toEqual({ title: "Daders", audience: ["care", "parents"] });
  });

  it("parses id lists", () => {
    expect(parseIdList(" a-1,b\n\na-1  c ")).toEqual(["a-1", "b", "c"]);
  });
});

const item: LibraryItem = {
  id: "rapport-x",
  type: "report",
  title: "Rapport X",
  maker: "Kenniscentrum",
  year: 2023,
  audience: ["care", "education"],
  forms: ["criminal"],
  summary: { nl: "Een rapport.", en: "A report." },
  figures: ["slachtoffers-per-jaar"],
};
const figures = new Set(["slachtoffers-per-jaar"]);

describe("the library form", () => {
  it("reads the form back into the same item (with the id from the URL)", () => {
    const values = { ...libraryFormDefaults(item), id: "iets-anders" };
    expect(parseLibraryForm(values, { id: item.id, knownFigures: figures })).toEqual({
      ok: true,
      item,
      note: null,
    });
  });

  it("leaves empty optional fields out (no link unless known)", () => {
    const values = { ...libraryFormDefaults(item), maker: " ", year: "", figures: "", url: "" };
    const result = parseLibraryForm(values, { id: item.id, knownFigures: figures });
    expect(result.ok && result.item).toEqual({
      id: "rapport-x",
      type: "report",
      title: "Rapport X",
      audience: ["care", "education"],
      forms: ["criminal"],
      summary: { nl: "Een rapport.", en: "A report." },
    });
  });

  it("uses the library.yaml validator: field errors for every broken field", () => {
    const values = {
      id: "Niet Goed",
      type: "boek",
      title: "",
      year: "199",
      summaryNl: "",
      summaryEn: "Fine.",
      url: "http://niet-veilig.example",
      figures: "onbekend-cijfer",
    };
    const result = parseLibraryForm(values, { knownFigures: figures });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ["audience", "figures", "forms", "id", "summaryNl", "title", "type", "url", "year"].sort(),
    );
    expect(result.errors.url?.message).toBe("admin.library.error.url");
  });

  it("does not accept 'nieuw' as the id of a new item (that is the form's address)", () => {
    const values = { ...libraryFormDefaults(item), id: "nieuw" };
    const result = parseLibraryForm(values, { knownFigures: figures });
    expect(result.ok ? null : result.errors.id?.message).toBe("admin.library.error.id");
  });
});

describe("revisions as content", () => {
  it("turns a stored page revision back into the page, and a library revision into the item", () => {
    const data = JSON.parse(JSON.stringify(stored)) as unknown;
    expect(pageFromRevision(data, stored)).toEqual(stored);
    expect(libraryItemFromRevision({ ...item, sortOrder: 4 })).toEqual(item);
  });
});

describe("readability in the preview", () => {
  it("uses A2 for young people and B1 for the other sections", () => {
    expect(readabilityLevel("jongeren")).toBe("a2");
    expect(readabilityLevel("ouders")).toBe("b1");
    expect(readabilityLevel("kennisbank")).toBe("b1");
  });

  it("names what is too hard for the level", () => {
    const long =
      "Dit is een zin met heel erg veel woorden die maar doorgaat en doorgaat zonder ooit te stoppen want de schrijver houdt van lange zinnen.";
    const youth = pageReadability({
      ...stored,
      section: "jongeren",
      summary: long,
      body: "Kort.",
      actions: "",
    });
    expect(youth.level).toBe("a2");
    expect(youth.problems.some((problem) => problem.startsWith("een zin van 25 woorden"))).toBe(true);
    const plain = pageReadability({ ...stored, summary: "Dit is kort.", body: "## Kop\n\nOok kort." });
    expect(plain.problems).toEqual([]);
  });
});

describe("the line diff", () => {
  it("marks removed and added lines and keeps the rest", () => {
    expect(lineDiff("a\nb\nc\n", "a\nB\nc\nd\n")).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "B" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
    expect(lineDiff("gelijk\n", "gelijk\n")).toEqual([{ kind: "same", text: "gelijk" }]);
  });
});
