/**
 * Accounts as people use them: an invitation made with the CLI → set a
 * password and enrol the second factor (the test computes the codes) → sign
 * in → sign out; an editor accepts a Wegwijzer suggestion and the public page
 * shows it; axe on every account and workspace page, without JavaScript.
 */
import type { TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeSignedIn as axeSignedInPage,
  enrol as enrolPerson,
  signIn as signInPerson,
} from "./support/accounts";
import { axeWithoutJavaScript, formatViolations } from "./support/browser";
import { useApp, usePage } from "./support/fixture";
import { makeDataDir, removeDataDir, runZicht } from "./support/server";

const dataDir = makeDataDir("zicht-e2e-accounts-");
const links: Record<string, string> = {};

// The CLI needs the data directory to itself: it runs before the app starts.
beforeAll(async () => {
  const run = async (args: string[]) => {
    const result = await runZicht(args, { dataDir, timeoutMs: 120_000 });
    expect(result.code, result.stderrLines.join("\n")).toBe(0);
    return result.stdoutLines.join("\n");
  };
  await run(["org", "create", "--id", "e2e-org", "--name", "E2E-organisatie"]);
  for (const [email, role] of [
    ["beheer@e2e.nl", "org_admin"],
    ["redactie@e2e.nl", "editor"],
  ]) {
    const out = await run(["user", "create", "--email", email!, "--role", role!, "--org", "e2e-org"]);
    links[email!] = /(\/uitnodiging\/[\w-]+)/.exec(out)?.[1] ?? "";
  }
}, 300_000);
afterAll(() => removeDataDir(dataDir));

const fixture = useApp({ dataDir });

/** axe on the current page as a browser without JavaScript shows it (no session needed). */
async function axe(page: Page, label: string) {
  const { violations } = await axeWithoutJavaScript(fixture.browser, page.url());
  expect(violations, formatViolations(label, violations)).toEqual([]);
}

const axeSignedIn = (page: Page, path: string) => axeSignedInPage(fixture, page, path);
const enrol = (page: Page, link: string) => enrolPerson(fixture, page, link);
const signIn = (page: Page, email: string, totp: TOTP) =>
  signInPerson(fixture, page, email, totp, /\/beheer$/);

describe("accounts zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false }, (message) =>
    /status of (400|401|403|410)/.test(message.text()),
  );

  it("uitnodiging → wachtwoord en app instellen → inloggen → uitloggen; een gebruikte link werkt niet meer", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}${links["beheer@e2e.nl"]}`);
    await axe(page, "uitnodiging");
    // Bad input: field-level messages, nothing stored.
    await page.getByLabel("Wachtwoord", { exact: true }).fill("welkom123456");
    await page.getByRole("button", { name: "Account instellen" }).click();
    await page.waitForLoadState();
    expect(await page.getByText("Dit wachtwoord is te makkelijk te raden.", { exact: false }).count()).toBe(
      1,
    );
    expect(await page.getByText("Deze code klopt niet.", { exact: false }).count()).toBe(1);

    const totp = await enrol(page, links["beheer@e2e.nl"]!);
    await axe(page, "herstelcodes");

    await page.goto(`${fixture.app.url}${links["beheer@e2e.nl"]}`);
    expect(await page.getByText("Deze link werkt niet meer.", { exact: false }).count()).toBe(1);

    // Wrong password: the one general message.
    await page.goto(`${fixture.app.url}/inloggen`);
    await axe(page, "inloggen");
    await page.getByLabel("E-mailadres").fill("beheer@e2e.nl");
    await page.getByLabel("Wachtwoord").fill("helemaal-niet-goed-123");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await page.waitForLoadState();
    expect(
      await page.getByText("Inloggen lukt niet met dit e-mailadres en wachtwoord.", { exact: false }).count(),
    ).toBe(1);

    await signIn(page, "beheer@e2e.nl", totp);
    for (const path of ["/beheer", "/beheer/gebruikers", "/beheer/logboek", "/account"]) {
      await page.goto(`${fixture.app.url}${path}`);
      expect(await page.locator("h1").count()).toBe(1);
    }
    for (const path of ["/beheer", "/beheer/gebruikers", "/beheer/logboek", "/account"]) {
      await axeSignedIn(page, path);
    }
    expect(await page.locator("main").innerText()).toContain("beheer@e2e.nl");

    // An org admin invites someone; the log shows it.
    await page.goto(`${fixture.app.url}/beheer/gebruikers`);
    await page.getByLabel("E-mailadres").fill("nieuw@e2e.nl");
    await page.getByRole("button", { name: "Uitnodiging sturen" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").innerText()).toContain("nieuw@e2e.nl");

    await page.goto(`${fixture.app.url}/account`);
    await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
    await page.waitForURL(/uitgelogd=1/);
    expect(await page.getByRole("status").innerText()).toContain("Je bent uitgelogd.");
    await page.goto(`${fixture.app.url}/beheer`);
    expect(new URL(page.url()).pathname).toBe("/inloggen");
  });

  it("een redacteur neemt een suggestie over en de wegwijzer toont de nieuwe waarde", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/wegwijzer/diensten/fier-ravi`);
    await page.getByLabel("Wat klopt er niet?").selectOption("phone");
    await page.getByLabel("Wat moet het zijn?").fill("088-2080099");
    await page.getByRole("button", { name: "Voorstel versturen" }).click();
    await page.waitForLoadState();

    const totp = await enrol(page, links["redactie@e2e.nl"]!);
    await signIn(page, "redactie@e2e.nl", totp);
    await page.goto(`${fixture.app.url}/beheer/suggesties`);
    expect(await page.locator("main").innerText()).toContain("088-2080099");
    await page.getByRole("button", { name: "Overnemen" }).first().click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").innerText()).toContain("overgenomen");
    // A professional's pages are closed to an editor.
    const response = await page.goto(`${fixture.app.url}/beheer/gebruikers`);
    expect(response?.status()).toBe(403);

    await page.goto(`${fixture.app.url}/wegwijzer/diensten/fier-ravi`);
    expect(await page.locator("main").innerText()).toContain("088-2080099");
  });
});
