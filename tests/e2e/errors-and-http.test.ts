/**
 * Bad input never crashes and never leaks internals; the HTTP basics
 * (health, caching, compression, CSP) are in place.
 */
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { formatViolations, rawRequest, waitForHydration, watchErrors } from "./support/browser";
import { useApp } from "./support/fixture";
import { inspectPage } from "./support/site";

const fixture = useApp();

/** A line of a JavaScript stack trace, e.g. "at loader (file:///…/index.js:12:8)". */
const stackLine = /\bat (?:async )?[^\s<>"]*\s*\(?(?:file:|node:|\/)[^\s)<>"]*:\d+:\d+/;

function expectNoInternals(html: string) {
  expect(html).not.toMatch(stackLine);
  expect(html).not.toContain("Opzettelijke testfout");
  expect(html).not.toContain("node_modules");
  expect(html).not.toContain("build/server");
}

describe("foute invoer", () => {
  it("een onbekend adres geeft 404 met een Nederlandse uitleg en geen stacktrace", async () => {
    const response = await rawRequest(`${fixture.app.url}/bestaat/echt/niet?x=1`);
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    const html = response.body.toString("utf8");
    expect(html).toContain("Deze pagina bestaat niet");
    expect(html).toContain('lang="nl"');
    expectNoInternals(html);
  });

  it("een loader die faalt geeft 500, een vriendelijke pagina zonder details, en een foutregel in het log", async () => {
    const response = await rawRequest(`${fixture.app.url}/_test/fout`);
    expect(response.status).toBe(500);
    const html = response.body.toString("utf8");
    expect(html).toContain("Er ging iets mis");
    expectNoInternals(html);

    const line = await fixture.app.waitForLog(
      (log) =>
        log.level >= 50 &&
        JSON.stringify(log).includes("Opzettelijke testfout") &&
        log.path === "/_test/fout",
    );
    expect(line.msg).toBeTruthy();
  });

  it("de 500-pagina in de browser: tekst, toegankelijk, geen details na het hydrateren", async () => {
    const context = await fixture.browser.newContext();
    try {
      const report = await inspectPage(context, `${fixture.app.url}/_test/fout`, { expectedStatus: 500 });
      expect(report.status).toBe(500);
      expect(formatViolations("/_test/fout", report.violations)).toBe("");
      expect(report.errors).toEqual([]);

      const page = await context.newPage();
      await page.goto(`${fixture.app.url}/_test/fout`);
      await waitForHydration(page);
      const text = await page.locator("main").textContent();
      expect(text).toContain("Er ging iets mis");
      expect(text).not.toContain("Opzettelijke testfout");
      expectNoInternals(await page.content());
    } finally {
      await context.close();
    }
  });

  it("te veel inlogpogingen: 429 met Retry-After, zodat de browser weet hoe lang hij moet wachten", async () => {
    // The limit per e-mail address (10 per 15 minutes) is reached first; the password is wrong each time.
    let last = await rawRequest(`${fixture.app.url}/inloggen`, { method: "GET" });
    for (let attempt = 0; attempt < 12 && last.status !== 429; attempt++) {
      last = await rawRequest(`${fixture.app.url}/inloggen`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: fixture.app.url },
        body: "email=niemand%40voorbeeld.nl&password=fout-wachtwoord",
      });
    }
    expect(last.status).toBe(429);
    expect(Number(last.headers["retry-after"])).toBeGreaterThan(0);
    expectNoInternals(last.body.toString("utf8"));
  });

  it("POST /taal met een onbekende taal geeft 400 en de server draait door", async () => {
    const response = await rawRequest(`${fixture.app.url}/taal`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "lang=xx&terug=%2Fwegwijzer",
    });
    expect(response.status).toBe(400);
    expect(response.headers["set-cookie"]).toBeUndefined();
    expectNoInternals(response.body.toString("utf8"));

    const health = await rawRequest(`${fixture.app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(fixture.app.child.exitCode).toBeNull();
  });

  it("een zoekvraag van meer dan 200 tekens geeft 200 met een Nederlandse foutmelding bij het veld", async () => {
    const context = await fixture.browser.newContext();
    try {
      const page = await context.newPage();
      const problems = watchErrors(page);
      const response = await page.goto(`${fixture.app.url}/zoeken?q=${"uitbuiting ".repeat(25)}`);
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      const field = page.getByLabel("Waar zoek je naar?");
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      const describedBy = await field.getAttribute("aria-describedby");
      expect(describedBy).toBeTruthy();
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain("Je zoekvraag is te lang");
      expect(problems.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("HTTP", () => {
  it("GET /healthz geeft 200 {status: ok}", async () => {
    const response = await rawRequest(`${fixture.app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString("utf8"))).toEqual({ status: "ok" });
  });

  it("GET /readyz geeft 200 zolang de database bereikbaar is", async () => {
    const response = await rawRequest(`${fixture.app.url}/readyz`);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString("utf8"))).toMatchObject({ status: "ready", database: "ok" });
  });

  it("bestanden onder /assets worden een jaar en onveranderlijk gecachet", async () => {
    const html = (await rawRequest(`${fixture.app.url}/`)).body.toString("utf8");
    const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((match) => match[1] as string);
    expect(assets.length).toBeGreaterThan(0);
    const css = assets.find((asset) => asset.endsWith(".css")) ?? (assets[0] as string);
    const response = await rawRequest(`${fixture.app.url}${css}`);
    expect(response.status).toBe(200);
    const cacheControl = String(response.headers["cache-control"]);
    expect(cacheControl).toContain("max-age=31536000");
    expect(cacheControl).toContain("immutable");
  });

  it("HTML wordt gecomprimeerd als de browser gzip aanbiedt", async () => {
    const zipped = await rawRequest(`${fixture.app.url}/`, { headers: { "Accept-Encoding": "gzip" } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    const html = zlib.gunzipSync(zipped.body).toString("utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(html));

    const plain = await rawRequest(`${fixture.app.url}/`, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
  });

  it("elke pagina heeft een Content-Security-Policy met een nonce en zonder 'unsafe-inline' voor scripts", async () => {
    for (const path of ["/", "/zoeken?q=avim", "/bestaat-niet", "/_test/fout"]) {
      const response = await rawRequest(`${fixture.app.url}${path}`);
      const csp = String(response.headers["content-security-policy"] ?? "");
      expect(csp, path).not.toBe("");
      const scriptSrc =
        csp
          .split(";")
          .map((part) => part.trim())
          .find((part) => part.startsWith("script-src")) ?? "";
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce, `${path}: nonce in script-src`).toBeTruthy();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      // Every script in the page carries this response's nonce.
      const html = response.body.toString("utf8");
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  });
});
