import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { services } from "../../../content/organisations";
import { isPictogramName } from "../../ui/pictograms";
import { checkContent } from "./content";
import { ContentError, defaultContentDir, readContent, writeContent } from "./content-files.server";
import { markdownLinks } from "./markdown";
import { checkPageText, parsePage, type KnowledgePage } from "./page";

const content = readContent();

const page = (overrides: Partial<KnowledgePage> = {}): KnowledgePage => ({
  id: "test",
  section: "kennisbank",
  locale: "nl",
  title: "Titel",
  summary: "Samenvatting.",
  reviewed: "2026-12-01",
  order: 1,
  printable: false,
  instruments: [],
  services: [],
  library: [],
  figures: [],
  sources: [],
  body: "## Kop\n\nTekst.",
  ...overrides,
});

describe("parsePage", () => {
  const where = { id: "test", locale: "nl" as const, section: "kennisbank" as const };

  it("reads front matter and body", () => {
    const result = parsePage(
      "---\ntitle: T\nsummary: S\nreviewed: 2026-12-01\norder: 2\n---\n\n## Kop\n\nTekst.\n",
      where,
    );
    expect(result.page).toMatchObject({
      title: "T",
      summary: "S",
      order: 2,
      body: "## Kop\n\nTekst.",
      library: [],
    });
  });

  it.each([
    ["no front matter", "## Kop\n\nTekst.", "front matter"],
    ["invalid YAML", "---\ntitle: [\n---\nTekst", "YAML"],
    ["a missing summary", "---\ntitle: T\nreviewed: 2026-12-01\norder: 1\n---\n## Kop", "summary"],
    ["a wrong date", "---\ntitle: T\nsummary: S\nreviewed: 1-12-2026\norder: 1\n---\n## Kop", "JJJJ-MM-DD"],
    [
      "an unknown field",
      "---\ntitle: T\nsummary: S\nreviewed: 2026-12-01\norder: 1\nauteur: X\n---\n## Kop",
      "auteur",
    ],
    [
      "an unknown instrument",
      "---\ntitle: T\nsummary: S\nreviewed: 2026-12-01\norder: 1\ninstruments: [11vb]\n---\n## Kop",
      "instruments",
    ],
  ])("refuses %s, saying what is wrong", (_name, text, word) => {
    const result = parsePage(text, where);
    expect(result.page).toBeUndefined();
    expect(result.problems.join(" ")).toContain(word);
  });
});

describe("checkPageText", () => {
  it.each([
    ["a level-1 heading", { body: "# Kop\n\n## Kop" }, "niveau 1"],
    ["no headings", { body: "Alleen tekst." }, "tussenkoppen"],
    ["a link to another site", { body: "## Kop\n\n[x](https://example.org)" }, "alleen links binnen Zicht"],
    ["a protocol-relative link", { body: "## Kop\n\n[x](//example.org)" }, "alleen links binnen Zicht"],
    ["an image that is not a pictogram", { body: "## Kop\n\n![x](/foto.png)" }, "pictogram"],
    ["the search markers", { summary: "a \u27e6b\u27e7" }, "gereserveerd"],
  ])("refuses %s", (_name, overrides, word) => {
    expect(checkPageText(page(overrides)).join(" ")).toContain(word);
  });

  it("accepts internal links, tel: links and pictograms; youth pages may have no headings", () => {
    expect(
      checkPageText(page({ body: "## K\n\n[a](/bibliotheek) [b](tel:112) ![c](pictogram:gift)" })),
    ).toEqual([]);
    expect(checkPageText(page({ section: "jongeren", body: "Korte tekst." }))).toEqual([]);
  });
});

describe("checkContent", () => {
  it("finds references to library items and figures that do not exist, and translations without a Dutch page", () => {
    const problems = checkContent({
      pages: [
        page({ library: ["bestaat-niet"], figures: ["ook-niet"] }),
        page({ id: "alleen-en", locale: "en" }),
      ],
      library: [],
      figures: [],
    });
    expect(problems).toEqual([
      "kennisbank/test.nl.md: bibliotheek-item bestaat-niet bestaat niet",
      "kennisbank/test.nl.md: cijfer ook-niet bestaat niet",
      "kennisbank/alleen-en.en.md: de Nederlandse versie ontbreekt",
    ]);
  });

  it("refuses a figure whose source is not in the catalogue, and a page citing an unknown source", () => {
    const figure = { ...content.figures[0]!, id: "zonder-bron", sourceId: "bestaat-niet" };
    const problems = checkContent({
      pages: [page({ sources: ["wgbo", "ook-geen-bron"] })],
      library: [],
      figures: [figure],
    });
    expect(problems).toEqual([
      "figures.yaml, zonder-bron: bron bestaat-niet staat niet in content/sources.ts",
      "kennisbank/test.nl.md: bron ook-geen-bron staat niet in content/sources.ts",
    ]);
  });

  it("checks against the catalogue it is given", () => {
    const problems = checkContent({ pages: [page({ sources: ["wgbo"] })], library: [], figures: [] }, []);
    expect(problems).toEqual(["kennisbank/test.nl.md: bron wgbo staat niet in content/sources.ts"]);
  });

  it("reads the sources of a page from its front matter and writes them back", () => {
    const text =
      "---\ntitle: T\nsummary: S\nreviewed: 2026-12-01\norder: 2\nsources:\n  - wgbo\n---\n\n## Kop\n\nTekst.\n";
    const result = parsePage(text, { id: "test", locale: "nl", section: "kennisbank" });
    expect(result.page?.sources).toEqual(["wgbo"]);
  });

  it("readContent refuses a folder with a bad file, naming the file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-content-"));
    try {
      writeContent(content, dir);
      fs.writeFileSync(path.join(dir, "kennisbank", "kapot.nl.md"), "geen front matter");
      expect(() => readContent(dir)).toThrow(ContentError);
      expect(() => readContent(dir)).toThrow(/kennisbank\/kapot\.nl\.md/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the content in content/", () => {
  it("covers the themes of the knowledge base", () => {
    const ids = content.pages.filter((entry) => entry.section === "kennisbank").map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "wat-is-uitbuiting",
        "risico-bij-lvb",
        "werkwijze-ronselaars",
        "signalen",
        "wat-doe-je-bij-een-vermoeden",
        "melden-en-registreren",
        "samenwerken-met-politie-en-justitie",
        "daders",
        "herhaald-slachtofferschap",
        "rol-van-de-gemeente",
        "kerncijfers",
        "hoe-was-jouw-dag-online",
      ]),
    );
  });

  it("gives every knowledge page a 'what can you do' box, except the figures page", () => {
    const without = content.pages.filter((entry) => entry.section === "kennisbank" && !entry.actions);
    expect(without.map((entry) => entry.id)).toEqual(["kerncijfers"]);
  });

  it("has every youth and parent page in Dutch and in English", () => {
    for (const section of ["jongeren", "ouders"] as const) {
      const ids = (locale: string) =>
        content.pages
          .filter((entry) => entry.section === section && entry.locale === locale)
          .map((entry) => entry.id);
      expect(ids("en")).toEqual(ids("nl"));
    }
  });

  it("links only to services of the Wegwijzer that exist", () => {
    const known = new Set(services.map((service) => service.id));
    expect(content.pages.flatMap((entry) => entry.services.filter((id) => !known.has(id)))).toEqual([]);
  });

  it("uses only pictograms that exist, each with an alternative text", () => {
    for (const entry of content.pages) {
      if (entry.pictogram) expect(isPictogramName(entry.pictogram), entry.id).toBe(true);
      for (const image of markdownLinks(entry.body).filter((link) => link.kind === "image")) {
        expect(isPictogramName(image.href.replace("pictogram:", "")), `${entry.id}: ${image.href}`).toBe(
          true,
        );
        expect(image.text.trim(), `${entry.id}: alternatieve tekst`).not.toBe("");
      }
    }
  });

  it("cites sources on every knowledge page with legal statements or figures", () => {
    const withSources = new Set(
      content.pages
        .filter((entry) => entry.section === "kennisbank" && entry.sources.length > 0)
        .map((entry) => entry.id),
    );
    for (const id of [
      "wat-doe-je-bij-een-vermoeden",
      "melden-en-registreren",
      "kerncijfers",
      "samenwerken-met-politie-en-justitie",
      "rol-van-de-gemeente",
      "werkwijze-ronselaars",
      "risico-bij-lvb",
      "daders",
      "herhaald-slachtofferschap",
    ])
      expect(withSources.has(id), id).toBe(true);
  });

  it("cites, on every page, the sources of the figures it shows", () => {
    const sourceOf = new Map(content.figures.map((figure) => [figure.id, figure.sourceId]));
    for (const entry of content.pages)
      for (const id of entry.figures)
        expect(entry.sources, `${entry.section}/${entry.id}: ${id}`).toContain(sourceOf.get(id));
  });

  it("is written in the form `zicht content export` writes, so an export shows only real changes", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-content-"));
    try {
      for (const file of writeContent(content, dir))
        expect(fs.readFileSync(path.join(dir, file), "utf8"), file).toBe(
          fs.readFileSync(path.join(defaultContentDir, file), "utf8"),
        );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
