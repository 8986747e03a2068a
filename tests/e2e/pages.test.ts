/**
 * Every page of the site, found by crawling from the home page: status,
 * one h1, WCAG 2.2 AA (axe) and no console errors; in Dutch and in English;
 * the 404 page; no horizontal scrolling at 320 px; the skip link.
 */
import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { mainNavigation } from "../../app/ui/site-header";
import { axeViolations, formatViolations, waitForHydration, watchErrors } from "./support/browser";
import { useApp } from "./support/fixture";
import { crawl, describeProblems, inspectPage, pathOf, type PageReport } from "./support/site";

const fixture = useApp();
const crawlTimeout = 600_000;

/**
 * Pages made from one template many times over, which their own test files
 * scan with axe (with and without JavaScript) on representative examples:
 * the instruments and their results (screening.test.ts) and the Wegwijzer's
 * ~40 service and organisation pages (directory.test.ts). Crawling each of
 * them here would double the crawl's time and check nothing new. The
 * Wegwijzer search's result links are checked to answer 200 there too.
 */
const notFollowed = [/^\/signaleren\/.+/, /^\/wegwijzer\/(diensten|organisaties)\/.+/, /^\/api\//];

async function withContext<T>(
  work: (context: BrowserContext) => Promise<T>,
  locale: "nl" | "en" = "nl",
): Promise<T> {
  const context = await fixture.browser.newContext();
  try {
    if (locale === "en")
      await context.addCookies([{ name: "zicht_taal", value: "en", url: fixture.app.url }]);
    return await work(context);
  } finally {
    await context.close();
  }
}

/** All problems of all pages in one readable report, so one run shows everything to fix. */
function expectCleanPages(pages: readonly PageReport[]) {
  const sections = [
    ["status anders dan 200", describeProblems(pages, "status")],
    ["niet precies één h1", describeProblems(pages, "h1")],
    ["axe-overtredingen (WCAG 2.2 AA)", describeProblems(pages, "axe")],
    ["fouten in de console", describeProblems(pages, "errors")],
  ]
    .filter(([, text]) => text !== "")
    .map(([title, text]) => `== ${title} ==\n${text}`);
  expect(sections.join("\n\n"), `problemen op ${pages.length} pagina's`).toBe("");
}

describe("alle pagina's (gevonden door te crawlen vanaf de startpagina)", () => {
  let dutch: PageReport[] = [];

  it(
    "de crawl vindt de startpagina en elke pagina uit het hoofdmenu",
    async () => {
      const result = await withContext((context) =>
        crawl(context, [`${fixture.app.url}/`, `${fixture.app.url}/zoeken?q=avim`], { skip: notFollowed }),
      );
      dutch = result.pages;
      const visited = new Set(dutch.map((page) => new URL(page.url).pathname));
      for (const item of mainNavigation) expect(visited, `${item.to} niet gevonden`).toContain(item.to);
      expect(visited).toContain("/");
      expect(result.truncated, "de crawl stopte bij het maximum aantal pagina's").toBe(false);
      expect(result.files.filter((file) => file.status !== 200)).toEqual([]);
      console.info(
        `crawl (nl): ${dutch.length} pagina's${result.sampled ? ` (${result.sampled} soortgelijke links overgeslagen)` : ""}: ${dutch.map((page) => page.path).join(", ")}`,
      );
    },
    crawlTimeout,
  );

  it("elke pagina geeft 200, één h1, geen axe-overtredingen en geen consolefouten", () => {
    expect(dutch.length).toBeGreaterThan(mainNavigation.length);
    expectCleanPages(dutch);
  });

  it(
    "in het Engels: elke pagina geeft 200, één h1, geen axe-overtredingen en geen consolefouten",
    async () => {
      const result = await withContext(
        (context) =>
          crawl(context, [`${fixture.app.url}/`, `${fixture.app.url}/zoeken?q=avim`], { skip: notFollowed }),
        "en",
      );
      expect(result.pages.length).toBeGreaterThan(mainNavigation.length);
      const home = result.pages[0];
      expect(home?.path).toBe("/");
      expectCleanPages(result.pages);
    },
    crawlTimeout,
  );

  it("de 404-pagina geeft status 404, is toegankelijk en logt geen fouten", async () => {
    const report = await withContext((context) =>
      inspectPage(context, `${fixture.app.url}/deze-pagina-bestaat-echt-niet`, { expectedStatus: 404 }),
    );
    expect(report.status).toBe(404);
    expect(report.h1Count).toBe(1);
    expect(formatViolations(report.path, report.violations)).toBe("");
    expect(report.errors).toEqual([]);
  });
});

describe("smal scherm (320 px)", () => {
  const paths = ["/", ...mainNavigation.map((item) => item.to), "/zoeken?q=avim"];

  it(
    "startpagina en sectiepagina's scrollen niet horizontaal en zijn toegankelijk",
    async () => {
      const problems: string[] = [];
      const context = await fixture.browser.newContext({ viewport: { width: 320, height: 720 } });
      try {
        for (const path of paths) {
          const page = await context.newPage();
          const errors = watchErrors(page);
          await page.goto(`${fixture.app.url}${path}`);
          await waitForHydration(page);
          const { scrollWidth, wide } = await page.evaluate(() => {
            const root = document.scrollingElement as Element;
            // Name the elements that stick out, to make a failure easy to fix.
            const wide = Array.from(document.querySelectorAll("body *"))
              .filter((element) => element.getBoundingClientRect().right > 320.5)
              .slice(0, 5)
              .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
            return { scrollWidth: root.scrollWidth, wide };
          });
          if (scrollWidth > 320)
            problems.push(`${path}: scrollWidth ${scrollWidth} > 320 (${wide.join(", ")})`);
          const violations = await axeViolations(page);
          if (violations.length > 0) problems.push(formatViolations(`${path} @320px`, violations));
          if (errors.errors.length > 0) problems.push(`${path}: ${errors.errors.join("; ")}`);
          await page.close();
        }
      } finally {
        await context.close();
      }
      expect(problems.join("\n\n")).toBe("");
    },
    crawlTimeout,
  );
});

describe("toetsenbord", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`de eerste Tab geeft de zichtbare skiplink; Enter zet de focus op main#inhoud (JavaScript ${javaScriptEnabled ? "aan" : "uit"})`, async () => {
      const context = await fixture.browser.newContext({ javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto(`${fixture.app.url}/`);
        if (javaScriptEnabled) await waitForHydration(page);
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element) return null;
          const box = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          return {
            tag: element.tagName,
            href: element.getAttribute("href"),
            text: element.textContent?.trim(),
            top: box.top,
            bottom: box.bottom,
            left: box.left,
            width: box.width,
            height: box.height,
            visibility: style.visibility,
            opacity: style.opacity,
          };
        });
        expect(focused).toMatchObject({ tag: "A", href: "#inhoud", text: "Ga direct naar de inhoud" });
        // Visible when focused: on screen, not clipped to nothing, not transparent.
        expect(focused?.top).toBeGreaterThanOrEqual(0);
        expect(focused?.left).toBeGreaterThanOrEqual(0);
        expect(focused?.width).toBeGreaterThan(10);
        expect(focused?.height).toBeGreaterThan(10);
        expect(focused?.visibility).toBe("visible");
        expect(focused?.opacity).toBe("1");

        await page.keyboard.press("Enter");
        await expect
          .poll(() => page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`))
          .toBe("MAIN#inhoud");
        expect(pathOf(page.url())).toBe("/");
      } finally {
        await context.close();
      }
    });
  }
});
