import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { readContent, writeContent } from "./content-files.server";
import {
  getLibraryItem,
  getPage,
  listFigures,
  listLibraryItems,
  listPages,
  listRevisions,
  readStoredContent,
  savePage,
} from "./knowledge.server";

describe(`knowledge content in the database on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const files = readContent();
  beforeAll(async () => {
    await runSeeds(database.db, { includeDemo: false });
  });

  it("seeds every page, library item and figure from content/", async () => {
    const stored = await readStoredContent(database.db);
    expect(stored.pages).toHaveLength(files.pages.length);
    expect(await listLibraryItems(database.db)).toEqual(files.library);
    expect(await listFigures(database.db)).toEqual(files.figures);
  });

  it("keeps pages of different sections with the same id apart", async () => {
    const knowledge = await getPage(database.db, "kennisbank", "wat-is-uitbuiting", "nl");
    const youth = await getPage(database.db, "jongeren", "wat-is-uitbuiting", "nl");
    expect(knowledge?.section).toBe("kennisbank");
    expect(youth?.section).toBe("jongeren");
    expect(knowledge?.body).not.toBe(youth?.body);
  });

  it("gives the reader's language, or Dutch when there is no translation", async () => {
    expect((await getPage(database.db, "jongeren", "hulp", "en"))?.title).toBe("Need help?");
    expect((await getPage(database.db, "kennisbank", "daders", "en"))?.locale).toBe("nl");
    const youth = await listPages(database.db, "jongeren", "en");
    expect(youth.map((page) => page.locale)).toEqual(youth.map(() => "en"));
    expect(youth.map((page) => page.order)).toEqual(
      [...youth.map((page) => page.order)].sort((a, b) => a - b),
    );
  });

  it("returns the review date as written, in every time zone", async () => {
    expect((await getPage(database.db, "kennisbank", "daders", "nl"))?.reviewed).toBe("2026-12-01");
  });

  it("keeps a revision history: a change adds a revision, the same content adds none", async () => {
    const page = await getPage(database.db, "kennisbank", "daders", "nl");
    if (!page) throw new Error("pagina ontbreekt");
    const { revision: _revision, ...content } = page;
    expect(await savePage(database.db, content)).toBe(false);
    expect(await savePage(database.db, { ...content, title: "Daders (herzien)" })).toBe(true);
    expect((await getPage(database.db, "kennisbank", "daders", "nl"))?.revision).toBe(2);
    const history = await listRevisions(database.db, "knowledge_page", "kennisbank/daders", "nl");
    expect(history.map((entry) => [entry.revision, entry.origin])).toEqual([
      [1, "seed"],
      [2, "editor"],
    ]);
    // Seeding again with force restores the file's version as a third revision.
    await runSeeds(database.db, { force: true, includeDemo: false });
    expect((await getPage(database.db, "kennisbank", "daders", "nl"))?.title).toBe("Daders");
    expect(await listRevisions(database.db, "knowledge_page", "kennisbank/daders", "nl")).toHaveLength(3);
  });

  it("exports what is in the database back to files that read in as the same content", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-export-"));
    try {
      const stored = await readStoredContent(database.db);
      writeContent(stored, dir);
      const again = readContent(dir);
      expect(again.library).toEqual(stored.library);
      expect(again.figures).toEqual(stored.figures);
      const key = (page: { section: string; id: string; locale: string }) =>
        `${page.section}/${page.id}.${page.locale}`;
      const sorted = (pages: typeof stored.pages) => [...pages].sort((a, b) => (key(a) < key(b) ? -1 : 1));
      expect(sorted(again.pages)).toEqual(sorted(stored.pages));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stores the sources of a page and gives them back", async () => {
    const page = await getPage(database.db, "kennisbank", "kerncijfers", "nl");
    expect(page?.sources).toEqual(files.pages.find((entry) => entry.id === "kerncijfers")?.sources);
    expect(page?.sources).toContain("nrm-schatting-2017");
  });

  it("survives rows in the shape before figures had a source id and pages had sources, and the seeder rewrites them", async () => {
    const oldFigure = {
      id: "comensha-minors-2020",
      topic: "registrations",
      unit: "count",
      value: 152,
      label: { nl: "minderjarige mogelijke slachtoffers", en: "possible victims under 18" },
      year: null,
      source: { publisher: "CoMensha", note: { nl: "registratie", en: "registration" } },
    };
    // As an older version wrote them: the row and its latest revision in the old shape.
    await database.db
      .updateTable("knowledge_figure")
      .set({ data: JSON.stringify(oldFigure) })
      .where("id", "=", oldFigure.id)
      .execute();
    const latest = await listRevisions(database.db, "knowledge_figure", oldFigure.id, "");
    await database.db
      .insertInto("content_revision")
      .values({
        entity: "knowledge_figure",
        entity_id: oldFigure.id,
        locale: "",
        revision: latest.length + 1,
        data: JSON.stringify(oldFigure),
        origin: "seed",
        author_id: null,
        note: null,
      })
      .execute();
    const pageHistory = await listRevisions(database.db, "knowledge_page", "kennisbank/kerncijfers", "nl");
    const { sources: _sources, ...oldPage } = pageHistory.at(-1)?.data as Record<string, unknown>;
    await database.db
      .insertInto("content_revision")
      .values({
        entity: "knowledge_page",
        entity_id: "kennisbank/kerncijfers",
        locale: "nl",
        revision: pageHistory.length + 1,
        data: JSON.stringify(oldPage),
        origin: "seed",
        author_id: null,
        note: null,
      })
      .execute();
    await sql`update knowledge_page set related = (related::jsonb - 'sources')::json where id = 'kerncijfers'`.execute(
      database.db,
    );
    await database.db
      .updateTable("knowledge_figure")
      .set({ data: JSON.stringify({ id: "schools-worried", unit: "onbekend" }) })
      .where("id", "=", "schools-worried")
      .execute();

    // Nothing crashes: the old figure and the row that fits no schema are left out, the page has no sources yet.
    const shown = await listFigures(database.db);
    expect(shown.map((figure) => figure.id)).not.toContain(oldFigure.id);
    expect(shown.map((figure) => figure.id)).not.toContain("schools-worried");
    expect(shown.length).toBe(files.figures.length - 2);
    expect((await getPage(database.db, "kennisbank", "kerncijfers", "nl"))?.sources).toEqual([]);

    // A database seeded by the previous version (knowledge/content 1) gets the new content at the next start.
    await database.db
      .updateTable("seed_run")
      .set({ version: 1 })
      .where("name", "=", "knowledge/content")
      .execute();
    await runSeeds(database.db, { includeDemo: false });
    expect(await listFigures(database.db)).toEqual(
      files.figures.filter((figure) => figure.id !== "schools-worried"),
    );
    expect((await getPage(database.db, "kennisbank", "kerncijfers", "nl"))?.sources).toContain(
      "nrm-schatting-2017",
    );
  });

  it("rejects a library item that breaks the rules, and writes nothing", async () => {
    const item = await getLibraryItem(database.db, "podcast-na-de-daad");
    expect(item).toBeDefined();
    const { saveLibraryItem } = await import("./knowledge.server");
    await expect(
      saveLibraryItem(database.db, { ...item!, url: "http://niet-zeker.example" }, 0),
    ).rejects.toThrow();
    expect((await getLibraryItem(database.db, "podcast-na-de-daad"))?.url).toBeUndefined();
  });
});
