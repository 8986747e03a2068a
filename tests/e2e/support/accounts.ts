/**
 * Signing in as people do in the end-to-end tests: enrol through an
 * invitation link (the test computes the TOTP codes), sign in with both
 * factors, and run axe on a signed-in page.
 */
import { Secret, TOTP } from "otpauth";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { axeViolations, formatViolations } from "./browser";

/** Enrols through the invitation page; returns the TOTP generator. */
export async function enrol(page: Page, baseUrl: string, link: string, password: string): Promise<TOTP> {
  await page.goto(`${baseUrl}${link}`);
  const secret = (await page.locator(".zicht-secret").innerText()).replace(/\s/g, "");
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Wachtwoord nog een keer").fill(password);
  await page.getByLabel("Code uit de app").fill(totp.generate());
  await page.getByRole("button", { name: "Account instellen" }).click();
  await page.waitForSelector(".zicht-recovery-codes");
  return totp;
}

/** Signs in with e-mail, password and the next period's code; ends on /beheer. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string, totp: TOTP) {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL(/\/inloggen\/code/);
  // The enrolment used this period's code; the next period's is accepted (clock drift window).
  await page.getByLabel("Code", { exact: true }).fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Verder" }).click();
  await page.waitForURL(/\/beheer$/);
}

/** axe on a signed-in page: a context with the same session cookie (axe cannot run without JavaScript). */
export async function axeSignedIn(browser: Browser, page: Page, baseUrl: string, path: string) {
  const context = await browser.newContext();
  try {
    await context.addCookies(await page.context().cookies());
    const scanned = await context.newPage();
    await scanned.goto(`${baseUrl}${path}`);
    const url = new URL(scanned.url());
    expect(url.pathname + url.search).toBe(path);
    const violations = await axeViolations(scanned);
    expect(violations, formatViolations(path, violations)).toEqual([]);
  } finally {
    await context.close();
  }
}
