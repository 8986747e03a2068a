import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { z } from "zod";
import { markdownLinks, markdownToPlainText } from "./markdown";
import { highlightMarkers } from "./search";

/**
 * Knowledge, youth and parent pages as content: Markdown with YAML front
 * matter, validated with Zod. Pure: no I/O (content-files.server.ts reads and
 * writes the files, knowledge.server.ts the database).
 */

/** Where a page lives: its URL is /<section>/<id>. */
export const pageSections = ["kennisbank", "jongeren", "ouders"] as const;
export type PageSection = (typeof pageSections)[number];
export const pageLocales = ["nl", "en"] as const;
export type PageLocale = (typeof pageLocales)[number];

/** The screening module's instruments (linked at /signaleren/<id>). */
export const instrumentIds = [
  "signalen-seksuele-uitbuiting",
  "signalen-criminele-uitbuiting",
  "quickscan-ouders",
  "vlaggen",
] as const;
export type InstrumentId = (typeof instrumentIds)[number];

const idSchema = z.string().regex(/^[a-z0-9-]+$/, "een id bestaat uit kleine letters, cijfers en streepjes");
const idList = z.array(idSchema).default([]);

/** The front matter of a page file. */
export const pageFrontMatterSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    /** One or two sentences that say what the page is about; shown first. */
    summary: z.string().trim().min(1).max(600),
    /** Date of the last review (YYYY-MM-DD). */
    reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "een datum schrijf je als JJJJ-MM-DD"),
    /** Position in the list of its section. */
    order: z.number().int().min(0),
    /** A pictogram for the page (youth pages). */
    pictogram: z
      .string()
      .regex(/^[a-z-]+$/)
      .optional(),
    /** A print button and print-friendly layout (the conversation guide). */
    printable: z.boolean().default(false),
    /** Markdown for the "Wat kun je doen?" box. */
    actions: z.string().trim().min(1).optional(),
    /** Instrument ids (/signaleren/<id>). */
    instruments: z.array(z.enum(instrumentIds)).default([]),
    /** Wegwijzer service ids (/wegwijzer/diensten/<id>). */
    services: idList,
    /** Library item ids (/bibliotheek/<id>). */
    library: idList,
    /** Key figure ids, shown on the page with year and source. */
    figures: idList,
    /** Source ids of the catalogue (content/sources.ts), listed under "Bronnen" at the end of the page. */
    sources: idList,
  })
  .strict();

export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;

export interface KnowledgePage extends PageFrontMatter {
  id: string;
  section: PageSection;
  locale: PageLocale;
  /** Markdown, without raw HTML. */
  body: string;
}

const frontMatterPattern = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

/** The file name of a page: `<id>.<locale>.md`, in the folder of its section. */
export function pageFileName(page: Pick<KnowledgePage, "id" | "locale">): string {
  return `${page.id}.${page.locale}.md`;
}

/** Parses `<id>.<locale>.md` into id and locale; undefined for other names. */
export function parsePageFileName(name: string): { id: string; locale: PageLocale } | undefined {
  const match = /^([a-z0-9-]+)\.(nl|en)\.md$/.exec(name);
  return match ? { id: match[1] as string, locale: match[2] as PageLocale } : undefined;
}

/**
 * Reads one page file. Returns the page, or the problems in Dutch (each
 * naming the field), so the seed can refuse bad content with a clear message.
 */
export function parsePage(
  text: string,
  where: { id: string; locale: PageLocale; section: PageSection },
): { page: KnowledgePage; problems: [] } | { page?: undefined; problems: string[] } {
  const match = frontMatterPattern.exec(text.replace(/\r\n/g, "\n"));
  if (!match) return { problems: ["het bestand begint niet met front matter tussen twee regels ---"] };
  let raw: unknown;
  try {
    raw = parseYaml(match[1] as string);
  } catch (error) {
    return { problems: [`de front matter is geen geldige YAML: ${(error as Error).message}`] };
  }
  const parsed = pageFrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "front matter"}: ${issue.message}`,
      ),
    };
  }
  const page: KnowledgePage = { ...parsed.data, ...where, body: (match[2] as string).trim() };
  const problems = checkPageText(page);
  return problems.length > 0 ? { problems } : { page, problems: [] };
}

/** The page file's text: front matter, then the Markdown body. */
export function serializePage(page: KnowledgePage): string {
  const frontMatter: Record<string, unknown> = {
    title: page.title,
    summary: page.summary,
    reviewed: page.reviewed,
    order: page.order,
  };
  if (page.pictogram) frontMatter.pictogram = page.pictogram;
  if (page.printable) frontMatter.printable = true;
  for (const key of ["instruments", "services", "library", "figures", "sources"] as const) {
    if (page[key].length > 0) frontMatter[key] = page[key];
  }
  if (page.actions) frontMatter.actions = page.actions;
  return `---\n${stringifyYaml(frontMatter, { lineWidth: 0 })}---\n\n${page.body}\n`;
}

/** Pages link only inside Zicht (`/…`, `#…`) or to a phone number; images are only our pictograms. */
const allowedLink = /^(\/(?!\/)|#|tel:[0-9+]+$)/;

/**
 * Checks on the text of a page: headings start at level 2 (the title is the
 * h1), the body has sections with headings (except short youth pages),
 * links stay inside Zicht, and the search markers do not occur.
 */
export function checkPageText(page: KnowledgePage): string[] {
  const problems: string[] = [];
  const texts = [page.title, page.summary, page.body, page.actions ?? ""];
  if (texts.some((text) => text.includes(highlightMarkers.start) || text.includes(highlightMarkers.stop)))
    problems.push("de tekens ⟦ en ⟧ zijn gereserveerd voor de zoekfunctie");
  if (/^#\s/m.test(page.body)) problems.push("gebruik geen kop van niveau 1 (#): de titel is de kop");
  if (/^#{4,}\s/m.test(page.body)) problems.push("gebruik koppen van niveau 2 (##) en 3 (###)");
  if (page.section !== "jongeren" && !/^##\s/m.test(page.body))
    problems.push("de tekst heeft geen tussenkoppen (##)");
  for (const link of [...markdownLinks(page.body), ...markdownLinks(page.actions ?? "")]) {
    if (link.kind === "image" && !/^pictogram:[a-z-]+$/.test(link.href))
      problems.push(`afbeelding ${link.href}: alleen pictogrammen (pictogram:<naam>)`);
    if (link.kind === "link" && !allowedLink.test(link.href))
      problems.push(`link ${link.href}: alleen links binnen Zicht (/…) of tel:`);
  }
  return problems;
}

/** The page as plain text (summary, body, actions), for search and the readability check. */
export function pagePlainText(page: Pick<KnowledgePage, "summary" | "body" | "actions">): string {
  return [page.summary, markdownToPlainText(page.body), page.actions ? markdownToPlainText(page.actions) : ""]
    .filter((part) => part !== "")
    .join("\n");
}
