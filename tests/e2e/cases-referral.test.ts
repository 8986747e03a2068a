/**
 * Casussen, second half, as a professional uses it without JavaScript:
 * refer a young person to a Wegwijzer service (only with consent), move the
 * referral on, download the letter; open the CoMensha summary (refused
 * without consent), record the registration; download the right-of-access
 * export. Every PDF names the sender (with the phone number from the
 * account page), the date in words, its reference and page numbers. axe on
 * every new page.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeSignedIn, enrol, signIn } from "./support/accounts";
import { useApp, usePage } from "./support/fixture";
import { isCompletePdf, pdfText } from "./support/pdf";
import { makeDataDir, projectRoot, removeDataDir, runZicht } from "./support/server";

const dataDir = makeDataDir("zicht-e2e-cases-");
const email = "pia@e2e.nl";
let invitation = "";
let ids = { merel: "", noor: "" };
/** The signed-in session of the first test: each test gets a new browser context. */
let session: Awaited<ReturnType<BrowserContext["cookies"]>> = [];

beforeAll(async () => {
  const run = async (args: string[]) => {
    const result = await runZicht(args, { dataDir, timeoutMs: 120_000 });
    expect(result.code, result.stderrLines.join("\n")).toBe(0);
    return result.stdoutLines.join("\n");
  };
  await run(["org", "create", "--id", "e2e-org", "--name", "E2E-organisatie"]);
  const out = await run([
    "user",
    "create",
    "--email",
    email,
    "--name",
    "Pia Jansen",
    "--role",
    "professional",
    "--org",
    "e2e-org",
  ]);
  invitation = /(\/uitnodiging\/[\w-]+)/.exec(out)?.[1] ?? "";
  const seeded = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(projectRoot, "tests/e2e/support/seed-cases.ts"), email],
    {
      cwd: projectRoot,
      env: { ...process.env, ZICHT_DATA_DIR: dataDir, LOG_LEVEL: "silent" },
      encoding: "utf8",
    },
  );
  expect(seeded.status, seeded.stderr).toBe(0);
  ids = JSON.parse(seeded.stdout.trim()) as typeof ids;
}, 300_000);
afterAll(() => removeDataDir(dataDir));

const fixture = useApp({ dataDir });

async function download(page: Page, path: string): Promise<{ status: number; body: Buffer; type: string }> {
  const response = await page.context().request.get(`${fixture.app.url}${path}`);
  return {
    status: response.status(),
    body: await response.body(),
    type: response.headers()["content-type"] ?? "",
  };
}

/** What every case PDF shows around its content (the wall clock decides the date, so any Dutch date). */
function expectSenderFrame(text: string, name: string) {
  for (const expected of ["Afzender", "Pia Jansen", "E2E-organisatie", "Telefoon: 06-12345678", email]) {
    expect(text, name).toContain(expected);
  }
  expect(text, name).toMatch(
    /Datum: \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/,
  );
  expect(text, name).toMatch(/Kenmerk: ZICHT-\d{8}-[0-9A-F]{8}/);
  expect(text, name).toMatch(/pagina 1 van \d+/);
}

describe("verwijzen en melden zonder JavaScript", () => {
  const view = usePage(fixture, { javaScriptEnabled: false }, (message) =>
    /status of (400|410|422)/.test(message.text()),
  );

  it("verwijst met toestemming, maakt de brief en de CoMensha-samenvatting, en weigert zonder toestemming", async () => {
    const { page } = view;
    // Enrol and sign in; professionals land on /casussen.
    const totp = await enrol(fixture, page, invitation);
    await signIn(fixture, page, email, totp, /\/casussen$/);
    session = await page.context().cookies();

    // The phone number for the sender block: a wrong number is a field error, a Dutch number is kept.
    await page.goto(`${fixture.app.url}/account`);
    await page.getByLabel("Telefoonnummer (niet verplicht)").fill("12345");
    await page.getByRole("button", { name: "Telefoonnummer opslaan" }).click();
    await page.waitForLoadState();
    expect(await page.getByText("Vul een Nederlands telefoonnummer in", { exact: false }).count()).toBe(1);
    await page.getByLabel("Telefoonnummer (niet verplicht)").fill("06-12345678");
    await page.getByRole("button", { name: "Telefoonnummer opslaan" }).click();
    await page.waitForLoadState();
    expect(await page.getByText("Je telefoonnummer is opgeslagen.").count()).toBe(1);
    expect(await page.getByLabel("Telefoonnummer (niet verplicht)").inputValue()).toBe("06-12345678");
    await axeSignedIn(fixture, page, "/account");

    // Without consent (Noor): refused with a clear message, nothing stored.
    await page.goto(`${fixture.app.url}/casussen/${ids.noor}/verwijzingen?zoek=Fier`);
    await page.getByLabel("Fier", { exact: false }).first().check();
    await page.getByLabel("Vraag aan de hulp").fill("Kunnen jullie Noor begeleiden?");
    await page.getByRole("button", { name: "Verwijzing maken" }).click();
    await page.waitForLoadState();
    expect(await page.getByText("de toestemming die nodig is voor verwijzen", { exact: false }).count()).toBe(
      1,
    );
    expect(await page.getByText("Er zijn nog geen verwijzingen.").count()).toBe(1);

    // With consent (Merel), from the case page: search, choose, refer; a missing question is a field error.
    await page.goto(`${fixture.app.url}/casussen/${ids.merel}`);
    await page.getByRole("link", { name: "Verwijzen naar hulp uit de Wegwijzer" }).click();
    await page.waitForURL(new RegExp(`/casussen/${ids.merel}/verwijzingen$`));
    // The Wegwijzer's search, started from the case's gender and municipality (the page says so).
    expect(await page.getByLabel("Zoek hulp").inputValue()).toBe("meisje Leeuwarden");
    expect(await page.getByText("We vulden de zoekwoorden alvast in", { exact: false }).count()).toBe(1);
    expect(await page.locator("main").innerText()).toMatch(/\d+ resultaten/);
    await page.getByLabel("Zoek hulp").fill("Fier");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL(/zoek=Fier/);
    expect(await page.getByLabel(/– Fier – werkgebied: /).count()).toBeGreaterThan(0);
    await page.getByLabel("Fier", { exact: false }).first().check();
    await page.getByRole("button", { name: "Verwijzing maken" }).click();
    await page.waitForLoadState();
    expect(await page.getByText("Schrijf op wat je vraagt aan de hulp.").count()).toBeGreaterThan(0);
    await page.getByLabel("Fier", { exact: false }).first().check();
    await page.getByLabel("Vraag aan de hulp").fill("Kunnen jullie Merel begeleiden?");
    await page.getByRole("button", { name: "Verwijzing maken" }).click();
    await page.waitForURL(/\/verwijzingen#referral-[0-9a-f-]{36}$/);
    expect((await page.getByRole("status").allInnerTexts()).join(" ")).toMatch(
      /De verwijzing naar .+ is gemaakt\./,
    );
    expect(await page.locator("main").innerText()).toContain("Concept");

    // Send it.
    await page.getByLabel("Wat is er gebeurd?").selectOption("send");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "De stand is nu: Verstuurd." }).waitFor();
    expect(await page.locator("main").innerText()).toContain("Verstuurd");
    await axeSignedIn(fixture, page, `/casussen/${ids.merel}/verwijzingen`);

    // The letter: a PDF with the facts and the question, never the case's notes.
    const href = await page.getByRole("link", { name: /Verwijsbrief/ }).getAttribute("href");
    const letter = await download(page, href!);
    expect(letter.type).toBe("application/pdf");
    expect(isCompletePdf(letter.body)).toBe(true);
    const text = pdfText(letter.body);
    expect(text).toContain("Merel");
    expect(text).toContain("Kunnen jullie Merel begeleiden?");
    expect(text).not.toContain("GEHEIM");
    expectSenderFrame(text, "verwijsbrief");

    // CoMensha: refused without consent (Noor), shown and recorded with consent (Merel).
    const refused = await page.goto(`${fixture.app.url}/casussen/${ids.noor}/meldingen/comensha`);
    expect(refused?.status()).toBe(422);
    expect(
      await page
        .getByText("De toestemming die nodig is voor registratie bij CoMensha", { exact: false })
        .count(),
    ).toBe(1);
    expect(await page.locator("main").innerText()).not.toContain("Seksuele uitbuiting");
    expect((await download(page, `/casussen/${ids.noor}/meldingen/comensha/pdf`)).status).toBe(422);

    await page.goto(`${fixture.app.url}/casussen/${ids.merel}/meldingen/comensha`);
    const summary = await page.locator("main").innerText();
    expect(summary).toContain("Samenvatting voor registratie bij CoMensha");
    expect(summary).toContain("Seksuele uitbuiting");
    expect(summary).toContain("Leeuwarden (Fryslân)");
    await page.getByLabel("Datum van de melding").fill("2026-11-20");
    await page.getByLabel("Kenmerk", { exact: false }).fill("CM-2026-117");
    await page.getByRole("button", { name: "Melding vastleggen" }).click();
    await page.waitForURL(/gemeld=1/);
    expect(await page.getByText("De melding is vastgelegd.").count()).toBe(1);
    expect(await page.locator("main").innerText()).toContain("CM-2026-117");
    await axeSignedIn(fixture, page, `/casussen/${ids.merel}/meldingen/comensha`);
    await axeSignedIn(fixture, page, `/casussen/${ids.merel}/meldingen/veilig-thuis`);
    const pdf = await download(page, `/casussen/${ids.merel}/meldingen/comensha/pdf`);
    expect(isCompletePdf(pdf.body)).toBe(true);
    expect(pdfText(pdf.body)).toContain("CoMensha");
    expectSenderFrame(pdfText(pdf.body), "CoMensha");
    const veiligThuis = await download(page, `/casussen/${ids.merel}/meldingen/veilig-thuis/pdf`);
    expect(isCompletePdf(veiligThuis.body)).toBe(true);
    expectSenderFrame(pdfText(veiligThuis.body), "Veilig Thuis");

    // The right-of-access export holds everything, notes decrypted.
    const exported = await download(page, `/casussen/${ids.merel}/inzage/json`);
    expect(exported.type).toContain("application/json");
    const json = JSON.parse(exported.body.toString("utf8")) as {
      notes: Array<{ text: string }>;
      reports: unknown[];
    };
    expect(json.notes.map((note) => note.text)).toContain("GEHEIM: woont bij oom");
    expect(json.reports).toEqual([{ kind: "comensha", reportedOn: "2026-11-20", reference: "CM-2026-117" }]);
    const exportPdf = await download(page, `/casussen/${ids.merel}/inzage/pdf`);
    expect(isCompletePdf(exportPdf.body)).toBe(true);
    expectSenderFrame(pdfText(exportPdf.body), "inzage");
  });

  it("asks a 14-year-old and a parent for consent, and refuses the referral with only one of them", async () => {
    const { page } = view;
    expect(session.length).toBeGreaterThan(0);
    await view.context.addCookies(session);
    const base = `${fixture.app.url}/casussen/${ids.noor}`;
    const record = async (who: "De jongere zelf" | "Ouder met gezag", label?: string) => {
      await page.goto(`${base}/toestemming`);
      await page.getByLabel("Doorverwijzen", { exact: true }).check();
      await page.getByLabel(who, { exact: true }).check();
      if (label) await page.getByLabel("Wie is het?", { exact: false }).fill(label);
      await page.getByLabel("Datum van de toestemming").fill("2026-11-02");
      await page.getByLabel("Mondeling", { exact: true }).check();
      await page.getByRole("button", { name: "Toestemming opslaan" }).click();
      await page.waitForLoadState();
      expect(await page.getByText("De toestemming is vastgelegd: Doorverwijzen.").count()).toBe(1);
    };
    const refer = async () => {
      await page.goto(`${base}/verwijzingen?zoek=Fier`);
      await page.getByLabel("Fier", { exact: false }).first().check();
      await page.getByLabel("Vraag aan de hulp").fill("Kunnen jullie Noor begeleiden?");
      await page.getByRole("button", { name: "Verwijzing maken" }).click();
      await page.waitForLoadState();
    };

    // Noor (born 2011) is 14 or 15: the young person and a parent with parental authority both consent.
    await record("De jongere zelf");
    const need = await page.locator("main").innerText();
    expect(need).toContain("Wie moet toestemming geven?");
    expect(need).toContain("Nog nodig: een ouder met gezag of de voogd");
    await axeSignedIn(fixture, page, `/casussen/${ids.noor}/toestemming`);

    // Only the young person: refused, nothing stored.
    await refer();
    expect(await page.getByText("de toestemming die nodig is voor verwijzen", { exact: false }).count()).toBe(
      1,
    );
    expect(await page.getByText("Er zijn nog geen verwijzingen.").count()).toBe(1);

    // The mother consents too: the referral is made.
    await record("Ouder met gezag", "moeder");
    expect(await page.locator("main").innerText()).toContain("Ouder met gezag (moeder)");
    await refer();
    await page.waitForURL(/\/verwijzingen#referral-[0-9a-f-]{36}$/);
    expect((await page.getByRole("status").allInnerTexts()).join(" ")).toMatch(
      /De verwijzing naar .+ is gemaakt\./,
    );
  });
});
