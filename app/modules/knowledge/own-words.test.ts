import { sources } from "./sources";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { helplines } from "../../../content/helplines";
import { organisations, programs, services } from "../../../content/organisations";
import { findCopiedRuns, sourceIndex } from "./copied-runs";
import { readContent } from "./content-files.server";

/**
 * Every text of the product is our own: no run of 10 or more consecutive
 * words may come from the source page the content was built from. Names and
 * titles (library items, organisations, programmes, services, helplines,
 * pages, instruments) are taken from the content data and do not count.
 *
 * The source page is not part of this repository. It is read from
 * `<repository>/../shared/seed/*.txt` (or from the folder in
 * ZICHT_SOURCE_SEED_DIR); without it this test is skipped, with a message.
 */

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const sourceDir = process.env.ZICHT_SOURCE_SEED_DIR
  ? path.resolve(process.env.ZICHT_SOURCE_SEED_DIR)
  : path.resolve(root, "..", "shared", "seed");
const sourceFiles = fs.existsSync(sourceDir)
  ? fs
      .readdirSync(sourceDir)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => path.join(sourceDir, name))
  : [];
if (sourceFiles.length === 0)
  console.warn(`own-words: no source text in ${sourceDir}; the check for copied passages is skipped.`);

/** Product text: everything in content/ and the interface texts in app/i18n/. */
function productFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|ya?ml|json|ts)$/.test(entry.name)) files.push(full);
    }
  };
  walk(path.join(root, "content"));
  for (const name of fs.readdirSync(path.join(root, "app", "i18n")))
    if (name.endsWith(".ts") && !name.endsWith(".test.ts")) files.push(path.join(root, "app", "i18n", name));
  return files.sort();
}

/** Names and titles of items, from the content data. */
function namesAndTitles(): string[] {
  const content = readContent();
  const names: string[] = [];
  for (const item of content.library)
    names.push(
      item.title,
      ...(item.maker ? [item.maker] : []),
      ...(item.series ? [item.series] : []),
      ...(item.parts ?? []),
    );
  for (const source of sources) names.push(source.title, source.publisher);
  for (const page of content.pages) names.push(page.title);
  for (const organisation of organisations)
    names.push(organisation.name, ...(organisation.alternateName ? [organisation.alternateName] : []));
  for (const program of programs) names.push(program.name);
  for (const service of services) {
    names.push(service.name.nl, service.name.en);
    for (const location of service.locations ?? []) if (location.name) names.push(location.name);
  }
  for (const helpline of helplines) names.push(helpline.name);
  const instrumentDir = path.join(root, "content", "instruments");
  for (const name of fs.readdirSync(instrumentDir).filter((file) => file.endsWith(".json"))) {
    const instrument = JSON.parse(fs.readFileSync(path.join(instrumentDir, name), "utf8")) as {
      title?: unknown;
    };
    if (typeof instrument.title === "string") names.push(instrument.title);
  }
  return names;
}

describe("own words", () => {
  it.skipIf(sourceFiles.length === 0)(
    "no product text shares 10 or more consecutive words with the source page",
    () => {
      const index = sourceIndex(
        sourceFiles.map((file) => fs.readFileSync(file, "utf8")),
        { names: namesAndTitles() },
      );
      expect(index.shingles.size).toBeGreaterThan(0);
      const copied = productFiles().flatMap((file) =>
        findCopiedRuns(fs.readFileSync(file, "utf8"), index).map(
          (run) => `${path.relative(root, file)}:${run.line}: ${run.words.length} woorden: "${run.excerpt}"`,
        ),
      );
      expect(copied, `Overgenomen uit de bronpagina:\n${copied.join("\n")}`).toEqual([]);
    },
  );
});
