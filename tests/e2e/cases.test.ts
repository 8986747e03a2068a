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
import { axeViolations, formatViolations, waitForHydration } from "./support/browser";
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
    ["js-melden@a.nl", "professional", "e2e-a"],
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

/** Whether the table region with this name is wider than it shows (so it scrolls sideways). */
const scrollsSideways = (page: Page, name: string) =>
  page.getByRole("region", { name }).evaluate((region) => region.scrollWidth > region.clientWidth + 1);

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
    // The flash says what was stored; the panel says what to do now, and its button goes there.
    expect(await page.getByRole("status").allInnerTexts()).toContain(
      "Casus Vos-12 is geopend. Begin met een signalenlijst.",
    );
    const panel = page.getByRole("region", { name: "Wat nu?" });
    expect(await panel.innerText()).toContain("0 van de 5 stappen zijn klaar.");
    expect(await panel.innerText()).toContain("Nu doen: Vul een signalenlijst in.");
    expect(await panel.locator('[aria-current="step"]').innerText()).toContain(
      "Stap 1: Signalen in kaart brengen",
    );
    expect(await panel.getByRole("link", { name: "Kies een signalenlijst" }).getAttribute("href")).toBe(
      `${casePath}#signaleringen`,
    );
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
    // Acute danger: urgent advice, which becomes a task due today.
    await page.locator('input[name="acuut"][value="ja"]').check();
    await submit(page, "Bekijk de uitkomst");
    // Saved: the outcome page with the advice, and a flash.
    await page.waitForURL(new RegExp(`${casePath}/beoordelingen/[0-9a-f-]{36}$`));
    expect(await page.getByRole("status").allInnerTexts()).toContain(
      "De signalering is opgeslagen. Hieronder zie je de uitkomst en het advies.",
    );
    const outcomeText = await mainText(page);
    expect(outcomeText).toContain("Mogelijke zorg");
    expect(outcomeText).toContain("Bel eerst 112");
    await axe(page, new URL(page.url()).pathname);
    await page.goto(`${fixture.app.url}${casePath}`);
    expect(await mainText(page)).toContain("Mogelijke zorg");
    // The case page: the latest outcome with its advice, and the urgent task.
    expect(await page.locator("#laatste-uitkomst").innerText()).toContain("Laatste uitkomst per instrument");
    expect(await mainText(page)).toContain("Dringend advies opvolgen");
    expect(await page.locator("svg.zicht-trend__chart").count()).toBe(1);
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

    // The same list again, now with a red flag: the chart plots the score with dates and marks the red
    // flag; its name is the summary; the history lists the newest first with a red-flag column.
    await page.getByRole("link", { name: "Signalenlijst seksuele uitbuiting opnieuw invullen" }).click();
    for (const radio of await page.locator('input[type="radio"][value="no"]').all()) await radio.check();
    for (const item of ["nieuwe-oudere-vriend", "onder-druk", "beelden-gedeeld"])
      await page.locator(`input[name="q-${item}"][value="yes"]`).check();
    await submit(page, "Bekijk de uitkomst");
    await page.waitForURL(new RegExp(`${casePath}/beoordelingen/[0-9a-f-]{36}$`));
    await page.getByRole("link", { name: "Terug naar de casus" }).click();
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    const day = String.raw`\d{1,2} [a-z]{3} \d{4}`;
    const summary = new RegExp(`^Score steeg van 4 naar 7 tussen (${day}) en \\1; 1 keer een rode vlag\\.$`);
    const chart = page.getByRole("img", { name: /^Grafiek van Signalenlijst seksuele uitbuiting\./ });
    expect(await chart.count()).toBe(1);
    const chartName = (await chart.getAttribute("aria-labelledby"))!;
    const chartTitle = await page.locator(`[id="${chartName}"]`).textContent();
    expect(chartTitle).toContain(
      `${(await page.locator(".zicht-trend__summary").first().innerText()).trim()} De tabel hieronder geeft dezelfde gegevens.`,
    );
    expect((await page.locator(".zicht-trend__summary").first().innerText()).trim()).toMatch(summary);
    // Dates on the axis, the score scale 0..max with the thresholds, one red-flag triangle.
    const axisTexts = await chart.locator("text").allTextContents();
    expect(axisTexts.some((text) => new RegExp(`^${day}$`).test(text))).toBe(true);
    expect(axisTexts).toEqual(
      expect.arrayContaining(["0", "4", "10", "Geen zorg", "Mogelijke zorg", "Duidelijke zorg"]),
    );
    expect(await chart.locator(".zicht-trend__marker--red-flag").count()).toBe(1);
    expect(await chart.locator(".zicht-trend__marker--point").count()).toBe(1);
    const history = page.getByRole("table", {
      name: "Signalenlijst seksuele uitbuiting: alle keren ingevuld, de nieuwste bovenaan",
    });
    expect(await history.locator("thead th").allInnerTexts()).toEqual([
      "Wanneer",
      "Score",
      "Uitkomst",
      "Rode vlag",
      "Door",
    ]);
    expect(await history.locator("tbody tr").count()).toBe(2);
    const cells = (row: number) =>
      history
        .locator("tbody tr")
        .nth(row)
        .locator("th, td")
        .allInnerTexts()
        .then((texts) => texts.slice(1, 4).map((text) => text.trim()));
    expect(await cells(0)).toEqual(["7", "Duidelijke zorg", "Ja"]);
    expect(await cells(1)).toEqual(["4", "Mogelijke zorg", "Nee"]);

    // Step 1: link the assessment.
    await page.getByRole("link", { name: "Stap 1: Signalen in kaart brengen" }).click();
    await axe(page, `${casePath}/stappen/1`);
    await page.locator('input[name="assessments"]').first().check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    // Saving step 1 leads on to step 2, with a flash.
    await page.waitForURL(new RegExp(`${casePath}/stappen/2$`));
    expect(await page.getByRole("status").allInnerTexts()).toContain("Stap 1 is opgeslagen.");

    // On the case page the urgent advice comes first in the panel; once it is followed up (task done),
    // the panel says step 2 is next, and its button leads there.
    await page.goto(`${fixture.app.url}${casePath}`);
    expect(await panel.innerText()).toContain("1 van de 5 stappen zijn klaar.");
    expect(await panel.innerText()).toContain("Er is een dringend advies. Volg het op.");
    // The urgent advice is a task due today on the dashboard too.
    await page.goto(`${fixture.app.url}/casussen`);
    expect(await mainText(page)).toContain("Dringend advies opvolgen");
    await page.goto(`${fixture.app.url}${casePath}`);
    // Each urgent-advice task names its advice, so several read apart.
    expect(await mainText(page)).toContain("Dringend advies opvolgen (Bel eerst 112)");
    const urgentDone = page.getByRole("button", { name: /^Taak Dringend advies opvolgen \(.*\) is klaar$/ });
    while ((await urgentDone.count()) > 0) {
      await urgentDone.first().click();
      await page.waitForLoadState();
      await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    }
    expect(await panel.innerText()).not.toContain("dringend advies");
    await panel.getByRole("link", { name: "Naar stap 2" }).click();
    await page.waitForURL(new RegExp(`${casePath}/stappen/2$`));
    // Step 2: done only with a consultation; consultation and step are saved with one button.
    await axe(page, `${casePath}/stappen/2`);
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Overleg en stap opslaan");
    expect(await mainText(page)).toContain("Leg eerst vast met wie je hebt overlegd.");
    await page.getByLabel("Met wie").selectOption("veilig_thuis");
    await page.getByLabel("Datum", { exact: true }).fill(daysAgo(3));
    await page.getByLabel("Welk advies kreeg je?").fill("Advies: melden.");
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Overleg en stap opslaan");
    await page.waitForURL(new RegExp(`${casePath}/stappen/3$`));
    expect(await page.getByRole("status").allInnerTexts()).toContain(
      "Het overleg en stap 2 zijn opgeslagen.",
    );

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
    await page.waitForURL(new RegExp(`${casePath}/stappen/4$`));

    // Step 4: acute unsafety → the framework says "report", and the case says so (as the framework's outcome,
    // not as a legal duty).
    await page.goto(`${fixture.app.url}${casePath}/stappen/4`);
    await axe(page, `${casePath}/stappen/4`);
    // The question explains "acuut" and "structureel onveilig" with the framework as its source.
    expect(await page.locator("#q-unsafety").innerText()).toContain("Structureel onveilig:");
    await page.locator('input[name="q-suspicion"][value="yes"]').check();
    await page.locator('input[name="q-unsafety"][value="yes"]').check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    await page.waitForURL(new RegExp(`${casePath}/stappen/5$`));
    expect(await mainText(page)).toContain("Volgens het afwegingskader meld je bij Veilig Thuis.");

    // Step 5: help alone is refused while the report is not recorded.
    await axe(page, `${casePath}/stappen/5`);
    await page.getByLabel("Ik organiseer hulp").check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    expect(await mainText(page)).toContain(
      "Het afwegingskader (stap 4) zegt: meld bij Veilig Thuis. Zo staat het in de meldcode van jullie organisatie.",
    );

    // The case page warns and links to the Veilig Thuis summary; the report is recorded there, once.
    await page.goto(`${fixture.app.url}${casePath}`);
    expect(await page.locator("#melden-veilig-thuis").innerText()).toBe("Meld bij Veilig Thuis");
    expect(await mainText(page)).toContain("Volgens het afwegingskader meld je deze casus bij Veilig Thuis");
    await axe(page, casePath);
    await page
      .getByRole("link", { name: "Naar de samenvatting voor Veilig Thuis en de melding vastleggen" })
      .click();
    await page.waitForURL(new RegExp(`${casePath}/meldingen/veilig-thuis$`));
    await page.getByLabel("Datum van de melding").fill(daysAgo(2));
    await page.getByLabel(/Kenmerk/).fill("VT-2026-0042");
    await submit(page, "Melding vastleggen");
    expect(await page.getByRole("status").allInnerTexts()).toContain(
      "De melding bij Veilig Thuis is vastgelegd. Dit staat nu ook bij stap 5.",
    );
    expect(await mainText(page)).toContain("VT-2026-0042");
    await page.goto(`${fixture.app.url}${casePath}`);
    expect(await page.locator("#melden-veilig-thuis").count()).toBe(0);

    // Step 5 shows the report and does not ask for it again.
    await page.goto(`${fixture.app.url}${casePath}/stappen/5`);
    const step5 = await mainText(page);
    expect(step5).toContain("Gemeld bij Veilig Thuis op");
    expect(step5).toContain("Kenmerk: VT-2026-0042.");
    expect(await page.getByLabel("Datum van de melding").count()).toBe(0);
    await axe(page, `${casePath}/stappen/5`);
    await page.getByLabel("Ik organiseer hulp").check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await submit(page, "Stap opslaan");
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));

    // A note: saved, the page says so once (flash after the redirect), and the note is listed.
    await page.getByLabel("Nieuwe notitie").fill("Gesprek met school gepland.");
    await submit(page, "Notitie opslaan");
    await page.waitForURL(new RegExp(`${casePath}#notities$`));
    expect(await page.getByRole("status").allInnerTexts()).toContain("De notitie is opgeslagen.");
    expect(await mainText(page)).toContain("Gesprek met school gepland.");
    const reloaded = await page.reload();
    expect(await mainText(page)).not.toContain("De notitie is opgeslagen.");
    // Nothing with case data on it may be stored by the browser or a proxy: the page, its data, the home page.
    expect(reloaded?.headers()["cache-control"]).toBe("no-store");
    for (const path of [`${casePath}.data`, "/casussen.data", "/"]) {
      const response = await page.request.get(`${fixture.app.url}${path}`);
      expect(response.headers()["cache-control"], path).toBe("no-store");
    }

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
    // The trail of a case page: Home › Casussen › the pseudonym (a link to the case) › the page.
    const trail = page.getByRole("navigation", { name: "Kruimelpad" });
    expect(await trail.getByRole("listitem").allInnerTexts()).toEqual([
      "Home",
      "Casussen",
      "Vos-12",
      "Toestemming",
    ]);
    expect(await trail.getByRole("link", { name: "Vos-12" }).getAttribute("href")).toBe(casePath);
    // At 1280 px the consent table is whole; on a 375 px phone it scrolls inside a named, focusable region
    // that says there is more.
    expect(await scrollsSideways(page, "Toestemming die nodig is, per doel, voor deze jongere")).toBe(false);
    // (With JavaScript on, as axe needs it; the page itself is server-rendered the same.)
    const phone = await fixture.browser.newContext({ viewport: { width: 375, height: 800 } });
    try {
      await phone.addCookies(await page.context().cookies());
      const small = await phone.newPage();
      await small.goto(`${fixture.app.url}${casePath}/toestemming`);
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const region = small.getByRole("region", {
        name: "Toestemming die nodig is, per doel, voor deze jongere",
      });
      expect(await region.getAttribute("tabindex")).toBe("0");
      expect(await scrollsSideways(small, "Toestemming die nodig is, per doel, voor deze jongere")).toBe(
        true,
      );
      expect(await region.getByText("Schuif opzij voor meer kolommen").isVisible()).toBe(true);
      await region.focus();
      await small.keyboard.press("ArrowRight");
      // The arrow key scrolls the focused region (smoothly: wait for it to move).
      await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      const violations = await axeViolations(small);
      expect(violations, formatViolations(`${casePath}/toestemming (375 px)`, violations)).toEqual([]);
      if (screenshots) await small.screenshot({ path: `${screenshots}/toestemming-375.png`, fullPage: true });
    } finally {
      await phone.close();
    }
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
    await page.waitForURL(new RegExp(`${casePath}/toestemming$`));
    expect(await page.getByRole("status").allInnerTexts()).toContain(
      "De toestemming is vastgelegd: Doorverwijzen.",
    );
    expect(await mainText(page)).toContain("Nog nodig: een ouder met gezag of de voogd");
    await page.getByLabel("Doorverwijzen").check();
    await page.getByLabel("Ouder met gezag").check();
    await page.getByLabel("Wie is het?", { exact: false }).fill("vader");
    await page.getByLabel("Datum van de toestemming").fill(daysAgo(2));
    await page.getByLabel("Schriftelijk").check();
    await submit(page, "Toestemming opslaan");
    expect(await page.getByRole("status").allInnerTexts()).toContain(
      "De toestemming is vastgelegd: Doorverwijzen.",
    );
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
    expect(await page.getByRole("status").allInnerTexts()).toContain(
      "De toestemming is ingetrokken: Doorverwijzen.",
    );

    // The timeline on the case page: consent, steps and the assessment, newest first, each with its link.
    await page.goto(`${fixture.app.url}${casePath}`);
    const timeline = await page
      .getByRole("region", { name: "Tijdlijn" })
      .getByRole("listitem")
      .evaluateAll((items) => items.map((item) => item.querySelector("a")?.textContent ?? ""));
    const position = (text: string) => timeline.findIndex((line) => line.startsWith(text));
    expect(position("Toestemming ingetrokken: Doorverwijzen")).toBe(0);
    expect(position("Stap 5: Beslissen: hulp en/of melden: Klaar")).toBeGreaterThan(0);
    expect(position("Stap 5: Beslissen")).toBeLessThan(position("Stap 4: Wegen"));
    expect(position("Stap 4: Wegen")).toBeLessThan(position("Stap 2: Overleggen: Klaar"));
    expect(position("Stap 2: Overleggen")).toBeLessThan(position("Stap 1: Signalen"));
    expect(position("Stap 1: Signalen")).toBeLessThan(
      position("Signalenlijst ingevuld: Signalenlijst seksuele uitbuiting"),
    );
    expect(timeline.at(-1)).toBe("Casus geopend");
    // All steps done and the report recorded: close the case.
    expect(await panel.innerText()).toContain("Nu doen: Alle stappen zijn klaar. Sluit de casus af.");
    await axe(page, casePath);
    if (screenshots) {
      // The case page on a phone, too: the panel must read well at 375 px.
      const narrow = await fixture.browser.newContext({ viewport: { width: 375, height: 800 } });
      await narrow.addCookies(await page.context().cookies());
      const phone = await narrow.newPage();
      await phone.goto(`${fixture.app.url}${casePath}`);
      await phone.screenshot({ path: `${screenshots}/case-375.png`, fullPage: true });
      await narrow.close();
    }

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
    // The flash and the panel after a client-side redirect; the panel's button goes to the signals lists.
    await page.getByRole("status").filter({ hasText: "Casus Uil-7 is geopend." }).waitFor();
    const panel = page.getByRole("region", { name: "Wat nu?" });
    expect(await panel.innerText()).toContain("Nu doen: Vul een signalenlijst in.");
    await panel.getByRole("link", { name: "Kies een signalenlijst" }).click();
    await page.waitForURL(new RegExp(`${casePath}#signaleringen$`));

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
    await page.waitForURL(new RegExp(`${casePath}/beoordelingen/[0-9a-f-]{36}$`));
    await page.getByRole("heading", { level: 2, name: "Wat doe je nu?" }).waitFor();
    await page.getByRole("link", { name: "Terug naar de casus" }).click();
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    await page.waitForSelector("svg.zicht-trend__chart");
    await page.getByText("Geen zorg", { exact: true }).first().waitFor();

    await page.getByRole("link", { name: "Stap 4: Wegen met het afwegingskader" }).click();
    await page.waitForURL(/stappen\/4$/);
    await page.getByRole("heading", { level: 1, name: /Stap 4/ }).waitFor();
    // The outcome follows the answers before saving.
    await page.locator('input[name="q-suspicion"][value="yes"]').check();
    await page.locator('input[name="q-unsafety"][value="yes"]').check();
    await page
      .locator("#uitkomst-afwegingskader")
      .getByText("Er is acute of structurele onveiligheid.", { exact: false })
      .waitFor();
    await page.locator('input[name="q-suspicion"][value="no"]').check();
    await page
      .locator("#uitkomst-afwegingskader")
      .getByText("Geen vermoeden: sluit de stappen af en leg vast waarom.")
      .waitFor();
    await page.getByLabel("Klaar", { exact: true }).check();
    await page.getByRole("button", { name: "Stap opslaan" }).click();
    await page.waitForURL(/stappen\/5$/);
    await page.getByRole("status").filter({ hasText: "Stap 4 is opgeslagen." }).waitFor();
    await page.goto(`${fixture.app.url}${casePath}`);
    await waitForHydration(page);
    await page.getByText("Geen vermoeden: sluit de stappen af en leg vast waarom.").waitFor();

    // A note, with JavaScript: the flash comes with the client-side redirect and is gone after the next navigation.
    await page.getByLabel("Nieuwe notitie").fill("Afspraak met mentor.");
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "De notitie is opgeslagen." }).waitFor();
    await page.getByText("Afspraak met mentor.").waitFor();
    await page.getByRole("link", { name: "Stap 4: Wegen met het afwegingskader", exact: true }).click();
    await page.waitForURL(/stappen\/4$/);
    await page.getByRole("heading", { level: 1, name: /Stap 4/ }).waitFor();
    expect(await mainText(page)).not.toContain("De notitie is opgeslagen.");
  });
  it("met JavaScript: een 14-jarige, dringend advies met taak, stappen 1–4 tot een melding, de melding één keer vastleggen, stap 5 klaar", async () => {
    const { page } = view;
    await enrolAndSignIn(page, "js-melden@a.nl");
    await waitForHydration(page);
    await page.getByRole("link", { name: "Nieuwe casus" }).click();
    await page.waitForURL(/\/casussen\/nieuw$/);
    await page.getByLabel("Schuilnaam of code").fill("Reiger-14");
    await page.getByLabel("Geboortejaar").fill(String(birthYear));
    await page.getByLabel("Meisje of vrouw").check();
    await page.getByLabel("Vermoeden").check();
    await page.getByLabel("Seksuele uitbuiting").check();
    await page.getByRole("button", { name: "Casus openen" }).click();
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    const casePath = new URL(page.url()).pathname;
    await page.getByRole("status").filter({ hasText: "Casus Reiger-14 is geopend." }).waitFor();

    // The assessment, step by step, with acute danger: the outcome page shows the advice; the task is due today.
    await page
      .getByRole("link", { name: "Signalenlijst seksuele uitbuiting invullen voor deze casus" })
      .click();
    await page.waitForURL(/signaleren\/signalen-seksuele-uitbuiting$/);
    await page
      .getByRole("heading", { level: 1, name: /Signalenlijst seksuele uitbuiting voor casus Reiger-14/ })
      .waitFor();
    for (let screen = 0; screen < 30; screen++) {
      for (const radio of await page.locator('input[type="radio"][value="no"]:visible').all())
        await radio.check();
      const acute = page.locator('input[name="acuut"][value="ja"]:visible');
      if ((await acute.count()) > 0) await acute.check();
      const next = page.getByRole("button", { name: "Volgende", exact: true });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    await page.getByRole("button", { name: "Bekijk de uitkomst" }).click();
    await page.waitForURL(new RegExp(`${casePath}/beoordelingen/[0-9a-f-]{36}$`));
    await page.getByText("Bel eerst 112").first().waitFor();
    await page.getByRole("link", { name: "Terug naar de casus" }).click();
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    const panel = page.getByRole("region", { name: "Wat nu?" });
    await panel.getByText("Er is een dringend advies. Volg het op.").waitFor();

    // Steps 1 to 4; each save goes on to the next step.
    await page.goto(`${fixture.app.url}${casePath}/stappen/1`);
    await waitForHydration(page);
    await page.locator('input[name="assessments"]').first().check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await page.getByRole("button", { name: "Stap opslaan" }).click();
    await page.waitForURL(new RegExp(`${casePath}/stappen/2$`));
    await page.getByLabel("Met wie").selectOption("colleague");
    await page.getByLabel("Datum", { exact: true }).fill(daysAgo(1));
    await page.getByLabel("Klaar", { exact: true }).check();
    await page.getByRole("button", { name: "Overleg en stap opslaan" }).click();
    await page.waitForURL(new RegExp(`${casePath}/stappen/3$`));
    await page.getByLabel("Overgeslagen").check();
    await page
      .getByLabel(/Notitie \(verplicht als je deze stap overslaat/)
      .fill("Een gesprek maakt het nu onveilig.");
    await page.getByRole("button", { name: "Stap opslaan" }).click();
    await page.waitForURL(new RegExp(`${casePath}/stappen/4$`));
    await page.locator('input[name="q-suspicion"][value="yes"]').check();
    await page.locator('input[name="q-unsafety"][value="yes"]').check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await page.getByRole("button", { name: "Stap opslaan" }).click();
    await page.waitForURL(new RegExp(`${casePath}/stappen/5$`));

    // The warning on the case page leads to the Veilig Thuis page; the report is recorded once.
    await page.goto(`${fixture.app.url}${casePath}`);
    await waitForHydration(page);
    await page.locator("#melden-veilig-thuis").waitFor();
    await page
      .getByRole("link", { name: "Naar de samenvatting voor Veilig Thuis en de melding vastleggen" })
      .click();
    await page.waitForURL(new RegExp(`${casePath}/meldingen/veilig-thuis`));
    await page.getByLabel("Datum van de melding").fill(daysAgo(1));
    await page.getByLabel(/Kenmerk/).fill("VT-2026-0077");
    await page.getByRole("button", { name: "Melding vastleggen" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "De melding bij Veilig Thuis is vastgelegd. Dit staat nu ook bij stap 5." })
      .waitFor();

    // Step 5 knows the report and does not ask again; help alone now completes it.
    await page.goto(`${fixture.app.url}${casePath}/stappen/5`);
    await waitForHydration(page);
    await page.getByText("Kenmerk: VT-2026-0077.").waitFor();
    expect(await page.getByLabel("Datum van de melding").count()).toBe(0);
    await page.getByLabel("Ik organiseer hulp").check();
    await page.getByLabel("Klaar", { exact: true }).check();
    await page.getByRole("button", { name: "Stap opslaan" }).click();
    await page.waitForURL(new RegExp(`${casePath}(#[a-z-]+)?$`));
    await page.locator("#melden-veilig-thuis").waitFor({ state: "detached" });
    await axe(page, casePath);
  });
});
