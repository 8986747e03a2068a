import { sql } from "kysely";
import pino from "pino";
import { createStaticHandler, type RouteObject } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import type { ZichtLoadContext } from "../../load-context";
import routeConfig from "../../routes";
import { createRateLimits } from "../../security/rate-limit.server";
import { instrumentsSchemaValidator } from "../../../tests/instruments/openapi-validator";

/**
 * The instruments API contract, through React Router's own request handling
 * (the route table of app/routes.ts, the real loaders and actions) on a real
 * database of the engine under test.
 */
describe(`instruments API on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const origin = "http://zicht.test";
  /** ZICHT_PUBLIC_URL: canonical FHIR URLs come from here, not from the request. */
  const publicUrl = "https://zicht.example";
  let handler: ReturnType<typeof createStaticHandler>;
  let context: ZichtLoadContext;

  beforeAll(async () => {
    await runSeeds(database.db);
    const entries = routeConfig.filter((route) => route.path?.startsWith("api/instruments"));
    const routes: RouteObject[] = await Promise.all(
      entries.map(async (entry) => {
        const module = (await import(`../../${entry.file}`)) as Pick<RouteObject, "loader" | "action">;
        return { id: entry.file, path: `/${entry.path}`, loader: module.loader, action: module.action };
      }),
    );
    expect(routes.length).toBe(5);
    handler = createStaticHandler(routes);
    const config = parseConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      ZICHT_PUBLIC_URL: publicUrl,
      // A key of its own, so the test never writes a key folder into the repository.
      ZICHT_SECRET_KEY: "instruments-test-key-instruments-test-key",
    });
    const logger = pino({ level: "silent" });
    context = {
      db: database.db,
      config,
      logger,
      cspNonce: "test",
      clientAddress: "192.0.2.1",
      rateLimits: createRateLimits(database.db, { config, logger }),
    };
  });

  async function call(
    path: string,
    init: {
      method?: string;
      body?: unknown;
      raw?: string;
      headers?: Record<string, string>;
      base?: string;
    } = {},
  ) {
    const request = new Request(`${init.base ?? origin}${path}`, {
      method: init.method ?? (init.body !== undefined || init.raw !== undefined ? "POST" : "GET"),
      headers: { "Content-Type": "application/json", ...init.headers },
      body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
    });
    const response = (await handler.queryRoute(request, { requestContext: context })) as Response;
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON under test: the assertions check its shape.
    const json: any = text === "" ? undefined : JSON.parse(text);
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      headers: response.headers,
      json,
    };
  }

  /** Rows in every table: scoring must leave them exactly as they were. */
  async function rowCounts(): Promise<Record<string, number>> {
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(database.db);
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(
        database.db,
      );
      counts[name] = rows[0]!.n;
    }
    return counts;
  }

  it("GET /api/instruments lists the four instruments with their links", async () => {
    const { status, json } = await call("/api/instruments");
    expect(status).toBe(200);
    expect(json.instruments.map((instrument: { id: string }) => instrument.id)).toEqual([
      "signalen-seksuele-uitbuiting",
      "signalen-criminele-uitbuiting",
      "quickscan-ouders",
      "vlaggen",
    ]);
    expect(json.instruments[3].links).toEqual({
      definition: "/api/instruments/vlaggen",
      fhir: "/api/instruments/vlaggen/fhir",
      score: "/api/instruments/vlaggen/score",
      form: "/signaleren/vlaggen",
    });
  });

  it("GET /api/instruments/:id gives the definition in the documented shape", async () => {
    const { status, json } = await call("/api/instruments/signalen-seksuele-uitbuiting");
    expect(status).toBe(200);
    expect(json).toMatchObject({
      id: "signalen-seksuele-uitbuiting",
      version: "1.0.0",
      audience: "professional",
    });
    expect(json.title).toBe("Signalenlijst seksuele uitbuiting");
    const item = json.domains[0].items[0];
    expect(Object.keys(item)).toEqual(expect.arrayContaining(["id", "text", "type", "weight"]));
    const vlaggen = await call("/api/instruments/vlaggen");
    expect(vlaggen.json.domains[0].items.map((criterion: { type: string }) => criterion.type)).toEqual(
      Array(6).fill("flag"),
    );
  });

  it("GET /api/instruments/:id/fhir gives an R4 Questionnaire under ZICHT_PUBLIC_URL", async () => {
    const { status, type, json } = await call("/api/instruments/quickscan-ouders/fhir");
    expect(status).toBe(200);
    expect(type).toContain("application/fhir+json");
    expect(json).toMatchObject({
      resourceType: "Questionnaire",
      url: `${publicUrl}/api/instruments/quickscan-ouders/fhir`,
      version: "1.0.0",
      status: "active",
    });
    expect(json.item.every((group: { type: string }) => group.type === "group")).toBe(true);
  });

  it("GET /api/instruments/:id for an unknown id: 404 with error and details", async () => {
    const { status, type, json } = await call("/api/instruments/bestaat-niet");
    expect(status).toBe(404);
    expect(type).toContain("application/json");
    expect(json).toEqual({ error: "Dit instrument bestaat niet: bestaat-niet.", details: [] });
  });

  it("POST /score: all no gives `none`, in the documented shape, and stores nothing", async () => {
    const before = await rowCounts();
    const definition = (await call("/api/instruments/signalen-criminele-uitbuiting")).json;
    const answers: Record<string, unknown> = {};
    for (const domain of definition.domains)
      for (const item of domain.items) {
        if (item.type === "signal") answers[item.id] = "no";
        if (item.type === "ordinal") answers[item.id] = item.options[0].code;
        if (item.type === "multiple") answers[item.id] = [];
      }
    const { status, json } = await call("/api/instruments/signalen-criminele-uitbuiting/score", {
      body: { answers },
    });
    expect(status).toBe(200);
    expect(Object.keys(json).sort()).toEqual(
      [
        "advice",
        "band",
        "completeness",
        "domains",
        "explanation",
        "instrument",
        "max",
        "protectiveFactors",
        "redFlags",
        "total",
        "version",
      ].sort(),
    );
    expect(json).toMatchObject({
      instrument: "signalen-criminele-uitbuiting",
      version: "1.0.0",
      band: "none",
      total: 0,
    });
    expect(json.domains[0]).toEqual({ id: "drugs", score: 0, max: 5, answered: 3, unknown: 0 });
    expect(json.advice[0]).toEqual(
      expect.objectContaining({
        id: "geen-alert",
        title: expect.any(String),
        text: expect.any(String),
        urgency: "later",
        contacts: [],
        services: [],
      }),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("POST /score: nothing answered gives `insufficient`; a red flag alone gives `clear`", async () => {
    expect((await call("/api/instruments/quickscan-ouders/score", { body: { answers: {} } })).json.band).toBe(
      "insufficient",
    );
    const { json } = await call("/api/instruments/quickscan-ouders/score", {
      body: { answers: { verteld: "yes" } },
    });
    expect(json.band).toBe("clear");
    expect(json.redFlags).toEqual(["verteld"]);
    expect(json.advice[0].contacts.map((contact: { phone: string }) => contact.phone)).toEqual([
      "0800-2000",
      "0900-8844",
    ]);
  });

  it("POST /score: acute danger and recent sexual violence come first; services fit age, gender and place", async () => {
    const { json } = await call("/api/instruments/signalen-seksuele-uitbuiting/score", {
      body: {
        answers: { "gedwongen-seks": "yes" },
        context: {
          age: 16,
          gender: "female",
          municipality: "Rotterdam",
          acuteDanger: true,
          recentSexualViolence: true,
        },
      },
    });
    expect(
      json.advice
        .slice(0, 2)
        .map((advice: { contacts: Array<{ phone: string }> }) => advice.contacts[0]!.phone),
    ).toEqual(["112", "0800-0188"]);
    const services = json.advice.flatMap(
      (advice: { services: Array<{ id: string; url: string }> }) => advice.services,
    );
    expect(services).toContainEqual(
      expect.objectContaining({
        id: "fier-asja",
        url: "/wegwijzer/diensten/fier-asja",
        organisation: "Fier",
      }),
    );
    expect(services.map((service: { id: string }) => service.id)).not.toContain("fier-ravi");
  });

  it("POST /score for vlaggen: the worst criterion, or the chosen flag with its reason", async () => {
    const criteria = [
      "toestemming",
      "vrijwilligheid",
      "gelijkwaardigheid",
      "ontwikkeling",
      "situatie",
      "zelfrespect",
    ];
    const answers = Object.fromEntries(criteria.map((id) => [id, "green"]));
    answers.vrijwilligheid = "red";
    const plain = await call("/api/instruments/vlaggen/score", { body: { answers } });
    expect(plain.status).toBe(200);
    expect(plain.json).toMatchObject({ instrument: "vlaggen", flag: "red", proposedFlag: "red" });
    expect(plain.json.criteria).toHaveLength(6);
    expect(plain.json.band).toBeUndefined();
    const chosen = await call("/api/instruments/vlaggen/score", {
      body: { answers, override: { flag: "yellow", reason: "Na overleg: geen druk, wel onhandig." } },
    });
    expect(chosen.json).toMatchObject({
      flag: "yellow",
      proposedFlag: "red",
      override: { flag: "yellow", reason: "Na overleg: geen druk, wel onhandig." },
    });
    const noReason = await call("/api/instruments/vlaggen/score", {
      body: { answers, override: { flag: "yellow" } },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.json.details).toEqual([
      { field: "override.reason", message: "Schrijf op waarom je een andere vlag kiest." },
    ]);
  });

  it.each<[string, { body?: unknown; raw?: string }, string[]]>([
    ["an unknown item id", { body: { answers: { onbekend: "yes" } } }, ["answers.onbekend"]],
    ["a wrong value type", { body: { answers: { "nieuwe-vriend": true } } }, ["answers.nieuwe-vriend"]],
    ["a wrong answer", { body: { answers: { "nieuwe-vriend": "misschien" } } }, ["answers.nieuwe-vriend"]],
    ["a bad age", { body: { context: { age: -1 } } }, ["context.age"]],
    ["JSON that does not parse", { raw: "{antwoorden" }, []],
  ])("POST /score with %s: 400 with error and details", async (_label, init, fields) => {
    const { status, json } = await call("/api/instruments/quickscan-ouders/score", init);
    expect(status).toBe(400);
    expect(typeof json.error).toBe("string");
    expect(json.details.map((detail: { field: string }) => detail.field)).toEqual(fields);
  });

  it("POST /score for an unknown instrument: 404; GET /score: 405 in JSON", async () => {
    const missing = await call("/api/instruments/bestaat-niet/score", { body: { answers: {} } });
    expect(missing.status).toBe(404);
    expect(missing.json.details).toEqual([]);
    const get = await call("/api/instruments/vlaggen/score");
    expect(get.status).toBe(405);
    expect(get.json.error).toContain("POST");
  });

  it("POST /fhir/response turns the same body into a QuestionnaireResponse", async () => {
    const { status, json } = await call("/api/instruments/quickscan-ouders/fhir/response", {
      body: { answers: { "nieuwe-vriend": "yes", geheim: "unknown" } },
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      resourceType: "QuestionnaireResponse",
      questionnaire: `${publicUrl}/api/instruments/quickscan-ouders/fhir|1.0.0`,
      status: "completed",
    });
    expect(json.item.map((group: { linkId: string }) => group.linkId)).toEqual(["vrienden", "telefoon"]);
  });

  // ------------------------------------------------ FHIR errors, CORS, methods

  const fhirType = "application/fhir+json; charset=utf-8";

  it("a hostile Host header does not change the canonical URL of the Questionnaire or the response", async () => {
    const init = { base: "http://evil.example", headers: { Host: "evil.example" } };
    const questionnaire = await call("/api/instruments/vlaggen/fhir", init);
    expect(questionnaire.status).toBe(200);
    expect(questionnaire.json.url).toBe(`${publicUrl}/api/instruments/vlaggen/fhir`);
    const response = await call("/api/instruments/quickscan-ouders/fhir/response", {
      ...init,
      body: { answers: { verteld: "yes" } },
    });
    expect(response.status).toBe(200);
    expect(response.json.questionnaire).toBe(`${publicUrl}/api/instruments/quickscan-ouders/fhir|1.0.0`);
    expect(JSON.stringify([questionnaire.json, response.json])).not.toContain("evil.example");
  });

  it("GET /fhir for an unknown instrument: 404 OperationOutcome not-found", async () => {
    const { status, type, headers, json } = await call("/api/instruments/bestaat-niet/fhir");
    expect(status).toBe(404);
    expect(type).toBe(fhirType);
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(json).toEqual({
      resourceType: "OperationOutcome",
      issue: [
        { severity: "error", code: "not-found", diagnostics: "Dit instrument bestaat niet: bestaat-niet." },
      ],
    });
  });

  it("POST /fhir/response for an unknown instrument: 404 OperationOutcome, before the body is read", async () => {
    const { status, type, json } = await call("/api/instruments/bestaat-niet/fhir/response", {
      raw: "{kapot",
    });
    expect(status).toBe(404);
    expect(type).toBe(fhirType);
    expect(json.issue).toEqual([
      { severity: "error", code: "not-found", diagnostics: "Dit instrument bestaat niet: bestaat-niet." },
    ]);
  });

  it("POST /fhir/response with JSON that does not parse: 400 OperationOutcome structure", async () => {
    const { status, type, json } = await call("/api/instruments/quickscan-ouders/fhir/response", {
      raw: "{antwoorden",
    });
    expect(status).toBe(400);
    expect(type).toBe(fhirType);
    expect(json).toEqual({
      resourceType: "OperationOutcome",
      issue: [{ severity: "error", code: "structure", diagnostics: "De body is geen geldige JSON." }],
    });
  });

  it("POST /fhir/response with bad answers: 400, one issue per problem with its FHIRPath, nothing stored", async () => {
    const before = await rowCounts();
    const { status, type, json } = await call("/api/instruments/quickscan-ouders/fhir/response", {
      body: { answers: { "nieuwe-vriend": "misschien", onbekend: "yes" }, context: { age: -1 } },
    });
    expect(status).toBe(400);
    expect(type).toBe(fhirType);
    expect(json.resourceType).toBe("OperationOutcome");
    expect(
      json.issue.map((issue: { code: string; expression: string[] }) => [issue.code, issue.expression]),
    ).toEqual([
      ["invalid", ["answers.`nieuwe-vriend`"]],
      ["invalid", ["answers.onbekend"]],
      ["invalid", ["context.age"]],
    ]);
    for (const issue of json.issue) {
      expect(issue.severity).toBe("error");
      expect(issue.diagnostics).toMatch(/^[A-Z].+\.$/);
    }
    expect(json.issue[1].diagnostics).toBe("Deze vraag bestaat niet in dit instrument: onbekend.");
    expect(await rowCounts()).toEqual(before);
  });

  it("POST /fhir/response for vlaggen without every criterion: `required` issues; a body of the wrong shape: `structure`", async () => {
    const missing = await call("/api/instruments/vlaggen/fhir/response", {
      body: { answers: { toestemming: "green" } },
    });
    expect(missing.status).toBe(400);
    expect(missing.json.issue).toHaveLength(5);
    expect(missing.json.issue[0]).toEqual({
      severity: "error",
      code: "required",
      diagnostics: "Kies een vlag voor dit criterium.",
      expression: ["answers.vrijwilligheid"],
    });
    const shape = await call("/api/instruments/vlaggen/fhir/response", { body: { answers: "alles goed" } });
    expect(shape.status).toBe(400);
    expect(shape.json.issue).toEqual([
      {
        severity: "error",
        code: "structure",
        diagnostics: "Dit veld heeft niet de goede vorm.",
        expression: ["answers"],
      },
    ]);
    const extra = await call("/api/instruments/vlaggen/fhir/response", { body: { antwoorden: {} } });
    expect(extra.json.issue).toEqual([expect.objectContaining({ code: "structure" })]);
    expect(extra.json.issue[0].expression).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ["POST", "/api/instruments/vlaggen/fhir", "GET, HEAD, OPTIONS"],
    ["DELETE", "/api/instruments/vlaggen/fhir", "GET, HEAD, OPTIONS"],
    ["GET", "/api/instruments/vlaggen/fhir/response", "POST, OPTIONS"],
    ["PUT", "/api/instruments/vlaggen/fhir/response", "POST, OPTIONS"],
  ])("%s %s: 405 OperationOutcome not-supported with Allow", async (method, path, allow) => {
    const { status, type, headers, json } = await call(path, {
      method,
      ...(method === "GET" || method === "DELETE" ? {} : { body: { answers: {} } }),
    });
    expect(status).toBe(405);
    expect(type).toBe(fhirType);
    expect(headers.get("allow")).toBe(allow);
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(json.resourceType).toBe("OperationOutcome");
    expect(json.issue).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "not-supported",
        diagnostics: expect.stringMatching(/Gebruik/),
      }),
    ]);
  });

  it.each<[string, string, string]>([
    ["POST", "/api/instruments", "GET, HEAD, OPTIONS"],
    ["PATCH", "/api/instruments/vlaggen", "GET, HEAD, OPTIONS"],
    ["GET", "/api/instruments/vlaggen/score", "POST, OPTIONS"],
    ["DELETE", "/api/instruments/vlaggen/score", "POST, OPTIONS"],
  ])("%s %s: 405 in JSON with Allow and details as an array", async (method, path, allow) => {
    const { status, type, headers, json } = await call(path, {
      method,
      ...(method === "PATCH" || method === "POST" ? { body: {} } : {}),
    });
    expect(status).toBe(405);
    expect(type).toContain("application/json");
    expect(headers.get("allow")).toBe(allow);
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(json).toEqual({ error: expect.stringMatching(/Gebruik (GET|POST)/), details: [] });
  });

  const endpoints: Array<[string, string]> = [
    ["/api/instruments", "GET, HEAD, OPTIONS"],
    ["/api/instruments/vlaggen", "GET, HEAD, OPTIONS"],
    ["/api/instruments/vlaggen/fhir", "GET, HEAD, OPTIONS"],
    ["/api/instruments/vlaggen/fhir/response", "POST, OPTIONS"],
    ["/api/instruments/vlaggen/score", "POST, OPTIONS"],
  ];

  it.each(endpoints)(
    "OPTIONS %s: 204 preflight with the methods and headers that may be used",
    async (path, allow) => {
      const { status, headers, json } = await call(path, {
        method: "OPTIONS",
        headers: {
          Origin: "https://elders.example",
          "Access-Control-Request-Method": allow.startsWith("POST") ? "POST" : "GET",
          "Access-Control-Request-Headers": "content-type",
        },
      });
      expect(status).toBe(204);
      expect(json).toBeUndefined();
      expect(headers.get("access-control-allow-origin")).toBe("*");
      expect(headers.get("access-control-allow-methods")).toBe(allow);
      expect(headers.get("allow")).toBe(allow);
      expect(headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
      expect(headers.get("access-control-max-age")).toBe("86400");
    },
  );

  it("every answer of every endpoint allows any origin (CORS): success and error", async () => {
    const answers = [
      await call("/api/instruments"),
      await call("/api/instruments/vlaggen"),
      await call("/api/instruments/bestaat-niet"),
      await call("/api/instruments/vlaggen/fhir"),
      await call("/api/instruments/quickscan-ouders/score", { body: { answers: {} } }),
      await call("/api/instruments/quickscan-ouders/score", { raw: "{" }),
      await call("/api/instruments/quickscan-ouders/score", { body: { answers: { onbekend: "yes" } } }),
      await call("/api/instruments/bestaat-niet/score", { body: { answers: {} } }),
      await call("/api/instruments/quickscan-ouders/fhir/response", { body: { answers: {} } }),
      await call("/api/instruments/quickscan-ouders/fhir/response", {
        body: { answers: { onbekend: "yes" } },
      }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 200, 404, 200, 200, 400, 400, 404, 200, 400,
    ]);
    for (const answer of answers) expect(answer.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("every answer has the shape the OpenAPI part documents", async () => {
    const { errors } = instrumentsSchemaValidator();
    const vlaggen = Object.fromEntries(
      ["toestemming", "vrijwilligheid", "gelijkwaardigheid", "ontwikkeling", "situatie", "zelfrespect"].map(
        (id) => [id, "green"],
      ),
    );
    const checks: Array<[string, Awaited<ReturnType<typeof call>>]> = [
      ["InstrumentList", await call("/api/instruments")],
      ["InstrumentDefinition", await call("/api/instruments/quickscan-ouders")],
      ["InstrumentError", await call("/api/instruments/bestaat-niet")],
      ["InstrumentQuestionnaire", await call("/api/instruments/signalen-seksuele-uitbuiting/fhir")],
      ["InstrumentOperationOutcome", await call("/api/instruments/bestaat-niet/fhir")],
      [
        "InstrumentScoreResult",
        await call("/api/instruments/signalen-seksuele-uitbuiting/score", {
          body: { answers: { "gedwongen-seks": "yes" }, context: { age: 16, municipality: "Rotterdam" } },
        }),
      ],
      ["InstrumentScoreResult", await call("/api/instruments/vlaggen/score", { body: { answers: vlaggen } })],
      ["InstrumentError", await call("/api/instruments/vlaggen/score", { body: { answers: { x: 1 } } })],
      ["InstrumentError", await call("/api/instruments/vlaggen/score")],
      [
        "InstrumentQuestionnaireResponse",
        await call("/api/instruments/vlaggen/fhir/response", { body: { answers: vlaggen } }),
      ],
      [
        "InstrumentOperationOutcome",
        await call("/api/instruments/vlaggen/fhir/response", { body: { answers: { x: 1 } } }),
      ],
      ["InstrumentOperationOutcome", await call("/api/instruments/vlaggen/fhir/response")],
    ];
    for (const [schema, answer] of checks) expect(errors(schema, answer.json)).toEqual([]);
  });
});
