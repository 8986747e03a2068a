/**
 * With JavaScript on, the app navigates in the browser (no full reload) and
 * the language switch still works.
 */
import { describe, expect, it } from "vitest";
import { mainNavigation } from "../../app/ui/site-header";
import { waitForHydration } from "./support/browser";
import { useApp, usePage } from "./support/fixture";
import { expectLanguage } from "./support/site";

const fixture = useApp();

describe("met JavaScript", () => {
  const view = usePage(fixture);

  it("de links in het hoofdmenu navigeren zonder de pagina opnieuw te laden", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/`);
    await waitForHydration(page);
    // A marker on window survives client-side navigation, not a full page load.
    await page.evaluate(() => {
      (window as unknown as { zichtMarker: string }).zichtMarker = "nog dezelfde pagina";
    });
    const documentLoads: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "document") documentLoads.push(request.url());
    });

    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    for (const item of mainNavigation) {
      const link = nav.locator(`a[href="${item.to}"]`);
      await link.click();
      await page.waitForURL((url) => url.pathname === item.to);
      await expect.poll(() => page.locator("h1").count(), { message: `h1 op ${item.to}` }).toBe(1);
      expect((await page.locator("h1").textContent())?.trim(), `h1 op ${item.to}`).not.toBe("");
      if (await page.locator(".zicht-quick-exit").count()) {
        // The easy pages for young people have their own header without this menu: back, in the browser.
        await page.goBack();
        await page.waitForURL((url) => url.pathname !== item.to);
        continue;
      }
      await expect
        .poll(() => nav.locator('a[aria-current="page"]').getAttribute("href"), {
          message: `menu markeert ${item.to}`,
        })
        .toBe(item.to);
    }
    expect(documentLoads, "volledige paginaladingen").toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { zichtMarker?: string }).zichtMarker)).toBe(
      "nog dezelfde pagina",
    );

    await page.goBack();
    await page.waitForURL((url) => url.pathname === mainNavigation.at(-2)?.to);
    expect(documentLoads).toEqual([]);
  });

  it("de taalknop zet de pagina in het Engels en weer terug", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/kennisbank`);
    await waitForHydration(page);
    await page.getByRole("button", { name: /English/ }).click();
    await expectLanguage(page, "en", "/kennisbank");

    // Client-side navigation keeps the language.
    await waitForHydration(page);
    await page
      .getByRole("navigation", { name: "Main menu" })
      .getByRole("link", { name: "Directory" })
      .click();
    await page.waitForURL((url) => url.pathname === "/wegwijzer");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    await page.getByRole("button", { name: /Nederlands/ }).click();
    await expectLanguage(page, "nl", "/wegwijzer");
  });
});
