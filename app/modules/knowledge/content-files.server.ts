import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { checkContent, type KnowledgeContent } from "./content";
import { figureSchema, type Figure } from "./figures";
import { libraryItemSchema, type LibraryItem } from "./library";
import {
  pageFileName,
  pageSections,
  parsePage,
  parsePageFileName,
  serializePage,
  type KnowledgePage,
} from "./page";

/**
 * Reads and writes the knowledge content files in `content/`:
 * `<section>/<id>.<locale>.md` pages, `library.yaml` and `figures.yaml`.
 */
export const defaultContentDir = path.resolve(import.meta.dirname, "..", "..", "..", "content");

export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`De inhoud in content/ klopt niet:\n- ${problems.join("\n- ")}`);
    this.name = "ContentError";
  }
}

function readYamlList<T>(
  file: string,
  parse: (
    raw: unknown,
  ) =>
    | { success: true; data: T }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } },
  problems: string[],
): T[] {
  const name = path.basename(file);
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, "utf8"));
  } catch (error) {
    problems.push(`${name}: ${(error as Error).message}`);
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push(`${name}: verwacht een lijst`);
    return [];
  }
  const items: T[] = [];
  raw.forEach((entry, index) => {
    const parsed = parse(entry);
    if (parsed.success) items.push(parsed.data);
    else {
      const id = (entry as { id?: unknown } | null)?.id;
      for (const issue of parsed.error.issues)
        problems.push(
          `${name}, ${typeof id === "string" ? id : `item ${index + 1}`}: ${issue.path.join(".")}: ${issue.message}`,
        );
    }
  });
  return items;
}

/**
 * Reads and validates all knowledge content. Throws a ContentError that lists
 * every problem (file, field, message) when anything is wrong.
 */
export function readContent(dir: string = defaultContentDir): KnowledgeContent {
  const problems: string[] = [];
  const pages: KnowledgePage[] = [];
  for (const section of pageSections) {
    const folder = path.join(dir, section);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).sort()) {
      const where = parsePageFileName(name);
      if (!where) {
        problems.push(`${section}/${name}: een pagina heet <id>.nl.md of <id>.en.md`);
        continue;
      }
      const result = parsePage(fs.readFileSync(path.join(folder, name), "utf8"), { ...where, section });
      if (result.page) pages.push(result.page);
      else problems.push(...result.problems.map((problem) => `${section}/${name}: ${problem}`));
    }
  }
  const library = readYamlList<LibraryItem>(
    path.join(dir, "library.yaml"),
    (raw) => libraryItemSchema.safeParse(raw),
    problems,
  );
  const figures = readYamlList<Figure>(
    path.join(dir, "figures.yaml"),
    (raw) => figureSchema.safeParse(raw),
    problems,
  );
  const content = { pages, library, figures };
  problems.push(...checkContent(content));
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

const yamlHeader = (...lines: string[]) =>
  [...lines, "Geladen door de seed (zicht db seed); zicht content export schrijft dit bestand opnieuw."]
    .map((line) => `# ${line}\n`)
    .join("");

/** Writes the content as files in `dir` (pages per section, library.yaml, figures.yaml). Returns the files written. */
export function writeContent(content: KnowledgeContent, dir: string = defaultContentDir): string[] {
  const written: string[] = [];
  const write = (relative: string, text: string) => {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    written.push(relative);
  };
  for (const page of content.pages) write(path.join(page.section, pageFileName(page)), serializePage(page));
  write(
    "library.yaml",
    yamlHeader(
      "Bibliotheek: elk item van de bronpagina LVB & Uitbuiting. Samenvattingen zijn onze eigen tekst.",
      "Een url alleen als het adres zeker klopt.",
    ) +
      stringifyYaml(
        content.library.map((item) => libraryItemSchema.parse(item)),
        { lineWidth: 0 },
      ),
  );
  write(
    "figures.yaml",
    yamlHeader("Kerncijfers, elk met jaar en bron.") +
      stringifyYaml(
        content.figures.map((figure) => figureSchema.parse(figure)),
        { lineWidth: 0 },
      ),
  );
  return written;
}
