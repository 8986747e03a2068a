import http from "node:http";
import pino from "pino";
import type { ServerBuild } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../app/config.server";
import { createTestDatabase, testEngineLabel, type TestDatabase } from "../app/db/testing/test-database";
import { listenOnFreePort, type ListeningApp } from "./testing";
import { createHttpApp, maxBodyBytes } from "./http";

/**
 * The routes and guards server/http.ts adds around React Router. None of the
 * requests here reach the app itself, so the build is a stub that fails.
 */
describe(`HTTP server around the app, on ${testEngineLabel}`, () => {
  let database: TestDatabase;
  let server: ListeningApp | undefined;
  let baseUrl: string;
  let shuttingDown = false;
  let buildLoads = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    const app = createHttpApp({
      config: parseConfig({
        NODE_ENV: "production",
        LOG_LEVEL: "silent",
        // A key of its own, so the test never writes a key folder into the repository.
        ZICHT_SECRET_KEY: "http-test-key-http-test-key-http-test-key",
      }),
      db: database.db,
      logger: pino({ level: "silent" }),
      build: async (): Promise<ServerBuild> => {
        buildLoads += 1;
        throw new Error("De app zelf hoort in deze tests niet aangeroepen te worden.");
      },
      isShuttingDown: () => shuttingDown,
    });
    server = await listenOnFreePort(app);
    baseUrl = server.baseUrl;
  });

  afterAll(async () => {
    await server?.close();
    await database?.close();
    expect(buildLoads).toBe(0);
  });

  /** Sends a request whose Content-Length header announces `length` bytes, without sending them. */
  function announceBody(
    pathname: string,
    length: number,
  ): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
    return new Promise((resolve, reject) => {
      const request = http.request(`${baseUrl}${pathname}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(length) },
      });
      request.on("response", (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body, headers: response.headers });
          request.destroy();
        });
      });
      request.on("error", reject);
      request.flushHeaders();
    });
  }

  it.each([
    ["a foreign Origin", { Origin: "https://evil.example" }],
    ["an opaque Origin", { Origin: "null" }],
    ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site" }],
    ["Sec-Fetch-Site: same-site", { "Sec-Fetch-Site": "same-site" }],
  ])("refuses a state-changing request with %s (403, before the app)", async (_name, headers) => {
    const response = await fetch(`${baseUrl}/inloggen`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: "email=a%40b.nl&password=x",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("niet van een pagina van Zicht");
  });

  it.each([
    ["text/plain", "email=a@b.nl"],
    ["application/json", '{"email":"a@b.nl"}'],
    ["application/xml", "<a/>"],
  ])("refuses a %s body on a page with 415 and a Dutch message, before the app", async (type, body) => {
    const response = await fetch(`${baseUrl}/inloggen`, {
      method: "POST",
      headers: { "Content-Type": type, Origin: baseUrl },
      body,
    });
    expect(response.status).toBe(415);
    expect(await response.text()).toContain("Gebruik het formulier op de pagina");
  });

  it.each([
    ["a query string", "/zoeken?q=a%00b", undefined],
    ["a path", "/wegwijzer/diensten/%00", undefined],
    ["a query string (lower case)", "/wegwijzer?plaats=x%00", undefined],
    ["a form field", "/inloggen", "email=a%00b%40c.nl&password=x"],
    ["a form field name", "/wegwijzer/diensten/x", "field=phone&%00=1"],
    ["a raw byte in a form", "/inloggen", "email=a\u0000b&password=x"],
  ])(
    "refuses a NUL character in %s with 400 and one Dutch line, before the app",
    async (_name, target, body) => {
      const response = await fetch(`${baseUrl}${target}`, {
        method: body === undefined ? "GET" : "POST",
        headers:
          body === undefined ? {} : { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
        body,
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toContain("nul-teken");
      expect(text.trim().split("\n")).toHaveLength(1);
    },
  );

  it.each(["/api/hsds/services?search=a%00b", "/api/hsds/services/%00", "/api/openapi.json?x=%00"])(
    "refuses a NUL character in the open API (%s) with 400 JSON in the API's error shape, with CORS",
    async (target) => {
      const response = await fetch(`${baseUrl}${target}`);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const body = (await response.json()) as { error: string; details: unknown[] };
      expect(body.error).toContain("nul-teken");
      expect(body.details).toEqual([]);
    },
  );

  /** A request by node:http, which (unlike fetch) can send any method. */
  function send(
    method: string,
    pathname: string,
    headers: Record<string, string> = {},
    body?: string,
  ): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
    return new Promise((resolve, reject) => {
      const request = http.request(`${baseUrl}${pathname}`, { method, headers });
      request.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers }),
        );
      });
      request.on("error", reject);
      request.end(body);
    });
  }

  it.each(["TRACE", "PROPFIND", "MKCOL"])(
    "answers a method no route takes (%s) with 405 and Allow, before the app",
    async (method) => {
      const page = await send(method, "/wegwijzer");
      expect(page.status).toBe(405);
      expect(page.headers.allow).toBe("GET, HEAD, POST, OPTIONS");
      expect(page.headers["content-type"]).toMatch(/^text\/plain/);
      expect(page.body).toContain("Zicht kent deze methode niet");

      const api = await send(method, "/api/hsds/services");
      expect(api.status).toBe(405);
      expect(api.headers["access-control-allow-origin"]).toBe("*");
      expect(JSON.parse(api.body)).toEqual({ error: expect.stringContaining("methode"), details: [] });

      const fhir = await send(method, "/api/instruments/quickscan-ouders/fhir");
      expect(fhir.status).toBe(405);
      expect(fhir.headers["content-type"]).toMatch(/^application\/fhir\+json/);
      expect(JSON.parse(fhir.body)).toMatchObject({
        resourceType: "OperationOutcome",
        issue: [
          { severity: "error", code: "not-supported", diagnostics: expect.stringContaining("methode") },
        ],
      });
    },
  );

  it("refuses a too large body on the open APIs in their own shape, with CORS", async () => {
    const score = await announceBody("/api/instruments/quickscan-ouders/score", 10_000_000);
    expect(score.status).toBe(413);
    expect(score.headers["access-control-allow-origin"]).toBe("*");
    expect(JSON.parse(score.body)).toEqual({ error: expect.stringContaining("te groot"), details: [] });
    const fhir = await announceBody("/api/instruments/quickscan-ouders/fhir/response", 10_000_000);
    expect(fhir.status).toBe(413);
    expect(JSON.parse(fhir.body)).toMatchObject({
      resourceType: "OperationOutcome",
      issue: [{ code: "too-costly" }],
    });
  });

  it("lets a cross-site POST reach the open instruments API (no session, nothing stored), but not a page", async () => {
    // A NUL in the address is refused after the cross-site check: a 400 (not 403) shows the check let it pass.
    const headers = {
      "Content-Type": "application/json",
      Origin: "https://partner.example",
      "Sec-Fetch-Site": "cross-site",
    };
    const api = await send("POST", "/api/instruments/quickscan-ouders/score?x=%00", headers, "{}");
    expect(api.status).toBe(400);
    expect(api.headers["access-control-allow-origin"]).toBe("*");
    const page = await send(
      "POST",
      "/inloggen?x=%00",
      { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
      "a=b",
    );
    expect(page.status).toBe(403);
  });

  it("lets a cross-site GET through (links from other sites must work)", async () => {
    const response = await fetch(`${baseUrl}/healthz`, { headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(response.status).toBe(200);
  });

  it("answers /healthz with 200 and is never cached", async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers /readyz with 200 while the database answers", async () => {
    const response = await fetch(`${baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", database: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers /readyz with 503 while shutting down, so the load balancer stops sending traffic", async () => {
    shuttingDown = true;
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "stopping" });
      // Liveness stays green: the process is fine, it is just leaving.
      expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    } finally {
      shuttingDown = false;
    }
  });

  it("sends the security headers on every response", async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("uses a fresh script nonce for every response", async () => {
    const nonce = async () =>
      /'nonce-([^']+)'/.exec(
        (await fetch(`${baseUrl}/healthz`)).headers.get("content-security-policy") ?? "",
      )?.[1];
    const [first, second] = [await nonce(), await nonce()];
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(first).not.toBe(second);
  });

  it("refuses a request body over the limit with 413 and a Dutch explanation, before reading it", async () => {
    const response = await announceBody("/zoeken", maxBodyBytes + 1);
    expect(response.status).toBe(413);
    expect(response.headers["content-type"]).toContain("text/plain");
    expect(response.body).toBe("Het verzoek is te groot. Stuur minder gegevens tegelijk.");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("refuses a chunked body without a stated length with 411, so the size limit cannot be bypassed", async () => {
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(`${baseUrl}/zoeken`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
      });
      request.on("response", (answer) => {
        let body = "";
        answer.setEncoding("utf8");
        answer.on("data", (chunk: string) => (body += chunk));
        answer.on("end", () => {
          resolve({ status: answer.statusCode ?? 0, body });
          request.destroy();
        });
      });
      request.on("error", reject);
      request.write("q=".padEnd(2 * maxBodyBytes, "x"));
    });
    expect(response.status).toBe(411);
    expect(response.body).toContain("Content-Length");
  });

  // Last: this closes the database for the rest of the file.
  it("answers /readyz with 503 once the database is gone", async () => {
    await database.close();
    const response = await fetch(`${baseUrl}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });
});
