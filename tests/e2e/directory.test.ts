/**
 * The Wegwijzer as a professional uses it: search with and without
 * JavaScript, filters in the URL, "nu open", place suggestions, the service
 * and organisation pages, a "Klopt dit niet?" suggestion, and axe scans.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, axeWithoutJavaScript, formatViolations, waitForHydration } from "./support/browser";
import { useApp, usePage } from "./support/fixture";

const fixture = useApp();

/** The ids of the services in the result list, in order (from their links). */
async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("section[aria-labelledby=results-heading] li.zicht-service h3 a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace("/wegwijzer/diensten/", ""));
}

describe("Wegwijzer zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false });

  it("'jongen 15 Leeuwarden seksuele uitbuiting' geeft Ravi en Fier bovenaan en geen meidenprogramma", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer`);
    await page.getByLabel("Wat zoek je?").fill("jongen 15 Leeuwarden seksuele uitbuiting");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === "jongen 15 Leeuwarden seksuele uitbuiting");
    const ids = await resultIds(page);
    expect(ids.slice(0, 2).sort()).toEqual(["fier-behandelcentrum", "fier-ravi"]);
    expect(ids).not.toContain("fier-asja");
    expect(ids).not.toContain("pluryn-safe-and-sound");
    expect(
      await page.getByText("We zochten op: Jongen · 15 jaar · Leeuwarden · Seksuele uitbuiting").count(),
    ).toBe(1);
    // Each result says how to reach it; tel: links are real links.
    expect(await page.locator('a[href="tel:09008844"]').count()).toBeGreaterThan(0);
  });

  it("'meisje 17 Utrecht' geeft Safe & Sound, YIP! en landelijke hulp, niets voor jongens of 14 tot 18", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer?q=${encodeURIComponent("meisje 17 Utrecht")}`);
    const ids = await resultIds(page);
    expect(ids.slice(0, 2)).toContain("pluryn-safe-and-sound");
    expect(ids).toContain("koraal-yip");
    expect(ids).toContain("veilig-thuis");
    expect(ids).not.toContain("fier-ravi");
    expect(ids).not.toContain("ambiq-make-a-move-plus");
  });

  it("filters staan in de URL, tonen aantallen en de terugknop werkt", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer`);
    const shelter = page.getByLabel(/Opvang en beschermd wonen \(\d+\)/);
    await shelter.check();
    await page.getByLabel("Leeftijd van de jongere").fill("19");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL((url) => url.searchParams.get("hulpsoort") === "opvang-beschermd-wonen");
    expect(new URL(page.url()).searchParams.get("leeftijd")).toBe("19");
    const ids = await resultIds(page);
    expect(ids).toContain("hvo-querido-opvangplekken");
    // Asja takes girls up to and including 23, so 19 fits; Make a Move+ (14 to 18) would not.
    expect(ids).toContain("fier-asja");
    expect(await page.getByLabel(/Opvang en beschermd wonen/).isChecked()).toBe(true);

    const filtered = await page.locator("#results-heading").textContent();
    await page.goBack();
    await page.waitForURL((url) => url.search === "");
    expect(await page.locator("#results-heading").textContent()).not.toBe(filtered);
  });

  it("'nu open' laat alleen hulp zien die nu bereikbaar is, met de tekst erbij", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer`);
    await page.getByLabel("Nu open (telefonisch)").check();
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL((url) => url.searchParams.get("open") === "ja");
    const ids = await resultIds(page);
    // Veilig Thuis and 112 are open day and night.
    expect(ids).toContain("veilig-thuis");
    expect(ids).toContain("alarmnummer-112");
    const cards = page.locator("li.zicht-service");
    const count = await cards.count();
    for (let index = 0; index < count; index++) {
      expect(await cards.nth(index).getByText("Nu open").count()).toBe(1);
    }
  });

  it("vraagt welke Bergen, en geeft suggesties bij een onbekende plaats", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer?plaats=Bergen`);
    const which = page.getByRole("region", { name: "Welke plaats bedoel je?" });
    expect(await which.getByRole("link").count()).toBe(2);
    await which.getByRole("link", { name: /Bergen \(L/ }).click();
    await page.waitForURL((url) => (url.searchParams.get("plaats") ?? "").startsWith("Bergen (L"));
    expect(await page.getByRole("region", { name: "Welke plaats bedoel je?" }).count()).toBe(0);

    await page.goto(`${fixture.app.url}/wegwijzer?plaats=Leewarden`);
    expect(
      await page.getByText("We kennen de plaats 'Leewarden' niet.", { exact: false }).count(),
    ).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Leeuwarden" }).first().click();
    await page.waitForURL((url) => url.searchParams.get("plaats") === "Leeuwarden");
  });

  it("een lege uitkomst legt uit waarom en biedt ruimer zoeken aan", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer?q=Ravi&leeftijd=40`);
    expect(await page.getByRole("heading", { name: "0 resultaten" }).count()).toBe(1);
    await page.getByRole("link", { name: /Zonder leeftijd \(\d+\)/ }).click();
    await page.waitForURL((url) => url.searchParams.get("leeftijd") === null);
    expect(await resultIds(page)).toContain("fier-ravi");
  });

  it("een foute leeftijd geeft 400 en een melding bij het veld", async () => {
    const response = await fetch(`${fixture.app.url}/wegwijzer?leeftijd=vijftien`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Vul een leeftijd in hele jaren in.");
  });

  it("de pagina van een dienst toont alles, en een organisatiepagina haar hulp", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer/diensten/koraal-consultatielijn`);
    expect(await page.locator("h1").textContent()).toBe("Consultatielijn uitbuiting");
    const body = await page.locator("main").innerText();
    expect(body).toContain("088-5057410");
    expect(body).toContain("dinsdag en donderdag van 9.00 tot 12.00 uur");
    expect(body).toContain("vragenoveruitbuiting@koraal.nl");
    expect(body).toMatch(/Gegevens gecontroleerd op \d+ \w+ \d{4}/);
    await page.getByRole("link", { name: "Koraal" }).first().click();
    await page.waitForURL((url) => url.pathname === "/wegwijzer/organisaties/koraal");
    expect(await page.locator("main").innerText()).toContain("046-4775252");
    expect(await resultIdsOnOrganisation(page)).toEqual(
      expect.arrayContaining(["koraal-yip", "koraal-consultatielijn"]),
    );

    const missing = await fetch(`${fixture.app.url}/wegwijzer/diensten/bestaat-niet`);
    expect(missing.status).toBe(404);
  });
});

describe("Klopt dit niet? zonder JavaScript", () => {
  // The form answers 400 to bad input; the browser logs that status for the document.
  const view = usePage(fixture, { javaScriptEnabled: false }, (message) =>
    message.text().includes("status of 400"),
  );

  it("'Klopt dit niet?': foute invoer geeft meldingen, een goed voorstel wordt bewaard en verandert niets", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer/diensten/fier-ravi`);
    await page.getByLabel("Je e-mailadres (niet verplicht)").fill("geen-adres");
    await page.getByRole("button", { name: "Voorstel versturen" }).click();
    await page.waitForLoadState();
    expect(await page.getByText("Schrijf op wat het moet zijn.").count()).toBe(1);
    expect(await page.getByText("Vul een geldig e-mailadres in, of laat het leeg.").count()).toBe(1);

    await page.getByLabel("Wat klopt er niet?").selectOption("phone");
    await page.getByLabel("Wat moet het zijn?").fill("088-2080001");
    await page.getByLabel("Je e-mailadres (niet verplicht)").fill("");
    await page.getByRole("button", { name: "Voorstel versturen" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("We hebben je voorstel ontvangen");

    // Public data stays as it was.
    await page.goto(`${fixture.app.url}/wegwijzer/diensten/fier-ravi`);
    expect(await page.locator("main").innerText()).not.toContain("088-2080001");
  });
});

async function resultIdsOnOrganisation(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("li.zicht-service h2 a, li.zicht-service h3 a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace("/wegwijzer/diensten/", ""));
}

describe("elke dienst- en organisatiepagina", () => {
  it("antwoordt 200 en noemt haar naam in de h1", async () => {
    const links = new Set<string>();
    for (let page = 1; page <= 5; page++) {
      const html = await (await fetch(`${fixture.app.url}/wegwijzer?pagina=${page}`)).text();
      for (const match of html.matchAll(/href="(\/wegwijzer\/(?:diensten|organisaties)\/[a-z0-9-]+)"/g)) {
        links.add(match[1] as string);
      }
      if (!html.includes('rel="next"')) break;
    }
    expect(links.size).toBeGreaterThan(30);
    for (const link of links) {
      const response = await fetch(`${fixture.app.url}${link}`);
      expect(response.status, link).toBe(200);
      expect(await response.text(), link).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    }
  });
});

describe("Wegwijzer met JavaScript", () => {
  const view = usePage(fixture);

  it("de plaats vult zich aan terwijl je typt, en zoeken werkt zonder herladen", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer`);
    await waitForHydration(page);
    const place = page.getByLabel("Plaats", { exact: true });
    await place.pressSequentially("Leeuw");
    await expect
      .poll(() =>
        page
          .locator("datalist#plaats-lijst option")
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
      )
      .toContain("Leeuwarden");
    await place.fill("Leeuwarden");
    await page.getByLabel("Jongen").check();
    await page.getByLabel("Leeftijd van de jongere").fill("15");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL((url) => url.searchParams.get("plaats") === "Leeuwarden");
    // The form also navigates while you type and tick; wait for the list of the final query.
    await expect
      .poll(async () => (await resultIds(page)).slice(0, 2).sort())
      .toEqual(["fier-behandelcentrum", "fier-ravi"]);
  });
});

describe("Wegwijzer toegankelijkheid (axe)", () => {
  const view = usePage(fixture);

  it.each([
    "/wegwijzer",
    "/wegwijzer?q=jongen+15+Leeuwarden+seksuele+uitbuiting&hulpsoort=behandeling",
    "/wegwijzer?plaats=Bergen",
    "/wegwijzer?plaats=Leewarden",
    "/wegwijzer?q=Ravi&leeftijd=40",
    "/wegwijzer/diensten/koraal-consultatielijn",
    "/wegwijzer/organisaties/fier",
  ])("%s heeft geen overtredingen, met en zonder JavaScript", async (path) => {
    const { page } = view;
    await page.goto(`${fixture.app.url}${path}`);
    expect(formatViolations(path, await axeViolations(page))).toBe("");
    const scan = await axeWithoutJavaScript(fixture.browser, `${fixture.app.url}${path}`);
    expect(formatViolations(`${path} (zonder JavaScript)`, scan.violations)).toBe("");
  });

  it("de pagina met een foute leeftijd (400) heeft geen overtredingen", async () => {
    const scan = await axeWithoutJavaScript(fixture.browser, `${fixture.app.url}/wegwijzer?leeftijd=abc`);
    expect(scan.status).toBe(400);
    expect(formatViolations("/wegwijzer?leeftijd=abc", scan.violations)).toBe("");
  });
});
