import { describe, expect, it } from "vitest";
import routeConfig from "../../routes";
import { translator } from "../../i18n";
import { operationOutcome, toQuestionnaire, toQuestionnaireResponse } from "./fhir";
import { instruments } from "./instruments";
import { instrumentsOpenApi } from "./instruments-openapi";
import { parseScoreRequest } from "./score-request";
import { instrumentsSchemaValidator } from "../../../tests/instruments/openapi-validator";

type Json = Record<string, unknown>;
const { paths, schemas } = instrumentsOpenApi as {
  paths: Record<string, Json>;
  schemas: Record<string, Json>;
};

/** The instruments routes of app/routes.ts as OpenAPI paths (`:id` → `{id}`), with their module file. */
const instrumentRoutes = routeConfig
  .filter((route) => route.path?.startsWith("api/instruments"))
  .map((route) => ({
    path: `/${route.path!.replace(/:([A-Za-z]+)/g, "{$1}")}`,
    file: route.file,
  }));

/** Every `$ref` anywhere in a value. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) =>
      key === "$ref" && typeof inner === "string" ? [inner] : refs(inner),
    );
  return [];
}

const validator = () => instrumentsSchemaValidator().errors;

describe("instruments OpenAPI part", () => {
  it("has a path for every instruments route in app/routes.ts, and no other", () => {
    expect(instrumentRoutes.length).toBe(5);
    expect(Object.keys(paths).sort()).toEqual(instrumentRoutes.map((route) => route.path).sort());
  });

  it.each(instrumentRoutes.map((route) => [route.path, route.file] as const))(
    "%s documents exactly the methods the route allows (its answer to OPTIONS)",
    async (path, file) => {
      const module = (await import(`../../${file}`)) as {
        loader: (args: unknown) => Response | Promise<Response>;
      };
      const request = new Request(`https://zicht.example${path.replace("{id}", "vlaggen")}`, {
        method: "OPTIONS",
      });
      const answer = await module.loader({ request, params: { id: "vlaggen" }, context: {} });
      expect(answer.status).toBe(204);
      const allowed = (answer.headers.get("allow") ?? "")
        .split(", ")
        .filter((method) => method !== "HEAD")
        .map((method) => method.toLowerCase())
        .sort();
      const documented = Object.keys(paths[path]!)
        .filter((key) => ["get", "put", "post", "delete", "options", "head", "patch", "trace"].includes(key))
        .sort();
      expect(documented).toEqual(allowed);
    },
  );

  it("gives every operation an id, a 405 with Allow and the CORS header on every response", () => {
    const operationIds: string[] = [];
    for (const [path, item] of Object.entries(paths)) {
      const usesId = path.includes("{id}");
      expect((item.parameters as Json[] | undefined)?.some((p) => p.name === "id") ?? false).toBe(usesId);
      for (const [method, operation] of Object.entries(item)) {
        if (method === "parameters") continue;
        const { responses, operationId } = operation as {
          responses: Record<string, Json>;
          operationId?: string;
        };
        if (method !== "options") {
          operationIds.push(operationId!);
          expect(Object.keys(responses["405"]!.headers as Json)).toContain("Allow");
          if (usesId) expect(responses["404"]).toBeDefined();
        }
        for (const response of Object.values(responses))
          expect(Object.keys(response.headers as Json)).toContain("Access-Control-Allow-Origin");
      }
    }
    expect(operationIds).toHaveLength(5);
    expect(new Set(operationIds).size).toBe(5);
  });

  it("FHIR paths answer errors with an OperationOutcome as application/fhir+json, the others with InstrumentError", () => {
    for (const [path, item] of Object.entries(paths))
      for (const [method, operation] of Object.entries(item)) {
        if (method === "parameters" || method === "options") continue;
        for (const [status, response] of Object.entries(
          (operation as { responses: Record<string, Json> }).responses,
        )) {
          if (status.startsWith("2")) continue;
          expect(response.content).toEqual(
            path.includes("/fhir")
              ? {
                  "application/fhir+json": {
                    schema: { $ref: "#/components/schemas/InstrumentOperationOutcome" },
                  },
                }
              : { "application/json": { schema: { $ref: "#/components/schemas/InstrumentError" } } },
          );
        }
      }
  });

  it("names every schema Instrument…, and every reference points at one of them", () => {
    for (const name of Object.keys(schemas)) expect(name).toMatch(/^Instrument[A-Z]/);
    const missing = refs(instrumentsOpenApi)
      .map((target) => target.replace("#/components/schemas/", ""))
      .filter((name) => !(name in schemas));
    expect(missing).toEqual([]);
    expect(JSON.stringify(instrumentsOpenApi)).not.toContain('"$schema"');
    expect(JSON.stringify(instrumentsOpenApi)).not.toContain("$defs");
  });

  it("describes what the API really sends: definitions, list, Questionnaires, responses, OperationOutcomes", async () => {
    const errors = validator();
    const t = translator("nl");
    const list = (await import("../../routes/api/instruments")).loader({
      request: new Request("https://zicht.example/api/instruments"),
    } as never);
    expect(errors("InstrumentList", await list.json())).toEqual([]);
    for (const definition of instruments) {
      expect(errors("InstrumentDefinition", definition)).toEqual([]);
      expect(errors("InstrumentQuestionnaire", toQuestionnaire(definition, "https://zicht.example"))).toEqual(
        [],
      );
      const firstItem = definition.domains[0]!.items[0]!;
      const response = toQuestionnaireResponse(
        definition,
        { [firstItem.id]: firstItem.type === "flag" ? "red" : "yes" },
        "https://zicht.example",
      );
      expect(errors("InstrumentQuestionnaireResponse", response)).toEqual([]);
      const problems = parseScoreRequest(definition, { answers: { onbekend: "yes" } }, t);
      expect(problems.ok).toBe(false);
      if (!problems.ok)
        expect(errors("InstrumentError", { error: "x", details: problems.details })).toEqual([]);
    }
    expect(
      errors(
        "InstrumentOperationOutcome",
        operationOutcome([{ code: "invalid", diagnostics: "x", expression: "answers.a" }]),
      ),
    ).toEqual([]);
  });

  it("refuses what the API would refuse, so the document is not too loose", () => {
    const errors = validator();
    expect(errors("InstrumentOperationOutcome", { resourceType: "OperationOutcome", issue: [] })).not.toEqual(
      [],
    );
    expect(
      errors("InstrumentOperationOutcome", {
        resourceType: "OperationOutcome",
        issue: [{ severity: "error", code: "kapot" }],
      }),
    ).not.toEqual([]);
    expect(errors("InstrumentScoreRequest", { antwoorden: {} })).not.toEqual([]);
    expect(errors("InstrumentScoreRequest", { answers: { a: true } })).not.toEqual([]);
    expect(errors("InstrumentScoreRequest", { context: { age: -1 } })).not.toEqual([]);
    expect(
      errors("InstrumentScoreRequest", { answers: { a: "yes", b: ["x"], c: 3 }, context: { age: 16 } }),
    ).toEqual([]);
    expect(errors("InstrumentDefinition", { ...instruments[0], kind: "quiz" })).not.toEqual([]);
  });
});
