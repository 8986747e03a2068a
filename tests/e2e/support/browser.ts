/**
 * The system Chromium through playwright-core, axe-core scans and a watch on
 * console errors. See docs/architecture.md ("Tests") for why these flags are needed.
 */
import fs from "node:fs";
import http from "node:http";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from "playwright-core";

/** One axe violation (typed through @axe-core/playwright, which re-exports axe-core's types). */
export type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

export const chromeFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromePath(): string {
  return process.env.CHROME_PATH || "/usr/bin/chromium";
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromePath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium niet gevonden op ${executablePath}. Installeer het met "sudo apt-get install -y --no-install-recommends chromium" of zet CHROME_PATH.`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: chromeFlags });
}

/** WCAG 2.2 AA, as the design requires. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations;
}

/**
 * axe on the page as a browser WITHOUT JavaScript shows it.
 *
 * axe-core cannot run inside a context made with `javaScriptEnabled: false`
 * (its run never finishes: the page's timers are switched off too). So the
 * page is loaded in a context where axe can run, but the page's own scripts
 * never do: script requests are aborted and <script> elements are removed
 * from the served HTML; <noscript> content is unwrapped, as a browser without
 * JavaScript would show it. The caller can compare `bodyText` with the text
 * of the same page in a `javaScriptEnabled: false` context to check that
 * both show the same thing.
 */
export async function axeWithoutJavaScript(
  browser: Browser,
  url: string,
): Promise<{ status: number; violations: AxeViolation[]; bodyText: string }> {
  const context = await contextWithoutPageScripts(browser);
  try {
    const page = await context.newPage();
    const response = await page.goto(url);
    const violations = await axeViolations(page);
    const bodyText = await page.locator("body").innerText();
    return { status: response?.status() ?? 0, violations, bodyText };
  } finally {
    await context.close();
  }
}

/**
 * A browser context in which pages behave as without JavaScript (their
 * scripts never run: script requests are aborted, <script> elements removed
 * from every served document, <noscript> unwrapped) while axe can still run.
 * Forms submit natively, so result pages of POSTed forms can be scanned too.
 */
export async function contextWithoutPageScripts(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route("**/*", async (route) => {
    const request = route.request();
    if (request.resourceType() === "script") return route.abort();
    if (request.resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html"))
      return route.fulfill({ response });
    const body = (await response.text())
      .replace(/<script\b[\s\S]*?<\/script>/gi, "")
      .replace(/<\/?noscript>/gi, "");
    return route.fulfill({ response, body });
  });
  return context;
}

/** Violations as a few readable lines each: rule, impact, help, and the offending elements. */
export function formatViolations(label: string, violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return "";
  const lines = [`${label}: ${violations.length} axe-overtreding(en)`];
  for (const violation of violations) {
    lines.push(`  - [${violation.impact ?? "?"}] ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes.slice(0, 5)) {
      lines.push(`      ${node.target.join(" ")}`);
      lines.push(`        ${node.html.slice(0, 200)}`);
      const summary = node.failureSummary
        ?.split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .join(" / ");
      if (summary) lines.push(`        ${summary.slice(0, 300)}`);
    }
    if (violation.nodes.length > 5) lines.push(`      ... en nog ${violation.nodes.length - 5} element(en)`);
  }
  return lines.join("\n");
}

export interface PageProblems {
  /** Console errors and uncaught page errors, as readable lines. */
  errors: string[];
}

/**
 * Collects `console` errors and `pageerror`s on a page.
 * `allow` may excuse a console message (e.g. the browser's own "Failed to load
 * resource: 404" for a page that is meant to be a 404).
 */
export function watchErrors(
  page: Page,
  allow: (message: ConsoleMessage) => boolean = () => false,
): PageProblems {
  const problems: PageProblems = { errors: [] };
  page.on("console", (message) => {
    if (message.type() !== "error" || allow(message)) return;
    const where = message.location();
    problems.errors.push(
      `console.error: ${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ""}`,
    );
  });
  page.on("pageerror", (error) => {
    problems.errors.push(`pageerror: ${error.message}`);
  });
  return problems;
}

/** Excuses the browser's "Failed to load resource" line for the document itself when its status is expected. */
export function allowDocumentStatus(pageUrl: string, status: number) {
  return (message: ConsoleMessage) =>
    message.text().includes(`Failed to load resource: the server responded with a status of ${status}`) &&
    message.location().url === pageUrl;
}

/** Waits until React has hydrated the document (the client router is active). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const router = (window as unknown as { __reactRouterDataRouter?: { state?: { initialized?: boolean } } })
      .__reactRouterDataRouter;
    const link = document.querySelector("nav a");
    return (
      Boolean(router?.state?.initialized) &&
      link !== null &&
      Object.keys(link).some((key) => key.startsWith("__reactProps$"))
    );
  });
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A plain HTTP request without automatic decompression or redirects, to see exactly what the server sends. */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // Like a browser: a body always goes with its Content-Length (never chunked).
    const headers = {
      ...(options.body !== undefined ? { "Content-Length": String(Buffer.byteLength(options.body)) } : {}),
      ...options.headers,
    };
    const request = http.request(url, { method: options.method ?? "GET", headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}
