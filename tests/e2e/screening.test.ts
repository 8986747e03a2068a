/**
 * Signaleren: each of the four instruments filled in by a new user, without
 * and with JavaScript, to a result with explanation and advice; the PDF
 * download; axe on form and result pages.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  axeViolations,
  contextWithoutPageScripts,
  formatViolations,
  rawRequest,
  waitForHydration,
} from "./support/browser";
import { useApp, usePage } from "./support/fixture";
import { isCompletePdf, pdfText } from "./support/pdf";

const fixture = useApp();

interface Case {
  id: string;
  title: string;
  /** Radio or checkbox ids to check (form field `q-<item>` + `-<value>`, or situation fields). */
  choose: string[];
  /** Text fields to fill. */
  fill?: Record<string, string>;
  /** What the result shows. */
  outcome: string;
  /** A phone number the advice must link to. */
  phone: string;
}

const flags = (value: string, worst: [string, string]) => [
  ...["toestemming", "vrijwilligheid", "gelijkwaardigheid", "ontwikkeling", "situatie", "zelfrespect"].map(
    (id) => `q-${id}-${id === worst[0] ? worst[1] : value}`,
  ),
];

const cases: Case[] = [
  {
    id: "signalen-seksuele-uitbuiting",
    title: "Signalenlijst seksuele uitbuiting",
    choose: [
      "q-nieuwe-oudere-vriend-yes",
      "q-weggelopen-yes",
      "q-terug-met-spullen-yes",
      "q-beelden-gedeeld-yes",
    ],
    fill: { leeftijd: "15", gemeente: "Rotterdam" },
    outcome: "Duidelijke zorg",
    phone: "0800-2000",
  },
  {
    id: "signalen-criminele-uitbuiting",
    title: "Signalenlijst criminele uitbuiting",
    choose: ["q-drugs-gevonden-yes", "q-meerdere-telefoons-yes", "q-nachten-weg-vaker", "q-gevonden-wapen"],
    outcome: "Te weinig bekend",
    phone: "0800-2000",
  },
  {
    id: "quickscan-ouders",
    title: "Quickscan voor ouders",
    choose: [
      "q-nieuwe-vriend-yes",
      "q-oude-vrienden-no",
      "q-geheim-yes",
      "q-tweede-telefoon-yes",
      "q-nieuwe-spullen-no",
      "q-nachten-weg-no",
      "q-school-gemist-no",
      "q-veranderd-no",
      "q-verteld-no",
      "q-praat-met-jou-yes",
    ],
    outcome: "Mogelijke zorg",
    phone: "0800-2000",
  },
  {
    id: "vlaggen",
    title: "Seksueel gedrag beoordelen met vlaggen",
    choose: flags("green", ["vrijwilligheid", "red"]),
    outcome: "Rode vlag",
    phone: "0800-2000",
  },
];

/** Hydrated, and the form has switched to steps (right after hydration, from the same markup). */
async function waitForSteps(page: Page) {
  await waitForHydration(page);
  await page.locator(".zicht-progress__bar").waitFor();
}

async function expectNoViolations(page: Page, label: string) {
  expect(formatViolations(label, await axeViolations(page))).toBe("");
}

async function expectResult(page: Page, instrument: Case) {
  await expect.poll(() => page.locator("h1").textContent()).toBe(`Uitkomst: ${instrument.title}`);
  const outcome = page.locator("#uitkomst-heading").locator("..");
  expect(await outcome.locator(".zicht-status").textContent()).toBe(instrument.outcome);
  // In words, with a shape: never colour alone.
  expect(await outcome.locator(".zicht-status svg").count()).toBe(1);
  expect(await page.getByRole("heading", { name: "Waarom deze uitkomst?" }).count()).toBe(1);
  expect(await page.getByRole("heading", { name: "Wat doe je nu?" }).count()).toBe(1);
  expect(await page.locator(`a[href="tel:${instrument.phone.replace(/-/g, "")}"]`).count()).toBeGreaterThan(
    0,
  );
  expect(await page.locator(".zicht-result").textContent()).toContain("gevalideerde test");
}

describe("signaleren zonder JavaScript", () => {
  it.each(cases)(
    "$id: invullen, uitkomst met uitleg en advies, axe op formulier en uitkomst",
    async (instrument) => {
      const context = await contextWithoutPageScripts(fixture.browser);
      try {
        const page = await context.newPage();
        const response = await page.goto(`${fixture.app.url}/signaleren/${instrument.id}`);
        expect(response?.status()).toBe(200);
        // The whole form on one page: every domain is visible.
        expect(await page.locator("form#formulier [hidden]").count()).toBe(0);
        await expectNoViolations(page, `/signaleren/${instrument.id} (zonder JavaScript)`);
        for (const id of instrument.choose) await page.locator(`#${id}`).check();
        for (const [id, value] of Object.entries(instrument.fill ?? {}))
          await page.locator(`#${id}`).fill(value);
        await page.getByRole("button", { name: "Bekijk de uitkomst" }).click();
        await expectResult(page, instrument);
        await expectNoViolations(page, `uitkomst ${instrument.id} (zonder JavaScript)`);

        // The PDF is made on the server from the posted answers.
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Download als PDF" }).click(),
        ]);
        const file = await download.path();
        const bytes = fs.readFileSync(file);
        expect(isCompletePdf(bytes)).toBe(true);
        const text = pdfText(bytes);
        expect(text).toContain(`Uitkomst: ${instrument.title}`);
        expect(text).toContain(instrument.outcome);
        expect(text).toContain(instrument.phone);
      } finally {
        await context.close();
      }
    },
  );

  it("een voorwaardelijke vraag zegt wanneer hij geldt; het antwoord telt niet als hij niet geldt", async () => {
    const context = await contextWithoutPageScripts(fixture.browser);
    try {
      const page = await context.newPage();
      await page.goto(`${fixture.app.url}/signaleren/signalen-seksuele-uitbuiting`);
      const followUp = page.locator("#q-terug-met-spullen");
      expect(await followUp.textContent()).toContain("Vul dit alleen in als je bij");
      await page.locator("#q-weggelopen-no").check();
      await page.locator("#q-terug-met-spullen-yes").check();
      await page.getByRole("button", { name: "Bekijk de uitkomst" }).click();
      await expect.poll(() => page.locator("h1").textContent()).toContain("Uitkomst");
      expect(await page.locator("main").textContent()).not.toContain("Kwam de jongere terug met geld");
    } finally {
      await context.close();
    }
  });

  it("vlaggen: een andere vlag zonder reden geeft een duidelijke foutmelding en status 400", async () => {
    const context = await contextWithoutPageScripts(fixture.browser);
    try {
      const page = await context.newPage();
      await page.goto(`${fixture.app.url}/signaleren/vlaggen`);
      for (const id of flags("green", ["situatie", "yellow"])) await page.locator(`#${id}`).check();
      await page.locator("#vlag-anders-red").check();
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.request().method() === "POST"),
        page.getByRole("button", { name: "Bekijk de uitkomst" }).click(),
      ]);
      expect(response.status()).toBe(400);
      const summary = page.getByRole("alert");
      expect(await summary.textContent()).toContain("Schrijf op waarom je een andere vlag kiest.");
      // What was filled in stays filled in.
      expect(await page.locator("#q-situatie-yellow").isChecked()).toBe(true);
      await expectNoViolations(page, "vlaggen met fout (zonder JavaScript)");
      await page.locator("#vlag-reden").fill("Besproken met het team.");
      await page.getByRole("button", { name: "Bekijk de uitkomst" }).click();
      await expect.poll(() => page.locator(".zicht-result__badge").textContent()).toBe("Rode vlag");
      expect(await page.locator("main").textContent()).toContain("Voorgestelde vlag: Gele vlag");
      expect(await page.locator("main").textContent()).toContain("Besproken met het team.");
    } finally {
      await context.close();
    }
  });
});

describe("signaleren met JavaScript", () => {
  const view = usePage(fixture);

  /** Answers what the current step shows, then goes on, until the last step; then submits. */
  async function fillStepByStep(page: Page, instrument: Case) {
    const progress = page.locator(".zicht-progress__label");
    const total = Number((await progress.textContent())?.match(/van (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(1);
    for (let step = 1; step <= total; step++) {
      expect(await progress.textContent()).toContain(`Stap ${step} van`);
      for (const id of instrument.choose) {
        const input = page.locator(`#${id}`);
        if (await input.isVisible()) await input.check();
      }
      for (const [id, value] of Object.entries(instrument.fill ?? {})) {
        const input = page.locator(`#${id}`);
        if (await input.isVisible()) await input.fill(value);
      }
      const next = page.getByRole("button", { name: "Volgende" });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    await page.getByRole("button", { name: "Bekijk de uitkomst" }).click();
  }

  it.each(cases)(
    "$id: stap voor stap invullen tot een uitkomst; axe op formulier en uitkomst",
    async (instrument) => {
      const { page } = view;
      await page.goto(`${fixture.app.url}/signaleren/${instrument.id}`);
      await waitForSteps(page);
      expect(await page.locator(".zicht-progress__bar").count()).toBe(1);
      await expectNoViolations(page, `/signaleren/${instrument.id} (met JavaScript)`);
      await fillStepByStep(page, instrument);
      await expectResult(page, instrument);
      await expectNoViolations(page, `uitkomst ${instrument.id} (met JavaScript)`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download als PDF" }).click(),
      ]);
      expect(pdfText(fs.readFileSync(await download.path()))).toContain(instrument.outcome);
    },
  );

  it("de vervolgvraag verschijnt pas als hij geldt (live voorwaarden)", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/signaleren/signalen-seksuele-uitbuiting`);
    await waitForSteps(page);
    while (!(await page.locator("#q-weggelopen").isVisible()))
      await page.getByRole("button", { name: "Volgende" }).click();
    const followUp = page.locator("#q-terug-met-spullen");
    expect(await followUp.isVisible()).toBe(false);
    await page.locator("#q-weggelopen-yes").check();
    await expect.poll(() => followUp.isVisible()).toBe(true);
    // With JavaScript the hint is not needed: the question shows only when it applies.
    expect(await followUp.textContent()).not.toContain("Vul dit alleen in als");
    await page.locator("#q-weggelopen-no").check();
    await expect.poll(() => followUp.isVisible()).toBe(false);
  });

  it("quickscan: één vraag per scherm, met een voorleesknop", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/signaleren/quickscan-ouders`);
    await waitForSteps(page);
    await page.getByRole("button", { name: "Volgende" }).click();
    const visibleQuestions = page.locator("form#formulier fieldset.zicht-question:visible");
    await expect
      .poll(() => page.locator(".zicht-progress__label").textContent())
      .toBe("Stap 2 van 11: Vrienden");
    expect(await visibleQuestions.count()).toBe(1);
    // Focus moves to the step, so screen-reader users hear where they are.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("zicht-progress__label");
    // Read aloud: what is spoken, in which language (the speech itself is the browser's).
    await page.evaluate(() => {
      const spoken: Array<{ text: string; lang: string }> = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        spoken.push({ text: utterance.text, lang: utterance.lang });
      };
    });
    await page.getByRole("button", { name: "Lees voor" }).click();
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: Array<{ text: string; lang: string }> }).spoken,
    );
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe("nl-NL");
    expect(spoken[0]?.text).toContain("Heeft je kind een nieuwe vriend of vriendin die veel ouder is?");
    expect(spoken[0]?.text).toContain("Weet ik niet");
    await page.getByRole("button", { name: "Stop met voorlezen" }).click();
    expect(await page.getByRole("button", { name: "Lees voor" }).count()).toBe(1);
  });
});

describe("de lijst met hulpmiddelen", () => {
  const view = usePage(fixture, { javaScriptEnabled: false });

  it("/signaleren toont de vier hulpmiddelen, elk met een link naar het formulier", async () => {
    const { page } = view;
    await page.goto(`${fixture.app.url}/signaleren`);
    for (const instrument of cases)
      expect(await page.locator(`a[href="/signaleren/${instrument.id}"]`).textContent()).toBe(
        instrument.title,
      );
    expect((await rawRequest(`${fixture.app.url}/signaleren/bestaat-niet`)).status).toBe(404);
  });
});
