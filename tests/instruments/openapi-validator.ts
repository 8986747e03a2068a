import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { instrumentsOpenApi } from "../../app/modules/screening/instruments-openapi";

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

const base = "https://zicht.test/instruments-openapi";

/**
 * A checker for the schemas of the instruments OpenAPI part: Ajv 2020 over
 * one document whose `$defs` are the schemas (references to
 * `#/components/schemas/…` rewritten to point there). `errors(name, value)`
 * lists every schema error as `<name><path>: <message>`; empty when valid.
 */
export function instrumentsSchemaValidator(): { errors(name: string, value: unknown): string[] } {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const rewritten = JSON.parse(
    JSON.stringify(instrumentsOpenApi.schemas).replaceAll('"#/components/schemas/', `"${base}#/$defs/`),
  ) as Record<string, unknown>;
  ajv.addSchema({ $id: base, $defs: rewritten });
  return {
    errors(name, value) {
      const validate = ajv.getSchema(`${base}#/$defs/${name}`);
      if (!validate) throw new Error(`Geen schema ${name}.`);
      return validate(value)
        ? []
        : (validate.errors ?? []).map((error) => `${name}${error.instancePath}: ${error.message}`);
    },
  };
}
