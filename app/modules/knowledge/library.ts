import { z } from "zod";

/**
 * The resource library: webinars, videos, guides, tools, dossiers, teaching
 * packages, trainings, podcasts, factsheets and reports. Pure: no I/O.
 */

/** Kinds of material, in the order the library page shows them. */
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
  "social-domain",
  "youth-work",
  "policy",
  "parents",
  "young-people",
] as const;
export type LibraryAudience = (typeof libraryAudiences)[number];

const localizedSchema = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });

export const libraryItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
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
  /** Our own one- or two-sentence summary. */
  summary: localizedSchema,
  /** Named parts (sub-reports, lessons), as published. */
  parts: z.array(z.string().trim().min(1)).optional(),
});

export type LibraryItem = z.infer<typeof libraryItemSchema>;

export interface LibraryGroup {
  type: LibraryItemType;
  items: LibraryItem[];
}

const dutchCollator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

/**
 * Reports: newest year first; reports without a year after those with one;
 * the same year in alphabetical order of title.
 */
export function compareReports(a: LibraryItem, b: LibraryItem): number {
  if (a.year !== b.year) {
    if (a.year === undefined) return 1;
    if (b.year === undefined) return -1;
    return b.year - a.year;
  }
  return dutchCollator.compare(a.title, b.title);
}

/**
 * Library items grouped by type in the fixed order of `libraryItemTypes`.
 * Reports are sorted newest first (see compareReports); every other type
 * keeps the content order, which editors choose (a video series stays in
 * its own order). Empty types are left out. The input is not changed.
 */
export function groupLibrary(items: readonly LibraryItem[]): LibraryGroup[] {
  return libraryItemTypes
    .map((type) => {
      const ofType = items.filter((item) => item.type === type);
      return { type, items: type === "report" ? [...ofType].sort(compareReports) : ofType };
    })
    .filter((group) => group.items.length > 0);
}

/** Problems in the library content (invalid items, duplicate ids); empty when all is well. */
export function checkLibrary(items: readonly unknown[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  items.forEach((raw, index) => {
    const parsed = libraryItemSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`item ${index + 1}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
      return;
    }
    if (ids.has(parsed.data.id)) problems.push(`item ${parsed.data.id}: id komt twee keer voor`);
    ids.add(parsed.data.id);
  });
  return problems;
}
