import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hsdsValidator, officialSchemaDir, readSchemaDir } from "../../../tests/hsds/schema-validator";
import { hsdsId } from "./hsds-ids";
import { profileDocument, profileResource, profileUri } from "./hsds-profile";
import { mergePatch, patchedSchemas, profilePatches, schemaIndexSource } from "./hsds-profile/patches";

const schemaDir = join(import.meta.dirname, "hsds-profile", "schemas");
const publicUrl = "https://zicht.example.nl/";
const uri = "https://zicht.example.nl/api/hsds/profile";

describe("JSON Merge Patch (RFC 7386)", () => {
  // The examples of RFC 7386, appendix A.
  it.each([
    [{ a: "b" }, { a: "c" }, { a: "c" }],
    [{ a: "b" }, { b: "c" }, { a: "b", b: "c" }],
    [{ a: "b" }, { a: null }, {}],
    [{ a: "b", b: "c" }, { a: null }, { b: "c" }],
    [{ a: ["b"] }, { a: "c" }, { a: "c" }],
    [{ a: "c" }, { a: ["b"] }, { a: ["b"] }],
    [{ a: { b: "c" } }, { a: { b: "d", c: null } }, { a: { b: "d" } }],
    [{ a: [{ b: "c" }] }, { a: [1] }, { a: [1] }],
    [
      ["a", "b"],
      ["c", "d"],
      ["c", "d"],
    ],
    [{ a: "b" }, ["c"], ["c"]],
    [{ a: "foo" }, null, null],
    [{ a: "foo" }, "bar", "bar"],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: "b", c: null }, { a: "b" }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])("%j patched with %j gives %j", (target, patch, result) => {
    const before = JSON.stringify(target);
    expect(mergePatch(target, patch)).toEqual(result);
    expect(JSON.stringify(target)).toBe(before);
  });
});

describe("the zicht-nl profile", () => {
  it("has committed schemas equal to the official base schemas merged with the patches", () => {
    const base = readSchemaDir(officialSchemaDir);
    const expected = patchedSchemas(base);
    expect(readSchemaDir(schemaDir)).toEqual(expected);
    expect(readFileSync(join(schemaDir, "index.ts"), "utf8")).toContain(
      schemaIndexSource(Object.keys(expected)).split("\n")[1],
    );
    // The patches only add: every base property is still there, unchanged.
    for (const [name, schema] of Object.entries(base)) {
      const patched = expected[name] as { properties: Record<string, unknown> };
      for (const [field, definition] of Object.entries(schema.properties as Record<string, unknown>)) {
        expect(patched.properties[field], `${name}.${field}`).toEqual(definition);
      }
    }
  });

  it("declares the extra fields with their type and pattern", () => {
    const validator = hsdsValidator(readSchemaDir(schemaDir));
    const id = "ac148810-d857-441c-9679-408f346de14b";
    expect(validator.errors("service_area", { id, area_type: "municipality", area_code: "GM0080" })).toEqual(
      [],
    );
    expect(validator.errors("service_area", { id, area_code: "Leeuwarden!" })).toEqual([
      expect.stringMatching(/^service_area\/area_code: must match pattern/),
    ]);
    expect(validator.errors("service_area", { id, area_type: "wijk" })).toEqual([
      expect.stringMatching(/^service_area\/area_type: must be equal to one of the allowed values/),
    ]);
    expect(validator.errors("service", { id, name: "Hulp", status: "active", slug: "Hulp 112" })).toEqual([
      expect.stringMatching(/^service\/slug: must match pattern/),
    ]);
    expect(validator.errors("phone", { id, number: "112", free: "ja" })).toEqual([
      expect.stringMatching(/^phone\/free: must be boolean/),
    ]);
    expect(validator.errors("schedule", { id, timezone: 1, timezone_name: "Europe/Brussels" })[0]).toMatch(
      /^schedule\/timezone_name: must be equal to one of the allowed values/,
    );
  });

  it("serves the profile document with absolute links to every patch and schema", () => {
    expect(profileUri(publicUrl)).toBe(uri);
    const document = profileResource([], publicUrl) as ReturnType<typeof profileDocument>;
    expect(document).toMatchObject({ uri, name: "zicht-nl", base: { version: "3.0" } });
    expect(document.description).toContain("CBS");
    expect(document.taxonomies).toContainEqual({
      id: hsdsId("taxonomy", "uitbuitingsvorm"),
      slug: "uitbuitingsvorm",
      name: "Vorm van uitbuiting",
      name_en: "Form of exploitation",
    });
    expect(document.extensions.map((extension) => extension.field)).toEqual(
      expect.arrayContaining(["slug", "name_en", "area_code", "municipality_code", "timezone_name"]),
    );
    expect(document.patches).toContainEqual({ name: "service.json", url: `${uri}/patches/service.json` });
    expect(document.schemas).toContainEqual({ name: "service.json", url: `${uri}/schemas/service.json` });
    expect(document.schemas).toContainEqual({
      name: "named_region.json",
      url: `${uri}/schemas/named_region.json`,
    });
  });

  it("serves each patch, and each patched schema with its own URL as $id", () => {
    expect(profileResource(["patches", "service.json"], publicUrl)).toEqual(profilePatches().service);
    expect(profileResource(["schemas", "service.json"], publicUrl)).toMatchObject({
      $id: `${uri}/schemas/service.json`,
      required: ["id", "name", "status"],
      properties: { slug: { type: "string" }, name_en: { type: "string" } },
    });
    // Unchanged base schemas are part of the set too (they are $ref'd by file name).
    expect(profileResource(["schemas", "funding.json"], publicUrl)).toMatchObject({ name: "funding" });
  });

  it.each([
    [["patches", "funding.json"]],
    [["patches", "service"]],
    [["schemas", "openapi.json"]],
    [["schemas", "../service.json"]],
    [["schemas", "service.json", "extra"]],
    [["other"]],
  ])("answers nothing for %j", (segments) => {
    expect(profileResource(segments, publicUrl)).toBeUndefined();
  });
});
