/**
 * Vitest hooks around the child-process app and the browser: one app (with
 * its own fresh data directory) and one Chromium per test file.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchChromium } from "./browser";
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
