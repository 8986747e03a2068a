import { z } from "zod";

/**
 * The resource library: webinars, videos, guides, tools, dossiers, teaching
 * packages, trainings, podcasts, factsheets and reports, with filters by
 * type, audience, topic and year. Pure: no I/O.
 */

/** Kinds of material, in the order the filters list them. */
export const libraryItemTypes = [
  "webinar",
  "video",
  "guide",
  "tool",
  "dossier",
  "teaching-package",
  "training",
  "podcast",
  "factsheet",
  "report",
] as const;
export type LibraryItemType = (typeof libraryItemTypes)[number];

/** Who an item is meant for. */
export const libraryAudiences = [
  "professionals",
  "care",
  "education",
  "justice",
  "municipality",
  "social-domain",
  "youth-work",
  "parents",
  "young-people",
] as const;
export type LibraryAudience = (typeof libraryAudiences)[number];

/** The form of exploitation an item is about (the "topic" filter). */
export const exploitationForms = ["sexual", "criminal", "labour", "general"] as const;
export type ExploitationForm = (typeof exploitationForms)[number];

const localizedSchema = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
const idSchema = z.string().regex(/^[a-z0-9-]+$/, "een id bestaat uit kleine letters, cijfers en streepjes");

export const libraryItemSchema = z
  .object({
    id: idSchema,
    type: z.enum(libraryItemTypes),
    /** Title as published (Dutch); not translated. */
    title: z.string().trim().min(1),
    /** Maker or publisher, when the source names one. */
    maker: z.string().trim().min(1).optional(),
    /** Year of publication, when the source names one. */
    year: z.number().int().min(1990).max(2100).optional(),
    /** Series the item belongs to, e.g. a video series. */
    series: z.string().trim().min(1).optional(),
    audience: z.array(z.enum(libraryAudiences)).min(1),
    /** Forms of exploitation the item is about. */
    forms: z.array(z.enum(exploitationForms)).min(1),
    /** Our own one- or two-sentence summary. */
    summary: localizedSchema,
    /** Named parts (sub-reports, lessons), as published. */
    parts: z.array(z.string().trim().min(1)).optional(),
    /** Ids of key figures (content/figures.yaml) that come from this item. */
    figures: z.array(idSchema).optional(),
    /** Only when the address is known for sure: never guessed. */
    url: z.url({ protocol: /^https$/ }).optional(),
  })
  .strict();

export type LibraryItem = z.infer<typeof libraryItemSchema>;

/**
 * Newest year first; items without a year after those with one; within a
 * year the order of the types, then the content order (a video series keeps
 * its own order). The input is not changed.
 */
export function sortLibrary(items: readonly LibraryItem[]): LibraryItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      if (a.item.year !== b.item.year) {
        if (a.item.year === undefined) return 1;
        if (b.item.year === undefined) return -1;
        return b.item.year - a.item.year;
      }
      const byType = libraryItemTypes.indexOf(a.item.type) - libraryItemTypes.indexOf(b.item.type);
      return byType !== 0 ? byType : a.index - b.index;
    })
    .map(({ item }) => item);
}

/** Filters as they come from the URL: `?soort=report&voor=care&onderwerp=criminal&jaar=2022`. */
export const libraryFilterParams = {
  type: "soort",
  audience: "voor",
  form: "onderwerp",
  year: "jaar",
} as const;
export type LibraryFilterName = keyof typeof libraryFilterParams;

export interface LibraryFilters {
  type?: LibraryItemType;
  audience?: LibraryAudience;
  form?: ExploitationForm;
  /** A year, or "onbekend" for items without one. */
  year?: number | "onbekend";
}

const libraryFiltersSchema = z.object({
  type: z.enum(libraryItemTypes).optional(),
  audience: z.enum(libraryAudiences).optional(),
  form: z.enum(exploitationForms).optional(),
  year: z.union([z.literal("onbekend"), z.coerce.number().int().min(1990).max(2100)]).optional(),
});

/**
 * Reads the filters from URL search params. Empty values mean "all". Returns
 * the names of the filters whose value is not valid, so the page can say so.
 */
export function parseLibraryFilters(params: URLSearchParams): {
  filters: LibraryFilters;
  invalid: LibraryFilterName[];
} {
  const filters: LibraryFilters = {};
  const invalid: LibraryFilterName[] = [];
  for (const name of Object.keys(libraryFilterParams) as LibraryFilterName[]) {
    const raw = params.get(libraryFilterParams[name])?.trim() ?? "";
    if (raw === "") continue;
    const parsed = libraryFiltersSchema.shape[name].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [name]: parsed.data });
    else invalid.push(name);
  }
  return { filters, invalid };
}

function matches(item: LibraryItem, filters: LibraryFilters, skip?: LibraryFilterName): boolean {
  if (skip !== "type" && filters.type && item.type !== filters.type) return false;
  if (skip !== "audience" && filters.audience && !item.audience.includes(filters.audience)) return false;
  if (skip !== "form" && filters.form && !item.forms.includes(filters.form)) return false;
  if (skip !== "year" && filters.year !== undefined) {
    const year = item.year ?? "onbekend";
    if (year !== filters.year) return false;
  }
  return true;
}

/** The items that pass every filter, sorted (see sortLibrary). */
export function filterLibrary(items: readonly LibraryItem[], filters: LibraryFilters): LibraryItem[] {
  return sortLibrary(items.filter((item) => matches(item, filters)));
}

export interface FacetOption<T> {
  value: T;
  /** How many items you would see when you choose this value (with the other filters kept). */
  count: number;
}

export interface LibraryFacets {
  type: FacetOption<LibraryItemType>[];
  audience: FacetOption<LibraryAudience>[];
  form: FacetOption<ExploitationForm>[];
  year: FacetOption<number | "onbekend">[];
}

/**
 * The options of each filter with their counts. A count applies the other
 * filters but not the filter itself, so you can see what switching gives.
 * Options that no item has at all are left out; years newest first, then
 * "onbekend".
 */
export function libraryFacets(items: readonly LibraryItem[], filters: LibraryFilters): LibraryFacets {
  const count = (name: LibraryFilterName, test: (item: LibraryItem) => boolean) =>
    items.filter((item) => matches(item, filters, name) && test(item)).length;
  const present = <T>(values: readonly T[], has: (value: T) => boolean) => values.filter(has);
  const years = [...new Set(items.flatMap((item) => (item.year === undefined ? [] : [item.year])))].sort(
    (a, b) => b - a,
  );
  const yearValues: Array<number | "onbekend"> = items.some((item) => item.year === undefined)
    ? [...years, "onbekend"]
    : years;
  return {
    type: present(libraryItemTypes, (type) => items.some((item) => item.type === type)).map((value) => ({
      value,
      count: count("type", (item) => item.type === value),
    })),
    audience: present(libraryAudiences, (audience) =>
      items.some((item) => item.audience.includes(audience)),
    ).map((value) => ({ value, count: count("audience", (item) => item.audience.includes(value)) })),
    form: present(exploitationForms, (form) => items.some((item) => item.forms.includes(form))).map(
      (value) => ({
        value,
        count: count("form", (item) => item.forms.includes(value)),
      }),
    ),
    year: yearValues.map((value) => ({
      value,
      count: count("year", (item) => (item.year ?? "onbekend") === value),
    })),
  };
}

/** Problems in the library content (invalid items, duplicate ids); empty when all is well. */
export function checkLibrary(items: readonly unknown[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  items.forEach((raw, index) => {
    const parsed = libraryItemSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(
        `item ${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
      );
      return;
    }
    if (ids.has(parsed.data.id)) problems.push(`item ${parsed.data.id}: id komt twee keer voor`);
    ids.add(parsed.data.id);
  });
  return problems;
}
