/**
 * Signed-in people in end-to-end tests: enrolment through an invitation link
 * (the test computes the TOTP codes), signing in, and axe on a signed-in page.
 */
import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { axeViolations, formatViolations } from "./browser";
import type { AppFixture } from "./fixture";

export const testPassword = "paard-batterij-nietje-kompas";

/** Enrols through the invitation page; returns the TOTP generator. */
export async function enrol(fixture: AppFixture, page: Page, link: string): Promise<TOTP> {
  await page.goto(`${fixture.app.url}${link}`);
  const secret = (await page.locator(".zicht-secret").innerText()).replace(/\s/g, "");
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  await page.getByLabel("Wachtwoord", { exact: true }).fill(testPassword);
  await page.getByLabel("Wachtwoord nog een keer").fill(testPassword);
  await page.getByLabel("Code uit de app").fill(totp.generate());
  await page.getByRole("button", { name: "Account instellen" }).click();
  await page.waitForSelector(".zicht-recovery-codes");
  return totp;
}

/** Signs in with password and second factor and waits for the start page (`landing`). */
export async function signIn(fixture: AppFixture, page: Page, email: string, totp: TOTP, landing: RegExp) {
  await page.goto(`${fixture.app.url}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(testPassword);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL(/\/inloggen\/code/);
  // The enrolment used this period's code; the next period's is accepted (clock drift window).
  await page.getByLabel("Code", { exact: true }).fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Verder" }).click();
  await page.waitForURL(landing);
}

/**
 * axe on a signed-in page: a context with the same session cookie (axe
 * cannot run without JavaScript). With `screenshotDir`, a full-page
 * screenshot of the scanned page is kept there.
 */
export async function axeSignedIn(fixture: AppFixture, page: Page, path: string, screenshotDir?: string) {
  const context = await fixture.browser.newContext();
  try {
    await context.addCookies(await page.context().cookies());
    const scanned = await context.newPage();
    await scanned.goto(`${fixture.app.url}${path}`);
    expect(new URL(scanned.url()).pathname).toBe(path);
    const violations = await axeViolations(scanned);
    expect(violations, formatViolations(path, violations)).toEqual([]);
    if (screenshotDir) {
      await scanned.screenshot({
        path: `${screenshotDir}/${path.replace(/[^a-z0-9]+/gi, "_")}.png`,
        fullPage: true,
      });
    }
  } finally {
    await context.close();
  }
}
