import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { instrumentsOpenApi } from "../screening/instruments-openapi";
import { hsdsEndpoints, hsdsQueryParameters } from "./hsds-api.server";
import { profileResource, profileSchemaNames } from "./hsds-profile";
import { openApiDocument } from "./openapi";
import { openApiResponse } from "./openapi-response";

type Json = Record<string, unknown>;
const publicUrl = "https://zicht.example.nl";
const document = openApiDocument(publicUrl) as {
  openapi: string;
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, Json>>;
  components: {
    parameters: Record<string, Json>;
    schemas: Record<string, Json>;
    headers: Record<string, Json>;
  };
};

/** The query parameter names a documented operation takes (resolving `$ref`s). */
function queryParameters(path: string): string[] {
  const get = document.paths[path]?.get as { parameters: Array<{ $ref: string }> };
  return get.parameters.map((parameter) => {
    const name = parameter.$ref.replace("#/components/parameters/", "");
    const resolved = document.components.parameters[name];
    expect(resolved, parameter.$ref).toBeDefined();
    expect(resolved?.in).toBe("query");
    return resolved?.name as string;
  });
}

/** Every `$ref` in the document that points inside it. */
function localRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) localRefs(item, found);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string" && item.startsWith("#/")) found.push(item);
      else localRefs(item, found);
    }
  }
  return found;
}

/**
 * Errors of a document as OpenAPI 3.1, by @seriousme/openapi-schema-validator (the official
 * OpenAPI 3.1 schema plus every Schema Object checked against its dialect). The profile's
 * patched schemas, which the responses `$ref` by URL, are given to it under those URLs.
 */
async function openApi31Errors(value: unknown): Promise<string[]> {
  const validator = new Validator();
  for (const name of profileSchemaNames) {
    const schema = profileResource(["schemas", `${name}.json`], publicUrl) as { $id: string };
    // The validator resolves only absolute references between added schemas: make the
    // schemas' own relative ones ("organization.json") absolute, as their `$id` implies.
    await validator.addSpecRef(absoluteRefs(schema, schema.$id) as Record<string, unknown>, schema.$id);
  }
  // The validator writes resolved references into what it checks: give it a copy.
  const result = await validator.validate(structuredClone(value) as Record<string, unknown>);
  if (result.valid) return [];
  return typeof result.errors === "string"
    ? [result.errors]
    : (result.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
}

function absoluteRefs(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => absoluteRefs(item, base));
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === "$ref" && typeof item === "string" && !item.startsWith("#")
        ? new URL(item, base).href
        : absoluteRefs(item, base),
    ]),
  );
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (official schema)", async () => {
    expect(await openApi31Errors(document)).toEqual([]);
    // The check itself works: a broken document is refused.
    const broken = structuredClone(document) as unknown as { paths: Record<string, Json> };
    (broken.paths["/api/hsds/services"] as Json).get = { responses: {}, colour: "rood" };
    expect((await openApi31Errors(broken)).length).toBeGreaterThan(0);
    expect(
      (await openApi31Errors({ openapi: "3.1.0", info: { title: "x" }, paths: {} })).length,
    ).toBeGreaterThan(0);
  });

  it("is OpenAPI 3.1 with ZICHT_PUBLIC_URL as its server and a unique operationId per operation", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: publicUrl }]);
    const operationIds = Object.values(document.paths).flatMap((item) =>
      Object.values(item)
        .map((operation) => (operation as Json).operationId)
        .filter((id) => id !== undefined),
    );
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it("documents every endpoint of the HSDS dispatcher, and no other", () => {
    const documented = Object.keys(document.paths)
      .filter((path) => path.startsWith("/api/hsds"))
      .map((path) => path.slice("/api/hsds".length))
      .sort();
    expect(documented).toEqual([...hsdsEndpoints].sort());
  });

  it("documents exactly the query parameters each endpoint accepts", () => {
    for (const endpoint of hsdsEndpoints) {
      expect(queryParameters(`/api/hsds${endpoint}`).sort(), endpoint).toEqual(
        [...(hsdsQueryParameters[endpoint] ?? [])].sort(),
      );
    }
  });

  it("has every official HSDS parameter on every endpoint the reference lists it", () => {
    const official: Record<string, string[]> = {
      "/services": [
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
      ],
      "/taxonomies": ["search", "page", "per_page", "format"],
      "/taxonomy_terms": ["search", "page", "per_page", "format", "taxonomy_id", "top_only", "parent_id"],
      "/organizations": ["search", "full_service", "full", "page", "per_page", "format"],
      "/organizations/{id}": ["full_service"],
      "/service_at_locations": [
        "search",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "full",
        "page",
        "per_page",
        "format",
        "postcode",
        "proximity",
      ],
    };
    for (const [endpoint, names] of Object.entries(official)) {
      expect(queryParameters(`/api/hsds${endpoint}`), endpoint).toEqual(expect.arrayContaining(names));
    }
    expect(queryParameters("/api/hsds/services")).toEqual(
      expect.arrayContaining(["municipality", "age", "gender"]),
    );
  });

  it("gives every parameter a description and an example, and every path parameter a definition", () => {
    for (const [name, parameter] of Object.entries(document.components.parameters)) {
      expect(parameter.name, name).toBe(name);
      expect(parameter.description, name).toEqual(expect.any(String));
      expect(parameter.example, name).toEqual(expect.any(String));
    }
    for (const [path, item] of Object.entries(document.paths)) {
      if (!path.startsWith("/api/hsds")) continue;
      const names = ((item.parameters as Array<{ name: string }> | undefined) ?? []).map((p) => p.name);
      expect(names.sort(), path).toEqual([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort());
    }
  });

  it("resolves every local $ref, documents the error shape and the Page on every answer", () => {
    for (const ref of localRefs(document)) {
      const target = ref
        .slice(2)
        .split("/")
        .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], document);
      expect(target, ref).toBeDefined();
    }
    expect(document.components.schemas.Error).toMatchObject({
      required: ["error", "details"],
      properties: { details: { type: "array" } },
    });
    expect(Object.keys(document.components.schemas.Page?.properties as Json)).toEqual([
      "total_items",
      "total_pages",
      "page_number",
      "size",
      "first_page",
      "last_page",
      "empty",
    ]);
    for (const [path, item] of Object.entries(document.paths)) {
      if (!path.startsWith("/api/hsds")) continue;
      const responses = (item.get as { responses: Record<string, Json> }).responses;
      expect(Object.keys(responses), path).toEqual(expect.arrayContaining(["200", "404", "405"]));
      expect(JSON.stringify(responses["404"]), path).toContain("#/components/schemas/Error");
    }
  });

  it("includes the instruments API part", () => {
    for (const path of Object.keys(instrumentsOpenApi.paths)) expect(document.paths[path]).toBeDefined();
    for (const name of Object.keys(instrumentsOpenApi.schemas))
      expect(document.components.schemas[name]).toBeDefined();
  });
});

describe("GET /api/openapi.json", () => {
  const request = (method: string) => new Request("http://localhost/api/openapi.json", { method });

  it("serves the document with CORS, HEAD without a body, a preflight with 204", async () => {
    const get = openApiResponse(request("GET"), publicUrl);
    expect(get.status).toBe(200);
    expect(get.headers.get("content-type")).toMatch(/^application\/json/);
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
    expect(await get.json()).toEqual(document);
    const head = openApiResponse(request("HEAD"), publicUrl);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const preflight = openApiResponse(request("OPTIONS"), publicUrl);
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("refuses other methods with 405, Allow and the error shape", async () => {
    const post = openApiResponse(request("POST"), publicUrl);
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(post.headers.get("access-control-allow-origin")).toBe("*");
    expect(await post.json()).toEqual({
      error: expect.stringMatching(/\.$/),
      details: [{ method: "POST", allowed: ["GET", "HEAD", "OPTIONS"] }],
    });
  });
});
