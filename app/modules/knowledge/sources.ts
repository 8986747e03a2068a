import { formatDate } from "../../i18n/dates";
import { z } from "zod";
import { sources as catalogue } from "../../../content/sources";
import type { Locale } from "../../i18n";

/**
 * The public sources behind Zicht's legal statements and figures, as data.
 * Every source names its title as published, the publisher, the year, a link
 * and the date someone last checked it. The catalogue itself lives in
 * `content/sources.ts` and is reviewed like code. Pure: no I/O.
 */

/** Kinds of source, in the order the /bronnen page shows them. */
export const sourceKinds = ["law", "guidance", "report", "registration", "website"] as const;
export type SourceKind = (typeof sourceKinds)[number];

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True for an absolute http(s) address. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const localizedSchema = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();

export const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "een bron-id bestaat uit kleine letters, cijfers en streepjes");

export const sourceSchema = z
  .object({
    id: sourceIdSchema,
    /** The title as the publisher wrote it (Dutch). */
    title: z.string().trim().min(1).max(300),
    /** Who published the source. */
    publisher: z.string().trim().min(1).max(200),
    /** The year it was published (for a law: the year it was made). */
    year: z.number().int().min(1900).max(2100),
    /** Where to read it. */
    url: z.string().refine(isWebAddress, "een bron heeft een volledig webadres (https://…)"),
    /** The date we last checked the source and its link (YYYY-MM-DD). */
    checkedOn: z.string().refine(isIsoDate, "een datum schrijf je als JJJJ-MM-DD"),
    kind: z.enum(sourceKinds),
    /** What the source supports in Zicht, in our own short words. */
    supports: localizedSchema,
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;

/** The catalogue as written (validated by the content checks and the unit tests). */
export const sources: readonly Source[] = catalogue;

const byId = new Map(sources.map((source) => [source.id, source]));

/** One source of the catalogue, or undefined for an unknown id. */
export function sourceById(id: string): Source | undefined {
  return byId.get(id);
}

/** The sources for these ids, in the order asked; unknown ids are left out. */
export function sourcesByIds(ids: readonly string[]): Source[] {
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Problems in a catalogue: invalid entries and ids used twice. Empty when all is well. */
export function checkSources(list: readonly unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const parsed = sourceSchema.safeParse(entry);
    const id = (entry as { id?: unknown } | null)?.id;
    const name = typeof id === "string" ? id : `bron ${index + 1}`;
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        problems.push(`sources.ts, ${name}: ${issue.path.join(".") || "bron"}: ${issue.message}`);
    if (typeof id === "string") {
      if (seen.has(id)) problems.push(`sources.ts: id ${id} komt twee keer voor`);
      seen.add(id);
    }
  });
  return problems;
}

/** "3 december 2026" / "3 December 2026", from YYYY-MM-DD, without the time zone moving the day. */
export function formatCheckedOn(date: string, locale: Locale): string {
  return isIsoDate(date) ? formatDate(date, locale) : date;
}

/** The source in one line: "‘Titel’, Uitgever, 2022". */
export function formatSourceLine(source: Pick<Source, "title" | "publisher" | "year">): string {
  return `‘${source.title}’, ${source.publisher}, ${source.year}`;
}

/** A source as the pages show it (plain data, so a loader can return it). */
export interface SourceView {
  id: string;
  title: string;
  publisher: string;
  year: number;
  url: string;
  kind: SourceKind;
  /** The checked-on date in words ("3 december 2026"). */
  checkedOn: string;
  supports: string;
}

export function toSourceView(source: Source, locale: Locale): SourceView {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    year: source.year,
    url: source.url,
    kind: source.kind,
    checkedOn: formatCheckedOn(source.checkedOn, locale),
    supports: source.supports[locale],
  };
}

/** A page that may cite sources (and show figures), in the reader's language. */
export interface CitingPage {
  section: string;
  id: string;
  title: string;
  /** Set when the page is in another language than the reader's. */
  lang: string | null;
  sources: readonly string[];
  figures: readonly string[];
}

/** A key figure that cites a source. */
export interface CitingFigure {
  id: string;
  sourceId: string;
  /** The figure in words, e.g. "1.372 mogelijke slachtoffers …". */
  text: string;
}

export interface SourceCitations {
  pages: Array<{ href: string; title: string; lang: string | null }>;
  /** `href` points at the figure on the knowledge page with the most figures that shows it; null when none does. */
  figures: Array<{ id: string; href: string | null; text: string }>;
}

/**
 * Which pages and figures cite each source, derived from the content (never
 * written by hand). A page cites a source through its `sources` front matter;
 * a figure through its `sourceId`. Pages in content order, figures too.
 */
export function sourceCitations(
  pages: readonly CitingPage[],
  figures: readonly CitingFigure[],
): Map<string, SourceCitations> {
  const result = new Map<string, SourceCitations>();
  const entry = (id: string) => {
    let citations = result.get(id);
    if (!citations) result.set(id, (citations = { pages: [], figures: [] }));
    return citations;
  };
  for (const page of pages)
    for (const id of new Set(page.sources))
      entry(id).pages.push({ href: `/${page.section}/${page.id}`, title: page.title, lang: page.lang });
  for (const figure of figures) {
    // The knowledge page that shows the most figures (the figures overview) among those that show this one.
    const shownOn = pages
      .filter((page) => page.section === "kennisbank" && page.figures.includes(figure.id))
      .reduce<CitingPage | undefined>(
        (best, page) => (best && best.figures.length >= page.figures.length ? best : page),
        undefined,
      );
    entry(figure.sourceId).figures.push({
      id: figure.id,
      href: shownOn ? `/kennisbank/${shownOn.id}#cijfer-${figure.id}` : null,
      text: figure.text,
    });
  }
  return result;
}
