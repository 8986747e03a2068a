import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { instrumentsOpenApi } from "../screening/instruments-openapi";
import { hsdsEndpoints, hsdsQueryParameters } from "./hsds-api.server";
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

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

/** The official OpenAPI 3.1 schema (tests/standards/openapi-3.1), compiled with Ajv 2020. */
function openApi31Errors(value: unknown): string[] {
  const schemaFile = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "tests",
    "standards",
    "openapi-3.1",
    "schema.json",
  );
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("media-range", true);
  // Ajv resolves `$dynamicRef: "#meta"` to the document root instead of the `$dynamicAnchor`
  // in `$defs/schema`; without a dialect overriding that anchor both mean the same Schema Object
  // check, so the test points it there with a plain `$ref` (the vendored file stays unchanged).
  const text = readFileSync(schemaFile, "utf8").replaceAll(
    '"$dynamicRef": "#meta"',
    '"$ref": "#/$defs/schema"',
  );
  const validate = ajv.compile(JSON.parse(text) as object);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (official schema)", () => {
    expect(openApi31Errors(document)).toEqual([]);
    // The check itself works: a broken document is refused.
    const broken = structuredClone(document) as unknown as { paths: Record<string, Json> };
    (broken.paths["/api/hsds/services"] as Json).get = { responses: {}, colour: "rood" };
    expect(openApi31Errors(broken).length).toBeGreaterThan(0);
    expect(
      openApi31Errors({ openapi: "3.0.3", info: { title: "x", version: "1" }, paths: {} }).length,
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
