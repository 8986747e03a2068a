/**
 * Casussen as people use them, without JavaScript: a professional opens a
 * case (a name or BSN as pseudonym is refused first), fills in an instrument
 * inside it, works through the five Meldcode steps, records consent and
 * closes the case; the safeguarding officer of the organisation sees it; a
 * professional of another organisation gets 404. axe on every case page.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeSignedIn, enrol, signIn } from "./support/accounts";
import { waitForHydration } from "./support/browser";
import { useApp, usePage } from "./support/fixture";
import { makeDataDir, removeDataDir, runZicht } from "./support/server";

const dataDir = makeDataDir("zicht-e2e-cases-");
const links: Record<string, string> = {};
const screenshots = process.env.ZICHT_E2E_SCREENSHOTS;
/** Dates relative to today, so the test means the same in any year. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const thisYear = new Date().getUTCFullYear();
/** Certainly under 16 on every date the test uses. */
const birthYear = thisYear - 14;

beforeAll(async () => {
  const run = async (args: string[]) => {
    const result = await runZicht(args, { dataDir, timeoutMs: 120_000 });
    expect(result.code, result.stderrLines.join("\n")).toBe(0);
    return result.stdoutLines.join("\n");
  };
  await run(["org", "create", "--id", "e2e-a", "--name", "Zorg A"]);
  await run(["org", "create", "--id", "e2e-b", "--name", "Zorg B"]);
  for (const [email, role, org] of [
    ["pro@a.nl", "professional", "e2e-a"],
    ["aandacht@a.nl", "safeguarding_officer", "e2e-a"],
    ["pro@b.nl", "professional", "e2e-b"],
    ["js@a.nl", "professional", "e2e-a"],
    ["lijst@a.nl", "professional", "e2e-a"],
  ] as const) {
    const out = await run(["user", "create", "--email", email, "--role", role, "--org", org]);
    links[email] = /(\/uitnodiging\/[\w-]+)/.exec(out)?.[1] ?? "";
  }
}, 300_000);
afterAll(() => removeDataDir(dataDir));

const fixture = useApp({ dataDir });

async function enrolAndSignIn(page: Page, email: string) {
  const totp = await enrol(fixture, page, links[email]!);
  await signIn(fixture, page, email, totp, /\/casussen$/);
  // The header leads back to the cases from every page.
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  expect(await nav.getByRole("link", { name: "Casussen", exact: true }).getAttribute("href")).toBe(
    "/casussen",
  );
}

/** axe on a signed-in page (and a screenshot when ZICHT_E2E_SCREENSHOTS names a folder). */
const axe = (page: Page, path: string) => axeSignedIn(fixture, page, path, screenshots);

async function submit(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
  await page.waitForLoadState();
}

const mainText = (page: Page) => page.locator("main").innerText();

describe("casussen zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false }, (message) =>
    /status of (403|404|409|410|422)/.test(message.text()),
  );

  it("een casus van openen tot afsluiten; de aandachtsfunctionaris ziet hem, een andere organisatie niet", async () => {
    const { page } = view;
    await enrolAndSignIn(page, "pro@a.nl");
    await axe(page, "/casussen");

    // The workspace is closed to a professional: a 403 that says so and what to do.
    const refused = await page.goto(`${fixture.app.url}/beheer/gebruikers`);
    expect(refused?.status()).toBe(403);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      "Je hebt geen toegang tot deze pagina",
    );
    expect(await mainText(page)).toContain("vraag de beheerder van je organisatie");
    await page.goto(`${fixture.app.url}/casussen`);

    // Refusals: a BSN is refused, a name needs confirmation; nothing is stored.
    await page.getByRole("link", { name: "Nieuwe casus" }).click();
    await axe(page, "/casussen/nieuw");
    await page.getByLabel("Schuilnaam of code").fill("123456782");
    await page.getByLabel("Geboortejaar").fill(String(thisYear + 1));
    await submit(page, "Casus openen");
    expect(await mainText(page)).toContain("Dit lijkt een burgerservicenummer (BSN)");
    expect(await mainText(page)).toContain("Het geboortejaar kan niet in de toekomst liggen.");
    await page.getByLabel("Schuilnaam of code").fill("Sanne de Vries");
    await page.getByLabel("Geboortejaar").fill(String(birthYear));
    await page.getByLabel("Meisje of vrouw").check();
    await page.getByLabel("Vermoeden").check();
    await page.getByLabel("Gemeente (niet verplicht)").fill("Den Haag");
    await page.getByLabel("Seksuele uitbuiting").check();
    await submit(page, "Casus openen");
    expect(await mainText(page)).toContain("Het lijkt op een naam.");
    await page.getByLabel("Schuilnaam of code").fill("Vos-12");
    await submit(page, "Casus openen");
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    const casePath = new URL(page.url()).pathname;
    expect(await mainText(page)).toContain("'s-Gravenhage");
    await axe(page, casePath);
    await axe(page, `${casePath}/bewerken`);

    // An instrument inside the case: the screening form, stored with the case.
    await page
      .getByRole("link", { name: "Signalenlijst seksuele uitbuiting invullen voor deze casus" })
      .click();
    await axe(page, new URL(page.url()).pathname);
    // The age comes from the birth year: the form says it is an estimate.
    expect(await page.getByLabel("Leeftijd van de jongere (in jaren)").inputValue()).toBe("13");
    expect(await mainText(page)).toContain("Geschat uit het geboortejaar: 13 of 14.");
    for (const radio of await page.locator('input[type="radio"][value="no"]').all()) await radio.check();
    await page.locator('input[name="q-nieuwe-oudere-vriend"][value="yes"]').check();
    await page.locator('input[name="q-onder-druk"][value="yes"]').check();
    await submit(page, "Bekijk de uitkomst");
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    expect(await mainText(page)).toContain("Mogelijke zorg");
    expect(await page.locator("svg.zicht-trend").count()).toBe(1);
    expect(await mainText(page)).toContain("Opnieuw signaleren");

    // The stored assessment shown again: outcome with explanation and every answer.
    await page.getByRole("link", { name: /^Bekijk wat er op .+ is ingevuld$/ }).click();
    const assessmentPath = new URL(page.url()).pathname;
    expect(assessmentPath).toMatch(new RegExp(`^${casePath}/beoordelingen/[0-9a-f-]{36}$`));
    const shown = await mainText(page);
    expect(shown).toContain("Mogelijke zorg");
    expect(shown).toContain("Waarom deze uitkomst?");
    expect(shown).toContain("De jongere heeft een nieuwe, oudere vriend");
    await axe(page, assessmentPath);
    await page.getByRole("link", { name: "Terug naar de casus" }).click();
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));

    // Step 1: link the assessment.
    await page.getByRole("link", { name: "Stap 1: Signalen in kaart brengen" }).click();
    await axe(page, `${casePath}/stappen/1`);
    await page.locator('input[name="assessments"]').first().check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));

    // Step 2: done only after a consultation is logged.
    await page.goto(`${fixture.app.url}${casePath}/stappen/2`);
    await axe(page, `${casePath}/stappen/2`);
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    expect(await mainText(page)).toContain("Leg eerst vast met wie je hebt overlegd.");
    await page.getByLabel("Met wie").selectOption("veilig_thuis");
    await page.getByLabel("Datum", { exact: true }).fill(daysAgo(3));
    await page.getByLabel("Welk advies kreeg je?").fill("Advies: melden.");
    await submit(page, "Overleg vastleggen");
    expect(await mainText(page)).toContain("Het overleg is vastgelegd.");
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));

    // Step 3: skipped, with the reason.
    await page.goto(`${fixture.app.url}${casePath}/stappen/3`);
    await axe(page, `${casePath}/stappen/3`);
    await page.getByLabel("Overgeslagen").check();
    await submit(page, "Stap opslaan");
    expect(await mainText(page)).toContain("Schrijf op waarom je dit gesprek overslaat.");
    await page
      .getByLabel(/Notitie \(verplicht als je deze stap overslaat/)
      .fill("Een gesprek maakt het nu onveilig.");
    await page.getByLabel("Overgeslagen").check();
    await submit(page, "Stap opslaan");
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));

    // Step 4: acute unsafety → the framework says "report", and the case says so (as the framework's outcome,
    // not as a legal duty).
    await page.goto(`${fixture.app.url}${casePath}/stappen/4`);
    await axe(page, `${casePath}/stappen/4`);
    await page.locator('input[name="q-suspicion"][value="yes"]').check();
    await page.locator('input[name="q-unsafety"][value="yes"]').check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    expect(await mainText(page)).toContain("Volgens het afwegingskader meld je bij Veilig Thuis.");

    // Step 5: help alone is refused; the report with date and reference is saved.
    await page.goto(`${fixture.app.url}${casePath}/stappen/5`);
    await axe(page, `${casePath}/stappen/5`);
    await page.getByLabel("Ik organiseer hulp").check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    expect(await mainText(page)).toContain(
      "Het afwegingskader (stap 4) zegt: meld bij Veilig Thuis. Zo staat het in de meldcode van jullie organisatie.",
    );
    await page.getByLabel("Ik heb gemeld").check();
    await page.getByLabel("Veilig Thuis", { exact: true }).check();
    await page.getByLabel("Datum van de melding").fill(daysAgo(2));
    await page.getByLabel(/Kenmerk van de melding/).fill("VT-2026-0042");
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));

    // A note: saved, the page says so once (flash after the redirect), and the note is listed.
    await page.getByLabel("Nieuwe notitie").fill("Gesprek met school gepland.");
    await submit(page, "Notitie opslaan");
    await page.waitForURL(new RegExp(`${casePath}#notities$`));
    expect(await page.getByRole("status").allInnerTexts()).toContain("De notitie is opgeslagen.");
    expect(await mainText(page)).toContain("Gesprek met school gepland.");
    await page.reload();
    expect(await mainText(page)).not.toContain("De notitie is opgeslagen.");

    // The case page with its history, trend chart, tasks and steps; the dashboard with the re-assessment.
    await axe(page, casePath);
    await axe(page, `${casePath}/stappen/2`);
    await page.goto(`${fixture.app.url}/casussen`);
    expect(await mainText(page)).toContain("Opnieuw signaleren");
    await axe(page, "/casussen");

    // Consent: not before birth; the young person (14) agrees, but a parent with parental authority must
    // agree too (12 to 16: both), and the page says who is still needed.
    await page.goto(`${fixture.app.url}${casePath}/toestemming`);
    await axe(page, `${casePath}/toestemming`);
    await page.getByLabel("Doorverwijzen").check();
    await page.getByLabel("De jongere zelf").check();
    await page.getByLabel("Datum van de toestemming").fill(`${birthYear - 1}-05-01`);
    await page.getByLabel("Mondeling").check();
    await submit(page, "Toestemming opslaan");
    expect(await mainText(page)).toContain("De datum ligt voor het geboortejaar van de jongere.");
    await page.getByLabel("Doorverwijzen").check();
    await page.getByLabel("De jongere zelf").check();
    await page.getByLabel("Datum van de toestemming").fill(daysAgo(2));
    await page.getByLabel("Mondeling").check();
    await submit(page, "Toestemming opslaan");
    expect(await mainText(page)).toContain("De toestemming is vastgelegd.");
    expect(await mainText(page)).toContain("Nog nodig: een ouder met gezag of de voogd");
    await page.getByLabel("Doorverwijzen").check();
    await page.getByLabel("Ouder met gezag").check();
    await page.getByLabel("Wie is het?", { exact: false }).fill("vader");
    await page.getByLabel("Datum van de toestemming").fill(daysAgo(2));
    await page.getByLabel("Schriftelijk").check();
    await submit(page, "Toestemming opslaan");
    expect(await mainText(page)).toContain("De toestemming is vastgelegd.");
    expect(await mainText(page)).toContain("Ouder met gezag (vader)");
    await axe(page, `${casePath}/toestemming`);
    // Withdrawal: not before the consent was given.
    await page.getByLabel("Ingetrokken op").fill(daysAgo(5));
    await submit(page, "Intrekken");
    expect(await mainText(page)).toContain(
      "Intrekken kan niet voor de datum waarop de toestemming is gegeven.",
    );
    await page.getByLabel("Ingetrokken op").fill(daysAgo(1));
    await submit(page, "Intrekken");
    expect(await mainText(page)).toContain("De toestemming is ingetrokken.");

    // The safeguarding officer of the organisation sees the open case.
    const officerContext = await fixture.browser.newContext({ javaScriptEnabled: false });
    const officer = await officerContext.newPage();
    await enrolAndSignIn(officer, "aandacht@a.nl");
    expect(await mainText(officer)).toContain("Vos-12");
    await officer.goto(`${fixture.app.url}${casePath}`);
    expect(await officer.locator("h1").innerText()).toBe("Casus Vos-12");
    await axe(officer, "/casussen");

    // A professional of another organisation: 404.
    const outsiderContext = await fixture.browser.newContext({ javaScriptEnabled: false });
    const outsider = await outsiderContext.newPage();
    await enrolAndSignIn(outsider, "pro@b.nl");
    expect(await mainText(outsider)).not.toContain("Vos-12");
    for (const path of [
      casePath,
      `${casePath}/stappen/1`,
      `${casePath}/toestemming`,
      `${casePath}/afsluiten`,
    ]) {
      expect((await outsider.goto(`${fixture.app.url}${path}`))?.status()).toBe(404);
    }
    await outsiderContext.close();

    // Closing needs an outcome.
    await page.goto(`${fixture.app.url}${casePath}/afsluiten`);
    await axe(page, `${casePath}/afsluiten`);
    await submit(page, "Casus afsluiten");
    expect(await mainText(page)).toContain("Kies de uitkomst van de casus.");
    await page.getByLabel("Gemeld", { exact: true }).check();
    await submit(page, "Casus afsluiten");
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    expect(await mainText(page)).toContain("Gesloten — Gemeld");

    await officer.goto(`${fixture.app.url}${casePath}`);
    expect(await mainText(officer)).toContain("Gesloten — Gemeld");
    await officerContext.close();
    // The whole route of a case with about twenty pages and axe scans: longer than one ordinary test.
  }, 300_000);
});

describe("de lijst met casussen zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false }, (message) =>
    /status of (404|410|422)/.test(message.text()),
  );

  it("een gesloten casus staat in het tabblad Gesloten en de zoekfunctie vindt hem; axe met filters", async () => {
    const { page } = view;
    await enrolAndSignIn(page, "lijst@a.nl");
    await page.getByRole("link", { name: "Nieuwe casus" }).click();
    await page.getByLabel("Schuilnaam of code").fill("Reiger-3");
    await page.getByLabel("Geboortejaar").fill(String(birthYear));
    await page.getByLabel("Jongen of man").check();
    await page.getByLabel("Weet ik niet").check();
    await page.getByLabel("Criminele uitbuiting").check();
    await submit(page, "Casus openen");
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    const casePath = new URL(page.url()).pathname;

    // Open: the list shows the case with its step and its next task.
    await page.goto(`${fixture.app.url}/casussen`);
    const tabs = page.getByRole("navigation", { name: "Casussen per status" });
    expect(await tabs.getByRole("link", { name: "Open (1)" }).getAttribute("aria-current")).toBe("page");
    const openRow = await page.getByRole("table", { name: /^Open casussen/ }).innerText();
    expect(openRow).toContain("Reiger-3");
    expect(openRow).toContain("Stap 1");

    // The steps are still open: closing asks to confirm that.
    await page.goto(`${fixture.app.url}${casePath}/afsluiten`);
    await page.getByLabel("Gemeld", { exact: true }).check();
    await page.getByLabel("Ik weet dat er nog punten openstaan en wil toch afsluiten").check();
    await submit(page, "Casus afsluiten");
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));

    // Nothing disappears: the closed case is in the closed tab, and the search by pseudonym finds it.
    await page.goto(`${fixture.app.url}/casussen`);
    expect(await page.getByRole("table", { name: /^Open casussen/ }).count()).toBe(0);
    await tabs.getByRole("link", { name: "Gesloten (1)" }).click();
    await page.waitForURL(/\/casussen\?tab=gesloten$/);
    expect(await tabs.getByRole("link", { name: "Gesloten (1)" }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByRole("table", { name: /^Gesloten casussen/ }).innerText()).toContain(
      "Gesloten — Gemeld",
    );
    await page.getByLabel("Zoek op schuilnaam").fill("reiger");
    await page.getByLabel("Volgorde").selectOption({ label: "Schuilnaam, van A tot Z" });
    await submit(page, "Toon casussen");
    const searched = new URL(page.url());
    expect(searched.searchParams.get("tab")).toBe("gesloten");
    expect(searched.searchParams.get("zoek")).toBe("reiger");
    await page.getByRole("table").getByRole("link", { name: "Reiger-3" }).click();
    await page.waitForURL(new RegExp(`${casePath}$`));
    expect(await page.locator("h1").innerText()).toBe("Casus Reiger-3");
    await axe(page, `/casussen${searched.search}`);
    await axe(
      page,
      "/casussen?tab=gesloten&zoek=niemand&stap=klaar&vorm=crimineel&termijn=geen&sorteer=termijn",
    );

    // Bad filter values: ignored and named, never an error page.
    const bad = await page.goto(`${fixture.app.url}/casussen?tab=gesloten&zoek=niemand&termijn=ooit`);
    expect(bad?.status()).toBe(200);
    expect(await mainText(page)).toContain("Geen casussen gevonden.");
    expect(await mainText(page)).toContain("Deze keuze kennen we niet.");
  }, 180_000);
});

describe("casussen met JavaScript", () => {
  const view = usePage(fixture, {}, (message) => /status of (409|410|422)/.test(message.text()));

  it("opent een casus, vult een signalering stap voor stap in en slaat een stap op, zonder fouten in de browser", async () => {
    const { page } = view;
    await enrolAndSignIn(page, "js@a.nl");
    await waitForHydration(page);
    await page.getByRole("link", { name: "Nieuwe casus" }).click();
    await page.waitForURL(/\/casussen\/nieuw$/);
    // A failed submit: the error summary takes the focus, so a screen reader reads it.
    await page.getByRole("button", { name: "Casus openen" }).click();
    await page.locator(".zicht-error-summary").waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains("zicht-error-summary"));
    await page.getByLabel("Schuilnaam of code").fill("Uil-7");
    await page.getByLabel("Geboortejaar").fill(String(thisYear - 18));
    await page.getByLabel("Jongen of man").check();
    await page.getByLabel("Weet ik niet").check();
    await page.getByLabel("Criminele uitbuiting").check();
    await page.getByRole("button", { name: "Casus openen" }).click();
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    const casePath = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: "Casus Uil-7" }).waitFor();

    // The instrument form in its step-by-step mode, inside the case.
    await page
      .getByRole("link", { name: "Signalenlijst criminele uitbuiting invullen voor deze casus" })
      .click();
    await page.waitForURL(/signaleren\/signalen-criminele-uitbuiting$/);
    await page
      .getByRole("heading", { level: 1, name: /Signalenlijst criminele uitbuiting voor casus Uil-7/ })
      .waitFor();
    for (let screen = 0; screen < 30; screen++) {
      for (const radio of await page.locator('input[type="radio"][value="no"]:visible').all())
        await radio.check();
      const next = page.getByRole("button", { name: "Volgende", exact: true });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    await page.getByRole("button", { name: "Bekijk de uitkomst" }).click();
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    await page.waitForSelector("svg.zicht-trend");
    await page.getByText("Geen zorg", { exact: true }).first().waitFor();

    await page.getByRole("link", { name: "Stap 4: Wegen met het afwegingskader" }).click();
    await page.waitForURL(/stappen\/4$/);
    await page.getByRole("heading", { level: 1, name: /Stap 4/ }).waitFor();
    await page.locator('input[name="q-suspicion"][value="no"]').check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await page.getByRole("button", { name: "Stap opslaan" }).click();
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    await page.getByText("Geen vermoeden: sluit de stappen af en leg vast waarom.").waitFor();

    // A note, with JavaScript: the flash comes with the client-side redirect and is gone after the next navigation.
    await page.getByLabel("Nieuwe notitie").fill("Afspraak met mentor.");
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "De notitie is opgeslagen." }).waitFor();
    await page.getByText("Afspraak met mentor.").waitFor();
    await page.getByRole("link", { name: "Stap 4: Wegen met het afwegingskader" }).click();
    await page.waitForURL(/stappen\/4$/);
    await page.getByRole("heading", { level: 1, name: /Stap 4/ }).waitFor();
    expect(await mainText(page)).not.toContain("De notitie is opgeslagen.");
  });
});
