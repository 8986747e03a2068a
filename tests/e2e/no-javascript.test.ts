/**
 * Every page and form works without JavaScript (docs/architecture.md): navigation
 * (behind a "Menu" button on a phone), search, the language switch; and the home
 * page is accessible without it.
 */
import { describe, expect, it } from "vitest";
import { mainNavigation } from "../../app/ui/site-header";
import {
  axeViolations,
  axeWithoutJavaScript,
  contextWithoutPageScripts,
  formatViolations,
} from "./support/browser";
import { useApp, usePage } from "./support/fixture";
import { expectLanguage } from "./support/site";

const fixture = useApp();

describe("zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false });

  it("het hoofdmenu werkt: elke link opent haar pagina met een h1", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/`);
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    const links = nav.getByRole("link");
    expect(await links.count()).toBe(mainNavigation.length);
    for (const item of mainNavigation) {
      // The easy pages for young people and parents have their own header without this menu: start at home.
      if ((await nav.count()) === 0) await page.goto(`${fixture.app.url}/`);
      const link = nav.locator(`a[href="${item.to}"]`);
      const label = (await link.textContent())?.trim() ?? "";
      await link.click();
      await page.waitForURL((url) => url.pathname === item.to);
      await expect.poll(() => page.locator("h1").count(), { message: `h1 op ${item.to}` }).toBe(1);
      expect((await page.locator("h1").textContent())?.trim(), `h1 op ${item.to}`).not.toBe("");
      // The menu marks where you are (on the pages that show it).
      if ((await nav.count()) > 0) {
        expect(await nav.locator('a[aria-current="page"]').textContent()).toBe(label);
      }
    }
  });

  it("op een telefoon (375 px) zit het hoofdmenu achter een knop Menu die met het toetsenbord opengaat; breed staat het open", async () => {
    const { page } = view;
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    const menuButton = page.locator("summary", { hasText: "Menu" });
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(`${fixture.app.url}/wegwijzer`);
    // The page itself starts in the first screen; the links wait behind the button.
    const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
    expect(heading?.y ?? Infinity).toBeLessThan(667);
    expect(await menuButton.isVisible()).toBe(true);
    expect(await nav.getByRole("link", { name: "Kennisbank" }).isVisible()).toBe(false);
    await menuButton.focus();
    await page.keyboard.press("Enter");
    await nav.getByRole("link", { name: "Kennisbank" }).waitFor({ state: "visible" });
    expect(await nav.getByRole("link").count()).toBe(mainNavigation.length);

    // Wide: every link shows without opening anything, and there is no button.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${fixture.app.url}/wegwijzer`);
    expect(await menuButton.isVisible()).toBe(false);
    for (const link of await nav.getByRole("link").all()) expect(await link.isVisible()).toBe(true);
  });

  it("de header op een telefoon heeft geen axe-overtredingen, met het menu dicht en open", async () => {
    const context = await contextWithoutPageScripts(fixture.browser);
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 375, height: 667 });
      await page.goto(`${fixture.app.url}/`);
      expect(formatViolations("/ op 375 px, menu dicht", await axeViolations(page))).toBe("");
      await page.locator("summary", { hasText: "Menu" }).click();
      expect(formatViolations("/ op 375 px, menu open", await axeViolations(page))).toBe("");
    } finally {
      await context.close();
    }
  });

  it('zoeken op "avim" geeft resultaten', async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/zoeken`);
    await page.getByLabel("Waar zoek je naar?").fill("avim");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL((url) => url.pathname === "/zoeken" && url.searchParams.get("q") === "avim");
    const results = page.locator("section.zicht-search-results");
    await expect.poll(() => results.getByRole("heading", { level: 2 }).textContent()).toContain("avim");
    expect(await results.getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await results.textContent()).toMatch(/AVIM/);
    expect(await page.getByLabel("Waar zoek je naar?").inputValue()).toBe("avim");
  });

  it("de taalknop zet de pagina in het Engels en weer terug", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer`);
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    await page.getByRole("button", { name: /English/ }).click();
    await expectLanguage(page, "en", "/wegwijzer");

    await page.getByRole("button", { name: /Nederlands/ }).click();
    await expectLanguage(page, "nl", "/wegwijzer");
  });

  it("de startpagina heeft geen axe-overtredingen", async () => {
    const { page } = view;
    // The page as this JavaScript-less context shows it ...
    await page.goto(`${fixture.app.url}/`);
    const shownWithoutJavaScript = await page.locator("body").innerText();
    // ... scanned where axe can run (see axeWithoutJavaScript), after checking it is the same page.
    const scan = await axeWithoutJavaScript(fixture.browser, `${fixture.app.url}/`);
    expect(scan.status).toBe(200);
    expect(scan.bodyText).toBe(shownWithoutJavaScript);
    expect(formatViolations("/ (zonder JavaScript)", scan.violations)).toBe("");
  });
});
