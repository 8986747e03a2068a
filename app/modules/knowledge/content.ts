import { checkLibrary, libraryItemSchema, type LibraryItem } from "./library";
import { figureSchema, type Figure } from "./figures";
import { pageSections, type KnowledgePage } from "./page";
import { sources as catalogue, type Source } from "./sources";

/**
 * All knowledge content together, and the checks that span files: unique
 * ids, related library items and figures that exist, figures and pages that
 * cite sources of the catalogue, and every Dutch page present when its
 * English translation is. Pure.
 */
export interface KnowledgeContent {
  pages: KnowledgePage[];
  library: LibraryItem[];
  figures: Figure[];
}

/**
 * Problems across the content; empty when all is well. `sources` is the
 * catalogue of content/sources.ts unless a test passes its own.
 */
export function checkContent(content: KnowledgeContent, sources: readonly Source[] = catalogue): string[] {
  const problems = [...checkLibrary(content.library)];
  const sourceIds = new Set(sources.map((source) => source.id));
  const figureIds = new Set<string>();
  content.figures.forEach((figure, index) => {
    const parsed = figureSchema.safeParse(figure);
    if (!parsed.success)
      problems.push(`figures.yaml, cijfer ${index + 1}: ${parsed.error.issues[0]?.message}`);
    if (figureIds.has(figure.id)) problems.push(`figures.yaml: id ${figure.id} komt twee keer voor`);
    if (typeof figure.sourceId === "string" && !sourceIds.has(figure.sourceId))
      problems.push(`figures.yaml, ${figure.id}: bron ${figure.sourceId} staat niet in content/sources.ts`);
    figureIds.add(figure.id);
  });
  const libraryIds = new Set(content.library.map((item) => item.id));
  for (const item of content.library) {
    for (const id of item.figures ?? [])
      if (!figureIds.has(id)) problems.push(`library.yaml, ${item.id}: cijfer ${id} bestaat niet`);
  }
  const pageKeys = new Set<string>();
  for (const page of content.pages) {
    const file = `${page.section}/${page.id}.${page.locale}.md`;
    const key = `${page.section}/${page.id}/${page.locale}`;
    if (pageKeys.has(key)) problems.push(`${file}: komt twee keer voor`);
    pageKeys.add(key);
    for (const id of page.library)
      if (!libraryIds.has(id)) problems.push(`${file}: bibliotheek-item ${id} bestaat niet`);
    for (const id of page.figures)
      if (!figureIds.has(id)) problems.push(`${file}: cijfer ${id} bestaat niet`);
    for (const id of page.sources ?? [])
      if (!sourceIds.has(id)) problems.push(`${file}: bron ${id} staat niet in content/sources.ts`);
  }
  for (const page of content.pages) {
    if (page.locale !== "nl" && !pageKeys.has(`${page.section}/${page.id}/nl`))
      problems.push(`${page.section}/${page.id}.${page.locale}.md: de Nederlandse versie ontbreekt`);
  }
  return problems;
}

/** The library item as validated content (strips unknown fields, fills defaults). */
export function normaliseLibraryItem(item: unknown): LibraryItem {
  return libraryItemSchema.parse(item);
}

/** Sections in display order, for the export and the seed. */
export const contentSections = pageSections;
