import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
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
