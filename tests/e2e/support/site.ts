/**
 * Visiting pages and crawling the site: every internal link, breadth-first,
 * so new pages are checked without anyone adding them to a list.
 */
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import {
  allowDocumentStatus,
  axeViolations,
  formatViolations,
  waitForHydration,
  watchErrors,
  type AxeViolation,
} from "./browser";

export interface PageReport {
  url: string;
  /** Path plus query string, for messages. */
  path: string;
  status: number;
  contentType: string;
  h1Count: number;
  violations: AxeViolation[];
  errors: string[];
  /** Absolute URLs of the page's links (hash removed), in document order. */
  links: string[];
}

/** Extensions that are files, not pages: their status is checked, not their accessibility. */
const fileExtension = /\.(css|js|mjs|map|svg|png|jpe?g|gif|webp|ico|pdf|csv|json|xml|txt|zip|woff2?)$/i;

export function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

/**
 * Opens one page in its own tab: records status, h1 count, axe violations,
 * console/page errors and links. With JavaScript on it waits for hydration
 * first, so hydration errors count too.
 */
export async function inspectPage(
  context: BrowserContext,
  url: string,
  options: { expectedStatus?: number; javaScript?: boolean; axe?: boolean } = {},
): Promise<PageReport> {
  const expectedStatus = options.expectedStatus ?? 200;
  const page = await context.newPage();
  try {
    const problems = watchErrors(
      page,
      expectedStatus === 200 ? undefined : allowDocumentStatus(url, expectedStatus),
    );
    const response = await page.goto(url, { waitUntil: "load" });
    const status = response?.status() ?? 0;
    const contentType = response?.headers()["content-type"] ?? "";
    const report: PageReport = {
      url,
      path: pathOf(url),
      status,
      contentType,
      h1Count: 0,
      violations: [],
      errors: problems.errors,
      links: [],
    };
    if (!contentType.startsWith("text/html")) return report;
    if (options.javaScript !== false) {
      await waitForHydration(page).catch(() => {
        problems.errors.push("de pagina werd niet gehydrateerd (React Router startte niet)");
      });
    }
    report.h1Count = await page.locator("h1").count();
    if (options.axe !== false) report.violations = await axeViolations(page);
    report.links = await page.$$eval("a[href]:not([download])", (anchors) =>
      anchors.map((anchor) => {
        const link = new URL((anchor as HTMLAnchorElement).href);
        link.hash = "";
        return link.href;
      }),
    );
    return report;
  } finally {
    await page.close();
  }
}

/**
 * Breadth-first crawl of same-origin links, starting at `starts`. Skips
 * tel:/mailto: (other origins), #anchors (hash stripped) and built assets.
 * Visits at most `maxPages` pages, at most `maxVariantsPerPath` query-string
 * variants of one path (filter links) and at most `maxPerParent` pages below
 * one parent path (detail pages share a template: /wegwijzer/a, /wegwijzer/b,
 * ...). Top-level pages are always all visited. `sampled` counts the links
 * left out by these two limits.
 */
export async function crawl(
  context: BrowserContext,
  starts: readonly string[],
  options: {
    maxPages?: number;
    maxVariantsPerPath?: number;
    maxPerParent?: number;
    /** Paths not to follow (pages another branch builds; see notFollowed in pages.test.ts). */
    skip?: readonly RegExp[];
  } = {},
): Promise<{
  pages: PageReport[];
  files: Array<{ url: string; status: number }>;
  truncated: boolean;
  sampled: number;
}> {
  const maxPages = options.maxPages ?? 150;
  const maxVariants = options.maxVariantsPerPath ?? 3;
  const maxPerParent = options.maxPerParent ?? 8;
  const origin = new URL(starts[0] ?? "").origin;
  const queue = [...starts];
  const seen = new Set(starts);
  const variants = new Map<string, number>();
  const children = new Map<string, Set<string>>();
  let sampled = 0;
  const pages: PageReport[] = [];
  const files: Array<{ url: string; status: number }> = [];
  let truncated = false;

  const enqueue = (link: string) => {
    let parsed: URL;
    try {
      parsed = new URL(link);
    } catch {
      return;
    }
    if (parsed.origin !== origin) return; // other sites, tel:, mailto:, javascript:
    parsed.hash = "";
    const href = parsed.href;
    if (seen.has(href) || parsed.pathname.startsWith("/assets/")) return;
    if (options.skip?.some((pattern) => pattern.test(parsed.pathname))) return;
    const count = variants.get(parsed.pathname) ?? 0;
    const parent = parsed.pathname.replace(/\/[^/]*\/?$/, "") || "/";
    const siblings = children.get(parent) ?? new Set<string>();
    const newPath = !siblings.has(parsed.pathname);
    if (count >= maxVariants || (parent !== "/" && newPath && siblings.size >= maxPerParent)) {
      sampled++;
      return;
    }
    variants.set(parsed.pathname, count + 1);
    siblings.add(parsed.pathname);
    children.set(parent, siblings);
    seen.add(href);
    queue.push(href);
  };
  for (const start of starts)
    variants.set(new URL(start).pathname, (variants.get(new URL(start).pathname) ?? 0) + 1);

  while (queue.length > 0) {
    if (pages.length >= maxPages) {
      truncated = true;
      break;
    }
    const url = queue.shift() as string;
    if (fileExtension.test(new URL(url).pathname)) {
      const response = await context.request.get(url);
      files.push({ url, status: response.status() });
      await response.dispose();
      continue;
    }
    const report = await inspectPage(context, url);
    pages.push(report);
    for (const link of report.links) enqueue(link);
  }
  return { pages, files, truncated, sampled };
}

/** One readable block per page that has a problem; empty when all is well. */
export function describeProblems(
  pages: readonly PageReport[],
  check: "status" | "axe" | "errors" | "h1",
  expectedStatus = 200,
): string {
  const blocks: string[] = [];
  for (const page of pages) {
    if (check === "status" && page.status !== expectedStatus) {
      blocks.push(`${page.path}: status ${page.status}, verwacht ${expectedStatus}`);
    }
    if (check === "h1" && page.contentType.startsWith("text/html") && page.h1Count !== 1) {
      blocks.push(`${page.path}: ${page.h1Count} h1-koppen, verwacht precies 1`);
    }
    if (check === "axe" && page.violations.length > 0) {
      blocks.push(formatViolations(page.path, page.violations));
    }
    if (check === "errors" && page.errors.length > 0) {
      blocks.push(`${page.path}:\n  ${page.errors.join("\n  ")}`);
    }
  }
  return blocks.join("\n\n");
}

/** The page has switched to `lang`, stayed at `path`, and its main menu speaks that language. */
export async function expectLanguage(page: Page, lang: "nl" | "en", path: string): Promise<void> {
  await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(lang);
  expect(pathOf(page.url()), "je blijft op dezelfde pagina").toBe(path);
  const [menu, firstItem] = lang === "en" ? ["Main menu", "Directory"] : ["Hoofdmenu", "Wegwijzer"];
  await expect.poll(() => page.getByRole("navigation", { name: menu }).textContent()).toContain(firstItem);
}
