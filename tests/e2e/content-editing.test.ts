/**
 * Content editing as an editor does it, without JavaScript: open a
 * kennisbank page in /beheer, preview a change (nothing stored), save it,
 * see it on the public page, find both revisions in the history, compare
 * and restore the old one. Bad input gives field errors. axe on every new
 * workspace page, and on the preview with JavaScript.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeSignedIn, createUsers, enrol, signIn } from "./support/accounts";
import { axeViolations, formatViolations } from "./support/browser";
import { useApp, usePage } from "./support/fixture";
import { makeDataDir, removeDataDir } from "./support/server";

const dataDir = makeDataDir("zicht-e2e-content-");
const email = "tekst@e2e.nl";
let link = "";

// The CLI needs the data directory to itself: it runs before the app starts.
beforeAll(async () => {
  const links = await createUsers(dataDir, { id: "e2e-redactie", name: "E2E-redactie" }, [[email, "editor"]]);
  link = links[email] ?? "";
}, 300_000);
afterAll(() => removeDataDir(dataDir));

const fixture = useApp({ dataDir });
const editPath = "/beheer/kennisbank/kennisbank/daders/nl";

async function mainText(page: Page): Promise<string> {
  return page.locator("main").innerText();
}

describe("kennisbank bewerken zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false }, (message) =>
    /status of (409|410|422)/.test(message.text()),
  );
  it("voorbeeld, opslaan, publieke pagina, versies, vergelijken en terugzetten", async () => {
    const { page } = view;
    const base = fixture.app.url;
    const totp = await enrol(fixture, page, link);
    await signIn(fixture, page, email, totp, /\/beheer$/);

    await page.goto(`${base}/beheer`);
    await page.getByRole("link", { name: "Kennisbank en pagina's" }).click();
    await page.waitForURL(/\/beheer\/kennisbank$/);
    expect(await page.getByRole("link", { name: "Daders", exact: true }).count()).toBe(1);
    await page.getByRole("link", { name: "Daders", exact: true }).click();
    await page.waitForURL(new RegExp(`${editPath}$`));

    // Bad input: field-level errors, nothing stored.
    await page.getByLabel("Titel").fill("");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("alert").first().innerText()).toContain("Niet alles is goed ingevuld.");
    expect(await page.locator("#title-error").innerText()).toBe("Vul een titel in (hoogstens 200 tekens).");

    // Preview: the page as it would look, with the readability check; nothing stored.
    await page.getByLabel("Titel").fill("Daders en ronselaars");
    await page.getByLabel("Wat heb je veranderd? (mag leeg)").fill("Titel verduidelijkt");
    await page.getByRole("button", { name: "Voorbeeld" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("heading", { name: "Voorbeeld: Daders en ronselaars" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Leesbaarheid (B1)" }).count()).toBe(1);
    expect(await page.getByText("Er is nog niets opgeslagen.").count()).toBe(1);
    await page.goto(`${base}/kennisbank/daders`);
    expect(await page.locator("h1").innerText()).toBe("Daders");

    // Save: a new revision; the public page shows it.
    await page.goto(`${base}${editPath}`);
    await page.getByLabel("Titel").fill("Daders en ronselaars");
    await page.getByLabel("Wat heb je veranderd? (mag leeg)").fill("Titel verduidelijkt");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.waitForURL(/opgeslagen=2/);
    expect(await page.getByRole("status").innerText()).toBe("Opgeslagen als versie 2.");
    await page.goto(`${base}/kennisbank/daders`);
    expect(await page.locator("h1").innerText()).toBe("Daders en ronselaars");

    // History: both revisions; compare the first with the current one; restore it.
    await page.goto(`${base}${editPath}/geschiedenis`);
    const history = await mainText(page);
    expect(history).toContain("2 (huidige)");
    expect(history).toContain("Titel verduidelijkt");
    expect(history).toContain("Uit de inhoudsbestanden");
    await page.getByRole("link", { name: "Bekijken: versie 1 naast de huidige" }).click();
    await page.waitForURL(/revisie=1/);
    expect(await page.locator(".zicht-diff__line--removed").first().innerText()).toContain("title: Daders");
    expect(await page.locator(".zicht-diff__line--added").first().innerText()).toContain(
      "title: Daders en ronselaars",
    );
    await page.getByRole("button", { name: "Zet versie 1 terug" }).click();
    await page.waitForURL(/teruggezet=1/);
    expect(await page.getByRole("status").innerText()).toBe("Versie 1 is teruggezet. Dat is nu versie 3.");
    expect(await mainText(page)).toContain("Versie 1 teruggezet");
    await page.goto(`${base}/kennisbank/daders`);
    expect(await page.locator("h1").innerText()).toBe("Daders");

    // axe on every new workspace page (a signed-in context with the same session).
    for (const path of [
      "/beheer",
      "/beheer/kennisbank",
      editPath,
      `${editPath}/geschiedenis`,
      `${editPath}/geschiedenis?revisie=1`,
      "/beheer/kennisbank/jongeren/hulp/en",
      "/beheer/bibliotheek",
      "/beheer/bibliotheek?soort=report",
      "/beheer/bibliotheek/nieuw",
      "/beheer/bibliotheek/podcast-na-de-daad",
      "/beheer/bibliotheek/podcast-na-de-daad/geschiedenis",
    ]) {
      await axeSignedIn(fixture, page, path);
    }

    // With JavaScript: axe on the preview and on a form with errors.
    const context = await fixture.browser.newContext();
    try {
      await context.addCookies(await page.context().cookies());
      const withScripts = await context.newPage();
      await withScripts.goto(`${base}/beheer/kennisbank/jongeren/hulp/nl`);
      await withScripts.getByRole("button", { name: "Voorbeeld" }).click();
      await withScripts.getByRole("heading", { name: "Leesbaarheid (A2, voor jongeren)" }).waitFor();
      let violations = await axeViolations(withScripts);
      expect(violations, formatViolations("voorbeeld", violations)).toEqual([]);

      await withScripts.goto(`${base}/beheer/bibliotheek/nieuw`);
      await withScripts.getByLabel("Link (mag leeg)").fill("http://onzeker.example");
      await withScripts.getByRole("button", { name: "Opslaan" }).click();
      await withScripts.locator("#url-error").waitFor();
      expect(await withScripts.locator("#url-error").innerText()).toBe(
        "Vul een adres in dat begint met https://, of laat het leeg.",
      );
      violations = await axeViolations(withScripts);
      expect(violations, formatViolations("bibliotheek-fouten", violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
