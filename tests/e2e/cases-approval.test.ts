/**
 * The safeguarding officer in the loop, with and without JavaScript: the
 * organisation requires approval; a professional asks to close a case (the
 * close page lists what is still open and asks to confirm); the officer sees
 * the count in the header and the item at /meldingen, opens the approval
 * view, sends it back with a reason (an empty reason is refused); the
 * professional sees the task with the reason and asks again; the officer
 * approves; the case shows "Gesloten op" and the closed tab finds it.
 * axe on every page; screenshots at 1280 and 375 px when
 * ZICHT_E2E_SCREENSHOTS names a folder.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeSignedIn, enrol, signIn } from "./support/accounts";
import { waitForHydration } from "./support/browser";
import { useApp, usePage, type AppFixture } from "./support/fixture";
import { makeDataDir, removeDataDir, runZicht } from "./support/server";

const dataDir = makeDataDir("zicht-e2e-approval-");
const links: Record<string, string> = {};
const screenshots = process.env.ZICHT_E2E_SCREENSHOTS;
const birthYear = new Date().getUTCFullYear() - 14;
const confirmLabel = "Ik weet dat er nog punten openstaan en wil toch afsluiten";

beforeAll(async () => {
  const run = async (args: string[]) => {
    const result = await runZicht(args, { dataDir, timeoutMs: 120_000 });
    expect(result.code, result.stderrLines.join("\n")).toBe(0);
    return result.stdoutLines.join("\n");
  };
  await run(["org", "create", "--id", "e2e-a", "--name", "Zorg A"]);
  for (const [email, role] of [
    ["pro@a.nl", "professional"],
    ["aandacht@a.nl", "safeguarding_officer"],
    ["js-pro@a.nl", "professional"],
    ["js-aandacht@a.nl", "safeguarding_officer"],
  ] as const) {
    const out = await run(["user", "create", "--email", email, "--role", role, "--org", "e2e-a"]);
    links[email] = /(\/uitnodiging\/[\w-]+)/.exec(out)?.[1] ?? "";
  }
}, 300_000);
afterAll(() => removeDataDir(dataDir));

const fixture: AppFixture = useApp({ dataDir });

async function enrolAndSignIn(page: Page, email: string) {
  const totp = await enrol(fixture, page, links[email]!);
  await signIn(fixture, page, email, totp, /\/casussen$/);
}

const axe = (page: Page, path: string) => axeSignedIn(fixture, page, path);

/** Screenshots of a signed-in page at 1280 and 375 px (only when ZICHT_E2E_SCREENSHOTS is set). */
async function shoot(page: Page, path: string, name: string) {
  if (!screenshots) return;
  for (const width of [1280, 375]) {
    const context = await fixture.browser.newContext({ viewport: { width, height: 900 } });
    try {
      await context.addCookies(await page.context().cookies());
      const shot = await context.newPage();
      await shot.goto(`${fixture.app.url}${path}`);
      await shot.screenshot({ path: `${screenshots}/${name}-${width}.png`, fullPage: true });
    } finally {
      await context.close();
    }
  }
}

async function submit(page: Page, name: string, js: boolean) {
  await page.getByRole("button", { name, exact: true }).click();
  if (!js) await page.waitForLoadState();
}

const mainText = (page: Page) => page.locator("main").innerText();

/** The unread count in the header: "Meldingen (2)". */
async function unreadCount(page: Page): Promise<number> {
  const link = page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: /^Meldingen \(\d+\)$/ });
  expect(await link.getAttribute("href")).toBe("/meldingen");
  return Number(/\((\d+)\)/.exec(await link.innerText())?.[1]);
}

async function flow(pro: Page, officer: Page, js: boolean, pseudonym: string) {
  const url = fixture.app.url;
  // The organisation requires approval before closing.
  await officer.goto(`${url}/casussen`);
  if (js) await waitForHydration(officer);
  await officer.getByLabel(/^Een casus afsluiten kan pas na goedkeuring/).check();
  await submit(officer, "Instelling opslaan", js);
  await officer.getByText("De instelling is opgeslagen.").waitFor();
  const before = await unreadCount(officer);

  // The professional opens a case and asks to close it: the open steps are listed; confirming is required.
  await pro.goto(`${url}/casussen/nieuw`);
  if (js) await waitForHydration(pro);
  await pro.getByLabel("Schuilnaam of code").fill(pseudonym);
  await pro.getByLabel("Geboortejaar").fill(String(birthYear));
  await pro.getByLabel("Meisje of vrouw").check();
  await pro.getByLabel("Vermoeden").check();
  await pro.getByLabel("Seksuele uitbuiting").check();
  await submit(pro, "Casus openen", js);
  await pro.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
  const casePath = new URL(pro.url()).pathname;
  await pro.goto(`${url}${casePath}/afsluiten`);
  if (js) await waitForHydration(pro);
  await axe(pro, `${casePath}/afsluiten`);
  await shoot(pro, `${casePath}/afsluiten`, `afsluiten-${js ? "js" : "nojs"}`);
  const open = pro.getByRole("region", { name: "Dit staat nog open" });
  expect(await open.getByRole("link", { name: /^Stap 1: .* is nog niet klaar$/ }).getAttribute("href")).toBe(
    `${casePath}/stappen/1`,
  );
  await pro.getByLabel("Hulp is geregeld").check();
  await submit(pro, "Vraag goedkeuring om af te sluiten", js);
  await pro.getByText("Er staan nog punten open. Zet een vinkje als je toch wilt afsluiten.").waitFor();
  expect(new URL(pro.url()).pathname).toBe(`${casePath}/afsluiten`);
  await pro.getByLabel("Hulp is geregeld").check();
  await pro.getByLabel(confirmLabel).check();
  await submit(pro, "Vraag goedkeuring om af te sluiten", js);
  await pro.waitForURL(new RegExp(`${casePath}$`));
  await pro.getByText("Je vraag om af te sluiten is naar de aandachtsfunctionaris gestuurd.").waitFor();

  // The officer: the count in the header, the item at /meldingen, the approval view.
  await officer.goto(`${url}/casussen`);
  expect(await unreadCount(officer)).toBe(before + 1);
  await officer
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: /^Meldingen/ })
    .click();
  await officer.waitForURL(/\/meldingen$/);
  await axe(officer, "/meldingen");
  await shoot(officer, "/meldingen", `meldingen-${js ? "js" : "nojs"}`);
  const row = officer.getByRole("row").filter({ hasText: pseudonym });
  expect(await row.innerText()).toContain("Goedkeuring gevraagd om af te sluiten");
  await row.getByRole("link", { name: pseudonym }).click();
  await officer.waitForURL(new RegExp(`${casePath}/afsluiten$`));
  if (js) await waitForHydration(officer);
  await axe(officer, `${casePath}/afsluiten`);
  await shoot(officer, `${casePath}/afsluiten`, `goedkeuren-${js ? "js" : "nojs"}`);
  const review = await mainText(officer);
  expect(review).toContain("vraagt om deze casus af te sluiten. Gekozen uitkomst: Hulp is geregeld.");
  for (const heading of ["Stappenplan (Meldcode)", "Signaleringen", "Toestemming", "Notities"]) {
    await officer.getByRole("heading", { level: 2, name: heading }).waitFor();
  }

  // Sending back needs a reason; then the case is open again.
  await submit(officer, "Terugsturen", js);
  await officer.getByText("Schrijf waarom je het afsluiten terugstuurt.").first().waitFor();
  await officer.getByLabel("Waarom stuur je het terug?").fill("Leg eerst het gesprek met school vast.");
  await submit(officer, "Terugsturen", js);
  await officer.waitForURL(new RegExp(`${casePath}$`));
  await officer.getByText("Het afsluiten is teruggestuurd.", { exact: false }).waitFor();

  // The professional sees the task with the reason, and asks again.
  await pro.goto(`${url}${casePath}`);
  if (js) await waitForHydration(pro);
  await axe(pro, casePath);
  const tasks = await pro.getByRole("region", { name: "Taken en herinneringen" }).innerText();
  expect(tasks).toContain("Teruggestuurd: afsluiten aanpassen");
  expect(tasks).toContain("Reden: Leg eerst het gesprek met school vast.");
  expect(await unreadCount(pro)).toBeGreaterThanOrEqual(1);
  await pro.goto(`${url}${casePath}/afsluiten`);
  if (js) await waitForHydration(pro);
  await pro.getByLabel("Hulp is geregeld").check();
  await pro.getByLabel(confirmLabel).check();
  await submit(pro, "Vraag goedkeuring om af te sluiten", js);
  await pro.waitForURL(new RegExp(`${casePath}$`));

  // The officer approves.
  await officer.goto(`${url}${casePath}/afsluiten`);
  if (js) await waitForHydration(officer);
  await officer.getByLabel(confirmLabel).check();
  await submit(officer, "Goedkeuren en afsluiten", js);
  await officer.waitForURL(new RegExp(`${casePath}$`));
  await officer.getByText("De casus is gesloten.").waitFor();
  const closed = await mainText(officer);
  expect(closed).toMatch(/Gesloten op \d{1,2} [a-z]+ \d{4} door (js-)?aandacht@a\.nl\./);
  expect(closed).toContain("Uitkomst: Hulp is geregeld.");
  await axe(officer, casePath);

  // The professional finds the closed case in the closed tab by searching.
  await pro.goto(`${url}/casussen?tab=gesloten`);
  if (js) await waitForHydration(pro);
  await pro.getByLabel("Zoek op schuilnaam").fill(pseudonym.toLowerCase());
  await submit(pro, "Toon casussen", js);
  await pro.waitForURL(/zoek=/);
  await pro
    .getByRole("table", { name: /^Gesloten casussen/ })
    .getByRole("link", { name: pseudonym })
    .click();
  await pro.waitForURL(new RegExp(`${casePath}$`));
  await pro.getByText(/^Gesloten op \d/).waitFor();
  await axe(pro, "/meldingen");
}

describe("de aandachtsfunctionaris keurt afsluiten goed, zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false }, (message) =>
    /status of (404|409|410|422)/.test(message.text()),
  );

  it("vragen, terugsturen met een reden, opnieuw vragen, goedkeuren", async () => {
    const officerContext = await fixture.browser.newContext({ javaScriptEnabled: false });
    try {
      const officer = await officerContext.newPage();
      await enrolAndSignIn(officer, "aandacht@a.nl");
      await enrolAndSignIn(view.page, "pro@a.nl");
      await flow(view.page, officer, false, "Vos-31");
    } finally {
      await officerContext.close();
    }
  }, 300_000);
});

describe("de aandachtsfunctionaris keurt afsluiten goed, met JavaScript", () => {
  const view = usePage(fixture, {}, (message) => /status of (404|409|410|422)/.test(message.text()));

  it("vragen, terugsturen met een reden, opnieuw vragen, goedkeuren", async () => {
    const officerContext = await fixture.browser.newContext();
    try {
      const officer = await officerContext.newPage();
      await enrolAndSignIn(officer, "js-aandacht@a.nl");
      await enrolAndSignIn(view.page, "js-pro@a.nl");
      await flow(view.page, officer, true, "Tulp-8");
    } finally {
      await officerContext.close();
    }
  }, 300_000);
});
