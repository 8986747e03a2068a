/**
 * Kennisbank, Bibliotheek, youth and parent pages and the site-wide search:
 * without JavaScript (plain GET forms and links), with axe scans, and the
 * progressive enhancements (read aloud, print) with JavaScript.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { quickExitHref } from "../../app/ui/quick-exit";
import { axeViolations, axeWithoutJavaScript, formatViolations, waitForHydration } from "./support/browser";
import { useApp, usePage } from "./support/fixture";
import { pathOf } from "./support/site";

const fixture = useApp();

/**
 * The youth header and footer: the first Tab gives the skip link, the second
 * the quick exit, which is visible with a focus outline; no professional
 * words in the header, the quick-exit strip or the footer.
 */
async function expectYouthShell(page: Page, exitName: RegExp) {
  const exit = page.getByRole("link", { name: exitName });
  expect(await exit.getAttribute("href")).toBe(quickExitHref);
  expect(await exit.getAttribute("rel")).toBe("noreferrer");
  expect(await exit.isVisible()).toBe(true);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#inhoud");
  await page.keyboard.press("Tab");
  expect(await exit.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await exit.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
  const shell = await page.locator(".zicht-quick-exit, .zicht-header, .zicht-footer").allInnerTexts();
  expect(shell.join("\n")).not.toMatch(/AVIM|LVB/);
  const footer = page.locator(".zicht-footer");
  expect(await footer.locator('a[href="tel:112"]').count()).toBe(1);
  expect(await footer.locator('a[href="tel:08002000"]').count()).toBe(1);
}

describe("zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false });

  it("het zoekveld in de kop zoekt vanaf elke pagina, met gemarkeerde woorden per soort", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/bibliotheek`);
    await page.getByRole("searchbox", { name: "Zoeken in Zicht" }).fill("geldezel");
    await page.getByRole("button", { name: "Zoek", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/zoeken" && url.searchParams.get("q") === "geldezel");
    const results = page.locator("section.zicht-search-results");
    expect(await results.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      "Kennisbank (1)",
      "Voor jongeren (1)",
    ]);
    expect((await results.locator("mark").allTextContents()).map((text) => text.toLowerCase())).toContain(
      "geldezel",
    );
    await results.getByRole("link", { name: "Wat is uitbuiting?" }).first().click();
    await page.waitForURL((url) => url.pathname === "/kennisbank/wat-is-uitbuiting");
  });

  it.each([
    ["uitgebuit meisje", "Maatwerk voor meiden"],
    ["loverboy", "Waar let je op?"],
    ["money mule", "Wat is uitbuiting?"],
    ["lovrboy", "Wat is uitbuiting?"],
  ])("zoeken op “%s” vindt “%s”", async (query, title) => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/zoeken?q=${encodeURIComponent(query)}`);
    const results = page.locator("section.zicht-search-results");
    expect(await results.getByRole("link").allTextContents()).toContain(title);
  });

  it("de bibliotheek filtert via de URL, met aantallen, en de filters blijven staan", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/bibliotheek`);
    const total = await page.locator(".zicht-entry").count();
    expect(total).toBeGreaterThanOrEqual(37);
    await page.getByLabel("Soort").selectOption("report");
    await page.getByLabel("Onderwerp").selectOption("criminal");
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.waitForURL((url) => url.searchParams.get("soort") === "report");
    expect(pathOf(page.url())).toBe("/bibliotheek?soort=report&voor=&onderwerp=criminal&jaar=");
    const titles = await page.locator(".zicht-entry__title").allTextContents();
    expect(titles).toEqual([
      "Kijken met andere ogen",
      "Het misdrijf voorbij. Een verkenning naar criminele uitbuiting in Rotterdam",
      "Dader of slachtoffer? Criminele uitbuiting; verkenning onder Nederlandse scholen",
    ]);
    expect(await page.getByRole("heading", { level: 2, name: /3 van \d+ items/ }).count()).toBe(1);
    expect(await page.getByLabel("Soort").inputValue()).toBe("report");
    // Counts in the options: switching the topic to sexual exploitation gives this many reports.
    expect(await page.getByLabel("Onderwerp").locator("option").allTextContents()).toContain(
      "seksuele uitbuiting (4)",
    );
  });

  it("een onbekend filter geeft status 400 en een duidelijke melding; een onbekende pagina 404", async () => {
    // Its own context: the browser logs a console error for a 4xx document, which usePage refuses.
    const context = await fixture.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${fixture.app.url}/bibliotheek?soort=blog`);
      expect(response?.status()).toBe(400);
      expect(await page.locator(".utrecht-form-field-error-message").textContent()).toContain(
        "Kies een waarde uit de lijst",
      );
      expect((await page.goto(`${fixture.app.url}/kennisbank/bestaat-niet`))?.status()).toBe(404);
      expect((await page.goto(`${fixture.app.url}/bibliotheek/bestaat-niet`))?.status()).toBe(404);
    } finally {
      await context.close();
    }
  });

  it("een kennisbankpagina: samenvatting, tussenkoppen, ‘Wat kun je doen?’, verwijzingen en datum", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/kennisbank/melden-en-registreren`);
    expect(await page.locator("h2").allTextContents()).toEqual(
      expect.arrayContaining(["Veilig Thuis", "Wat kun je doen?", "Cijfers", "Verder lezen en doen"]),
    );
    expect(await page.locator(".zicht-figure").count()).toBe(3);
    expect(await page.locator('a[href="/bibliotheek/handreiking-melden-bij-comensha"]').count()).toBe(1);
    expect(await page.locator('a[href="/wegwijzer/diensten/comensha"]').count()).toBe(1);
    expect(await page.locator(".zicht-reviewed").textContent()).toContain("1 december 2026");
    // No read-aloud or print buttons without JavaScript; the print hint instead.
    expect(await page.getByRole("button", { name: "Lees voor" }).count()).toBe(0);
    await page.goto(`${fixture.app.url}/kennisbank/hoe-was-jouw-dag-online`);
    expect(await page.getByText("Gebruik de printfunctie van je browser").count()).toBe(1);
  });

  it("de pagina Bronnen: één h1, bronnen per soort met link en controledatum, en wie ze gebruikt", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/`);
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: /Bronnen/ })
      .click();
    await page.waitForURL((url) => url.pathname === "/bronnen");
    expect(await page.locator("h1").allTextContents()).toEqual(["Bronnen"]);
    expect(await page.locator("h2").allTextContents()).toEqual(
      expect.arrayContaining(["Wetten", "Richtlijnen en beroepscodes", "Onderzoek", "Organisaties"]),
    );
    const estimate = page.locator("section#nrm-schatting-2017");
    expect(await estimate.locator('a[href^="https://"]').count()).toBe(1);
    expect(await estimate.textContent()).toContain("gecontroleerd op 3 december 2026");
    expect(await estimate.locator('a[href="/kennisbank/kerncijfers"]').count()).toBe(1);
    expect(
      await estimate.locator('a[href="/kennisbank/kerncijfers#cijfer-estimated-victims-per-year"]').count(),
    ).toBe(1);
    // The figure link lands on the figure, which names its period and source.
    await estimate.locator('a[href="/kennisbank/kerncijfers#cijfer-estimated-victims-per-year"]').click();
    await page.waitForURL((url) => url.pathname === "/kennisbank/kerncijfers");
    const figure = page.locator("#cijfer-estimated-victims-per-year");
    expect(await figure.textContent()).toContain("Periode: 2014–2015");
    expect(await figure.textContent()).toContain("Slachtoffermonitor mensenhandel 2012-2016");
    expect(await page.locator("section[aria-labelledby=bronnen] li").count()).toBeGreaterThanOrEqual(10);
  });

  it("de ouderpagina’s verwijzen naar de quickscan", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/ouders`);
    expect(await page.locator('a[href="/signaleren/quickscan-ouders"]').count()).toBe(1);
  });

  it("een jongerenpagina heeft een kop en voet voor jongeren, met ‘Snel weg’ direct na de skiplink", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/jongeren/wat-is-uitbuiting`);
    await expectYouthShell(page, /^Snel weg/);
    expect(await page.locator(".zicht-logo").innerText()).toContain("Voor jongeren");
    // The youth landing page has the same header and footer.
    await page.goto(`${fixture.app.url}/jongeren`);
    await expectYouthShell(page, /^Snel weg/);
  });

  it("in het Engels heet de knop ‘Quick exit’ en gaat hij naar dezelfde neutrale site", async () => {
    const { page, context } = view;
    await context.addCookies([{ name: "zicht_taal", value: "en", url: fixture.app.url }]);
    await page.goto(`${fixture.app.url}/jongeren/hulp`);
    await expectYouthShell(page, /^Quick exit/);
  });

  it("een professionele pagina houdt de gewone kop en voet, zonder ‘Snel weg’", async () => {
    const { page } = view;
    for (const path of ["/kennisbank/wat-is-uitbuiting", "/ouders/wat-kun-je-doen"]) {
      await page.goto(`${fixture.app.url}${path}`);
      expect(await page.locator(".zicht-quick-exit").count(), path).toBe(0);
      expect(await page.getByRole("searchbox", { name: "Zoeken in Zicht" }).count(), path).toBe(1);
      const footer = await page.locator(".zicht-footer").innerText();
      expect(footer, path).toContain("Over Zicht");
      expect(footer, path).toContain("AVIM");
    }
  });

  it.each([
    "/jongeren",
    "/jongeren/wat-is-uitbuiting",
    "/jongeren/hulp",
    "/ouders/wat-kun-je-doen",
    "/bibliotheek?soort=report&jaar=2022",
    "/zoeken?q=uitgebuit+meisje",
    "/kennisbank/hoe-was-jouw-dag-online",
    "/kennisbank/kerncijfers",
    "/bronnen",
  ])("%s heeft geen axe-overtredingen", async (path) => {
    const scan = await axeWithoutJavaScript(fixture.browser, `${fixture.app.url}${path}`);
    expect(scan.status).toBe(200);
    expect(formatViolations(`${path} (zonder JavaScript)`, scan.violations)).toBe("");
  });
});

describe("met JavaScript", () => {
  const view = usePage(fixture);

  it("jongerenpagina's hebben een voorleesknop die de Nederlandse tekst voorleest", async () => {
    const { page } = view;
    await page.addInitScript(() => {
      // Record what would be spoken, instead of speaking.
      const spoken: Array<{ text: string; lang: string }> = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        spoken.push({ text: utterance.text, lang: utterance.lang });
      };
    });
    await page.goto(`${fixture.app.url}/jongeren/niet-jouw-schuld`);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Lees voor" }).click();
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: Array<{ text: string; lang: string }> }).spoken,
    );
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe("nl-NL");
    expect(spoken[0]?.text).toContain("Het is nooit jouw schuld");
    expect(await page.getByRole("button", { name: "Stop met voorlezen" }).count()).toBe(1);
  });

  it("‘Snel weg’ vervangt de pagina, zodat Terug niet naar Zicht gaat; de jongerenpagina is toegankelijk", async () => {
    const { page } = view;
    // The neutral site is not on this machine: answer for it, and never let the request out.
    await page.route(`${quickExitHref}**`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weer</title><p>Weer</p>" }),
    );
    await page.goto(`${fixture.app.url}/jongeren`);
    await waitForHydration(page);
    await page.goto(`${fixture.app.url}/jongeren/let-op`);
    await waitForHydration(page);
    expect(formatViolations("/jongeren/let-op (met JavaScript)", await axeViolations(page))).toBe("");
    await expectYouthShell(page, /^Snel weg/);
    await page.keyboard.press("Enter");
    await page.waitForURL(quickExitHref);
    // Back skips the page the quick exit was used on.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/jongeren");
  });

  it("zonder spraak in de browser is er geen voorleesknop", async () => {
    const { page } = view;
    await page.addInitScript(() => {
      delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
    });
    await page.goto(`${fixture.app.url}/jongeren`);
    await waitForHydration(page);
    expect(await page.getByRole("button", { name: "Lees voor" }).count()).toBe(0);
  });

  it("de gesprekshulp heeft een printknop", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/kennisbank/hoe-was-jouw-dag-online`);
    await waitForHydration(page);
    // The button appears after hydration (printing needs JavaScript).
    await expect.poll(() => page.getByRole("button", { name: "Print deze pagina" }).count()).toBe(1);
  });
});

describe("een jongerenpagina die niet bestaat", () => {
  const view = usePage(fixture, { javaScriptEnabled: false }, (message) =>
    /status of 404/.test(message.text()),
  );

  it("houdt de kop en voet voor jongeren, met ‘Snel weg’", async () => {
    const { page } = view;
    const missing = await page.goto(`${fixture.app.url}/jongeren/bestaat-niet`);
    expect(missing?.status()).toBe(404);
    await expectYouthShell(page, /^Snel weg/);
  });
});
