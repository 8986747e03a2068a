import { diffLines } from "diff";
import { stringify as stringifyYaml } from "yaml";
import type { MessageKey } from "../../i18n";
import {
  exploitationForms,
  libraryAudiences,
  libraryItemSchema,
  libraryItemTypes,
  type LibraryItem,
} from "./library";
import {
  checkPageText,
  instrumentIds,
  pageFrontMatterSchema,
  pagePlainText,
  serializePage,
  type KnowledgePage,
  type PageSection,
} from "./page";
import { measureReadability, readabilityLimits, readabilityProblems, type Readability } from "./readability";
import { sourceById } from "./sources";

/**
 * Editing knowledge pages and library items in /beheer: reading the editor's
 * form into content with the same Zod schemas the content files use (one
 * validator), the readability guidance for the preview, and a line diff
 * between two revisions. Pure: no I/O.
 */

/** A field's error: what the editor must fix, and (for the text checks) the content rules it breaks. */
export interface FieldError {
  message: MessageKey;
  details?: string[];
}

export type FormValues = Record<string, string | string[]>;

/** The form's fields as strings (several values for check boxes), from FormData. */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return values;
}

function text(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).replace(/\r\n/g, "\n").trim();
}

function list(values: FormValues, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Ids typed one per line (or separated by commas or spaces): no empty ones, no doubles. */
export function parseIdList(input: string): string[] {
  return [
    ...new Set(
      input
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

/** The change note: optional, at most 500 characters. */
function parseNote(values: FormValues, errors: Record<string, FieldError>): string | null {
  const note = text(values, "note");
  if (note.length > 500) errors.note = { message: "admin.content.error.note" };
  return note === "" ? null : note;
}

/**
 * The revision a form was based on: a positive whole number. Undefined when
 * the form does not say (a forged or broken form: the route answers 400).
 */
export function parseBasedOn(values: FormValues): number | undefined {
  const raw = text(values, "basedOn");
  return /^[1-9][0-9]{0,8}$/.test(raw) ? Number(raw) : undefined;
}

export const pageFields = [
  "title",
  "summary",
  "body",
  "actions",
  "reviewed",
  "instruments",
  "services",
  "library",
  "figures",
  "sources",
  "note",
] as const;
export type PageField = (typeof pageFields)[number];

const pageFieldMessages: Record<Exclude<PageField, "body" | "note">, MessageKey> = {
  title: "admin.content.error.title",
  summary: "admin.content.error.summary",
  actions: "admin.content.error.actions",
  reviewed: "admin.content.error.reviewed",
  instruments: "admin.content.error.instruments",
  services: "admin.content.error.services",
  library: "admin.content.error.library",
  figures: "admin.content.error.figures",
  sources: "admin.content.error.sources",
};

/** Ids a page may refer to; anything else is refused (sources: the catalogue in content/sources.ts). */
export interface KnownIds {
  services: ReadonlySet<string>;
  library: ReadonlySet<string>;
  figures: ReadonlySet<string>;
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export type PageFormResult =
  | { ok: true; page: KnowledgePage; note: string | null }
  | { ok: false; errors: Partial<Record<PageField, FieldError>> };

/**
 * The editor's page form as a page. The form edits title, summary, body,
 * "wat kun je doen", review date and related items; the rest (section, id,
 * language, order, pictogram, print layout) comes from the stored page.
 */
export function parsePageForm(values: FormValues, stored: KnowledgePage, known: KnownIds): PageFormResult {
  const errors: Partial<Record<PageField, FieldError>> = {};
  const note = parseNote(values, errors);
  const actions = text(values, "actions");
  const candidate = {
    title: text(values, "title"),
    summary: text(values, "summary"),
    reviewed: text(values, "reviewed"),
    order: stored.order,
    ...(stored.pictogram ? { pictogram: stored.pictogram } : {}),
    printable: stored.printable,
    ...(actions === "" ? {} : { actions }),
    instruments: list(values, "instruments"),
    services: parseIdList(text(values, "services")),
    library: parseIdList(text(values, "library")),
    figures: parseIdList(text(values, "figures")),
    sources: parseIdList(text(values, "sources")),
  };
  const parsed = pageFrontMatterSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === "string" && field in pageFieldMessages)
        errors[field as keyof typeof pageFieldMessages] ??= {
          message: pageFieldMessages[field as keyof typeof pageFieldMessages],
        };
    }
  }
  if (!errors.reviewed && !isRealDate(candidate.reviewed))
    errors.reviewed = { message: "admin.content.error.reviewed" };
  for (const key of ["services", "library", "figures"] as const) {
    const unknown = candidate[key].filter((id) => !known[key].has(id));
    if (unknown.length > 0 && !errors[key])
      errors[key] = { message: pageFieldMessages[key], details: unknown };
  }
  const unknownSources = candidate.sources.filter((id) => sourceById(id) === undefined);
  if (unknownSources.length > 0 && !errors.sources)
    errors.sources = { message: pageFieldMessages.sources, details: unknownSources };
  const body = text(values, "body");
  if (body === "") errors.body = { message: "admin.content.error.bodyEmpty" };
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const page: KnowledgePage = {
    ...parsed.data,
    id: stored.id,
    section: stored.section,
    locale: stored.locale,
    body,
  };
  const problems = checkPageText(page);
  if (problems.length > 0)
    return { ok: false, errors: { body: { message: "admin.content.error.body", details: problems } } };
  return { ok: true, page, note };
}

/** The form's values for a stored page (the related ids one per line). */
export function pageFormDefaults(page: KnowledgePage): Record<PageField, string | string[]> {
  return {
    title: page.title,
    summary: page.summary,
    body: page.body,
    actions: page.actions ?? "",
    reviewed: page.reviewed,
    instruments: page.instruments,
    services: page.services.join("\n"),
    library: page.library.join("\n"),
    figures: page.figures.join("\n"),
    sources: page.sources.join("\n"),
    note: "",
  };
}

export const libraryFields = [
  "id",
  "type",
  "title",
  "maker",
  "year",
  "series",
  "audience",
  "forms",
  "summaryNl",
  "summaryEn",
  "parts",
  "figures",
  "url",
  "note",
] as const;
export type LibraryField = (typeof libraryFields)[number];

const libraryFieldMessages: Record<Exclude<LibraryField, "note">, MessageKey> = {
  id: "admin.library.error.id",
  type: "admin.library.error.type",
  title: "admin.library.error.title",
  maker: "admin.library.error.maker",
  year: "admin.library.error.year",
  series: "admin.library.error.series",
  audience: "admin.library.error.audience",
  forms: "admin.library.error.forms",
  summaryNl: "admin.library.error.summaryNl",
  summaryEn: "admin.library.error.summaryEn",
  parts: "admin.library.error.parts",
  figures: "admin.library.error.figures",
  url: "admin.library.error.url",
};

export type LibraryFormResult =
  | { ok: true; item: LibraryItem; note: string | null }
  | { ok: false; errors: Partial<Record<LibraryField, FieldError>> };

/**
 * The editor's library form as an item, validated by `libraryItemSchema`
 * (the validator of content/library.yaml). For an existing item the id
 * comes from the URL, not from the form. Empty optional fields are left out;
 * the link stays empty unless the editor knows it for sure.
 */
export function parseLibraryForm(
  values: FormValues,
  options: { id?: string; knownFigures: ReadonlySet<string> },
): LibraryFormResult {
  const errors: Partial<Record<LibraryField, FieldError>> = {};
  const note = parseNote(values, errors);
  const optional = (name: string) => {
    const value = text(values, name);
    return value === "" ? undefined : value;
  };
  const yearText = text(values, "year");
  const year = yearText === "" ? undefined : /^[0-9]{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  const parts = text(values, "parts")
    .split("\n")
    .map((part) => part.trim())
    .filter(Boolean);
  const figures = parseIdList(text(values, "figures"));
  const candidate = {
    id: options.id ?? text(values, "id"),
    type: text(values, "type"),
    title: text(values, "title"),
    maker: optional("maker"),
    year,
    series: optional("series"),
    audience: list(values, "audience"),
    forms: list(values, "forms"),
    summary: { nl: text(values, "summaryNl"), en: text(values, "summaryEn") },
    parts: parts.length > 0 ? parts : undefined,
    figures: figures.length > 0 ? figures : undefined,
    url: optional("url"),
  };
  const parsed = libraryItemSchema.safeParse(
    Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, second] = issue.path;
      const field = (
        first === "summary" ? (second === "en" ? "summaryEn" : "summaryNl") : first
      ) as keyof typeof libraryFieldMessages;
      if (field in libraryFieldMessages) errors[field] ??= { message: libraryFieldMessages[field] };
    }
  }
  // "nieuw" is the address of the form for a new item.
  if (candidate.id.length > 100 || candidate.id === "nieuw")
    errors.id ??= { message: "admin.library.error.id" };
  const unknown = figures.filter((id) => !options.knownFigures.has(id));
  if (unknown.length > 0) errors.figures ??= { message: "admin.library.error.figures", details: unknown };
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, item: parsed.data, note };
}

/** The form's values for a stored item. */
export function libraryFormDefaults(item: LibraryItem): Record<LibraryField, string | string[]> {
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    maker: item.maker ?? "",
    year: item.year === undefined ? "" : String(item.year),
    series: item.series ?? "",
    audience: item.audience,
    forms: item.forms,
    summaryNl: item.summary.nl,
    summaryEn: item.summary.en,
    parts: (item.parts ?? []).join("\n"),
    figures: (item.figures ?? []).join("\n"),
    url: item.url ?? "",
    note: "",
  };
}

/** The choices of the library form, in the order the public filters use. */
export const libraryChoices = {
  types: libraryItemTypes,
  audiences: libraryAudiences,
  forms: exploitationForms,
};

/** The level a page is written for: A2 for young people, B1 for professionals and parents. */
export function readabilityLevel(section: PageSection): "a2" | "b1" {
  return section === "jongeren" ? "a2" : "b1";
}

export interface ReadabilityReport {
  level: "a2" | "b1";
  measure: Readability;
  /** What is over the level's limits (in Dutch); empty when the text is within them. */
  problems: string[];
}

/** The readability check of a page, as guidance in the preview (never a reason to refuse a save). */
export function pageReadability(page: KnowledgePage): ReadabilityReport {
  const level = readabilityLevel(page.section);
  const measure = measureReadability(pagePlainText(page));
  return { level, measure, problems: readabilityProblems(measure, readabilityLimits[level]) };
}

export interface DiffLine {
  kind: "same" | "added" | "removed";
  text: string;
}

/** A line diff from `before` to `after`: each line once, marked as kept, added or removed. */
export function lineDiff(before: string, after: string): DiffLine[] {
  return diffLines(before, after).flatMap((change) => {
    const kind: DiffLine["kind"] = change.added ? "added" : change.removed ? "removed" : "same";
    const lines = change.value.replace(/\n$/, "").split("\n");
    return lines.map((line) => ({ kind, text: line }));
  });
}

/** A page as the text an editor compares: the content file (front matter, then Markdown). */
export function pageAsText(page: KnowledgePage): string {
  return serializePage(page);
}

/** A library item as the text an editor compares: its entry in library.yaml. */
export function libraryItemAsText(item: LibraryItem): string {
  return stringifyYaml(item, { lineWidth: 0 });
}

/** A page revision's data as a page (revisions store the whole page). */
export function pageFromRevision(data: unknown, where: Pick<KnowledgePage, "id" | "section" | "locale">) {
  const { id: _id, section: _section, locale: _locale, body, ...frontMatter } = data as KnowledgePage;
  const parsed = pageFrontMatterSchema.parse(frontMatter);
  return { ...parsed, ...where, body: String(body) } satisfies KnowledgePage;
}

/** A library revision's data as an item (revisions also store the item's position). */
export function libraryItemFromRevision(data: unknown): LibraryItem {
  const { sortOrder: _sortOrder, ...item } = data as LibraryItem & { sortOrder?: number };
  return libraryItemSchema.parse(item);
}

/** The instruments a page may link to, for the form's check boxes. */
export const editableInstruments = instrumentIds;
