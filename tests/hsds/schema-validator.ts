import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

/**
 * Validators for HSDS 3.0 objects, built from JSON Schema files that `$ref`
 * each other by file name (the official ones in tests/standards/hsds-3.0, or
 * a profile's patched copies). Ajv 2020 with ajv-formats; strict mode off
 * because the official files carry documentation keywords of their own
 * (`core`, `constraints`, `example`, `name`).
 */

export const officialSchemaDir = join(import.meta.dirname, "..", "standards", "hsds-3.0");

export type HsdsObjectKind =
  | "service"
  | "organization"
  | "service_at_location"
  | "taxonomy"
  | "taxonomy_term"
  | "location"
  | "program"
  | "phone"
  | "contact"
  | "schedule"
  | "service_area"
  | "attribute"
  | "address"
  | "language"
  | "named_region";

export interface HsdsValidator {
  /** Every schema error of `value` as `<kind><path>: <message>`; empty when valid. */
  errors(kind: HsdsObjectKind, value: unknown): string[];
  /** Errors of an HSDS list page (the `compiled/*_list.json` page shape plus item schema). */
  pageErrors(kind: HsdsObjectKind, value: unknown): string[];
}

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

/** Loads every `<name>.json` object schema of `dir` (not openapi.json) as `{ name: schema }`. */
export function readSchemaDir(dir: string): Record<string, Record<string, unknown>> {
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".json") || file === "openapi.json") continue;
    schemas[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(join(dir, file), "utf8"));
  }
  return schemas;
}

const base = "https://zicht.test/hsds-schemas/";

export function hsdsValidator(schemas: Record<string, Record<string, unknown>>): HsdsValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const [name, schema] of Object.entries(schemas)) {
    ajv.addSchema({ ...schema, $id: `${base}${name}.json` });
  }
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (kind: string): ValidateFunction => {
    let validate = compiled.get(kind);
    if (!validate) {
      const found = ajv.getSchema(`${base}${kind}.json`);
      if (!found) throw new Error(`No schema for ${kind}`);
      validate = found;
      compiled.set(kind, validate);
    }
    return validate;
  };
  const describe = (kind: string, validate: ValidateFunction) =>
    (validate.errors ?? []).map(
      (error) =>
        `${kind}${error.instancePath || "/"}: ${error.message ?? error.keyword}${
          error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : ""
        }`,
    );
  return {
    errors(kind, value) {
      const validate = validatorFor(kind);
      return validate(value) ? [] : describe(kind, validate);
    },
    pageErrors(kind, value) {
      const page = value as { contents?: unknown };
      const problems: string[] = [];
      for (const field of ["total_items", "total_pages", "page_number", "size"]) {
        if (typeof (value as Record<string, unknown>)[field] !== "number")
          problems.push(`page: ${field} is not a number`);
      }
      for (const field of ["first_page", "last_page", "empty"]) {
        if (typeof (value as Record<string, unknown>)[field] !== "boolean")
          problems.push(`page: ${field} is not a boolean`);
      }
      if (!Array.isArray(page.contents)) return [...problems, "page: contents is not an array"];
      page.contents.forEach((item, index) => {
        for (const problem of this.errors(kind, item)) problems.push(`contents[${index}] ${problem}`);
      });
      return problems;
    },
  };
}

/** The validator over the official, unchanged HSDS 3.0 schemas. */
export function officialHsdsValidator(): HsdsValidator {
  return hsdsValidator(readSchemaDir(officialSchemaDir));
}
