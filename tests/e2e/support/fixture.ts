/**
 * Vitest hooks around the child-process app and the browser: one app (with
 * its own fresh data directory) and one Chromium per test file.
 */
import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { launchChromium, watchErrors, type PageProblems } from "./browser";
import { removeDataDir, startZicht, type StartOptions, type ZichtProcess } from "./server";

export interface AppFixture {
  readonly app: ZichtProcess;
  readonly browser: Browser;
}

/**
 * Starts the built app and Chromium before the file's tests; in afterAll
 * stops the app with SIGTERM and asserts that it exited cleanly.
 */
export function useApp(options: StartOptions & { browser?: boolean } = {}): AppFixture {
  let app: ZichtProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    app = await startZicht(options);
    if (options.browser !== false) browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (!app) return;
    const exit = await app.stop("SIGTERM");
    const stopped = app.logs().some((line) => line.msg === "Zicht is gestopt");
    if (!options.dataDir) removeDataDir(app.dataDir);
    expect(exit, `Zicht stopte niet netjes.\nstderr:\n${app.stderrLines.join("\n")}`).toEqual({
      code: 0,
      signal: null,
    });
    expect(stopped, "geen logregel 'Zicht is gestopt'").toBe(true);
  });

  return {
    get app() {
      if (!app) throw new Error("De app is niet gestart (zie de fout in beforeAll).");
      return app;
    },
    get browser() {
      if (!browser) throw new Error("Chromium is niet gestart (zie de fout in beforeAll).");
      return browser;
    },
  };
}

export interface PageFixture {
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * A fresh browser context and page for every test; after each test the
 * context is closed and the page must have logged no console or page errors.
 */
export function usePage(
  fixture: AppFixture,
  contextOptions: BrowserContextOptions = {},
  /** Excuses expected console messages (see allowDocumentStatus). */
  allow?: (message: ConsoleMessage) => boolean,
): PageFixture {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: PageProblems | undefined;

  beforeEach(async () => {
    context = await fixture.browser.newContext(contextOptions);
    page = await context.newPage();
    problems = watchErrors(page, allow);
  });

  afterEach(async () => {
    await context?.close();
    expect(problems?.errors ?? []).toEqual([]);
  });

  return {
    get context() {
      if (!context) throw new Error("Geen browsercontext (alleen binnen een test).");
      return context;
    },
    get page() {
      if (!page) throw new Error("Geen pagina (alleen binnen een test).");
      return page;
    },
  };
}
