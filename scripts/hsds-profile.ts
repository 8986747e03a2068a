/**
 * Generates the patched HSDS 3.0 schemas of the zicht-nl profile:
 * every official schema in tests/standards/hsds-3.0 merged with its JSON
 * Merge Patch (app/modules/directory/hsds-profile/patches.ts), plus the
 * profile's own new schemas, into app/modules/directory/hsds-profile/schemas/
 * (JSON files and an index.ts the app imports; the app never reads tests/).
 * Run after changing a patch: `npx tsx scripts/hsds-profile.ts`. A unit test
 * fails when the committed files differ from what this gives.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { patchedSchemas, schemaIndexSource } from "../app/modules/directory/hsds-profile/patches";

const root = join(import.meta.dirname, "..");
const baseDir = join(root, "tests", "standards", "hsds-3.0");
const outDir = join(root, "app", "modules", "directory", "hsds-profile", "schemas");

const base: Record<string, unknown> = {};
for (const file of readdirSync(baseDir).sort()) {
  if (!file.endsWith(".json") || file === "openapi.json") continue;
  base[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(join(baseDir, file), "utf8"));
}

const schemas = patchedSchemas(base);
const prettierOptions = (await resolveConfig(join(outDir, "index.ts"))) ?? {};
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(
    join(outDir, `${name}.json`),
    await format(JSON.stringify(schema), { ...prettierOptions, parser: "json" }),
  );
}
writeFileSync(
  join(outDir, "index.ts"),
  await format(schemaIndexSource(Object.keys(schemas)), { ...prettierOptions, parser: "typescript" }),
);
console.log(`${Object.keys(schemas).length} schemas written to ${outDir}`);
