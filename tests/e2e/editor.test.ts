/**
 * The editor's workspace for the Wegwijzer, without JavaScript: an editor
 * signs in, finds a service, changes its phone number and opening hours,
 * and the public service page shows them. Bad input gets field messages
 * and an error summary. axe on every page of the workspace.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeSignedIn, createUsers, enrol, signIn } from "./support/accounts";
import { useApp, usePage } from "./support/fixture";
import { makeDataDir, removeDataDir } from "./support/server";

const dataDir = makeDataDir("zicht-e2e-editor-");
let links: Record<string, string> = {};

beforeAll(async () => {
  links = await createUsers(dataDir, { id: "redactie", name: "Redactie" }, [["redacteur@e2e.nl", "editor"]]);
}, 300_000);
afterAll(() => removeDataDir(dataDir));

const fixture = useApp({ dataDir });

describe("de wegwijzer bijhouden zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false }, (message) =>
    /status of (410|422)/.test(message.text()),
  );

  const signedIn = async (page: Page) => {
    const totp = await enrol(fixture, page, links["redacteur@e2e.nl"]!);
    await signIn(fixture, page, "redacteur@e2e.nl", totp, /\/beheer$/);
  };

  it("een redacteur wijzigt telefoonnummer en openingstijden; de openbare pagina toont ze", async () => {
    const { page } = view;
    await signedIn(page);
    await page.getByRole("link", { name: "Wegwijzer bijhouden" }).click();
    await page.locator("#q").fill("Koraal");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByRole("link", { name: "Consultatielijn uitbuiting" }).click();
    await page.waitForURL(/\/beheer\/wegwijzer\/diensten\/koraal-consultatielijn$/);

    // First a mistake: a word where the number goes, and closing before opening.
    await page.locator("#phone-0-number").fill("bel de receptie");
    await page.locator("#phone-0-hours-0-opens").fill("15:00");
    await page.locator("#phone-0-hours-0-closes").fill("10:00");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.waitForLoadState();
    const summary = page.getByRole("alert");
    expect(await summary.innerText()).toContain("Gebruik alleen cijfers, spaties en streepjes");
    expect(await summary.innerText()).toContain("De sluitingstijd moet na de openingstijd liggen.");
    await page.goto(`${fixture.app.url}/wegwijzer/diensten/koraal-consultatielijn`);
    expect(await page.locator("main").innerText()).not.toContain("bel de receptie");

    // Then right: only Wednesday and Friday, 10:00 to 15:00.
    await page.goto(`${fixture.app.url}/beheer/wegwijzer/diensten/koraal-consultatielijn`);
    await page.locator("#phone-0-number").fill("088-50 57 499");
    for (const day of ["TU", "TH"]) await page.locator(`#phone-0-hours-0-days-${day}`).uncheck();
    for (const day of ["WE", "FR"]) await page.locator(`#phone-0-hours-0-days-${day}`).check();
    await page.locator("#phone-0-hours-0-opens").fill("10:00");
    await page.locator("#phone-0-hours-0-closes").fill("15:00");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.waitForURL(/opgeslagen=1/);
    expect(await page.getByRole("status").first().innerText()).toContain("opgeslagen");

    await page.goto(`${fixture.app.url}/wegwijzer/diensten/koraal-consultatielijn`);
    const main = await page.locator("main").innerText();
    expect(main).toContain("088-50 57 499");
    expect(main).toContain("woensdag en vrijdag van 10.00 tot 15.00 uur");
    expect(main).not.toContain("088-5057410");

    // axe on every page of the workspace (a context with the same session: axe needs JavaScript).
    for (const path of [
      "/beheer",
      "/beheer/wegwijzer",
      "/beheer/wegwijzer?q=fier",
      "/beheer/wegwijzer/diensten/fier-asja",
      "/beheer/wegwijzer/diensten/nieuw",
      "/beheer/wegwijzer/organisaties/fier",
      "/beheer/wegwijzer/organisaties/nieuw",
      "/beheer/suggesties",
    ]) {
      await axeSignedIn(fixture, page, path);
    }
  });
});
