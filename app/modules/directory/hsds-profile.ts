import { hsdsId } from "./hsds-ids";
import { profileExtensions, profilePatches } from "./hsds-profile/patches";
import { profileSchemas } from "./hsds-profile/schemas/index";

/**
 * The Dutch HSDS 3.0 profile of Zicht ("zicht-nl"), served under
 * /api/hsds/profile. Following Open Referral's profile mechanism, the
 * profile is a set of JSON Merge Patches (RFC 7386), one per HSDS schema
 * file it changes and named like it, plus the schemas they give (base
 * merged with patch). The API's root answers with the profile's URI as
 * `profile`. Pure: the schemas are generated into hsds-profile/schemas by
 * scripts/hsds-profile.ts (the app never reads tests/).
 */

export { profileExtensions } from "./hsds-profile/patches";

export const profilePath = "/api/hsds/profile";
export const profileName = "zicht-nl";

/** The profile URI: absolute, from ZICHT_PUBLIC_URL (never from a request's Host header). */
export function profileUri(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, "")}${profilePath}`;
}

const patches = profilePatches();

/** Names (without `.json`) of the patch files and of the patched schema files. */
export const profilePatchNames: readonly string[] = Object.keys(patches).sort();
export const profileSchemaNames: readonly string[] = Object.keys(profileSchemas).sort();

/** The profile document: what it is, what it adds, and where its patches and schemas are. */
export function profileDocument(publicUrl: string) {
  const uri = profileUri(publicUrl);
  return {
    uri,
    name: profileName,
    title: "Zicht: Nederlands profiel van HSDS 3.0",
    description:
      "Dit profiel beschrijft hoe de Wegwijzer van Zicht (hulp bij uitbuiting van jongeren met een LVB) HSDS 3.0 gebruikt. " +
      "Het voegt toe: werkgebieden met CBS-codes van gemeenten (GM…) en provincies (PV…) en benoemde regio's; " +
      "de Nederlandse taxonomieën doelgroep, hulpsoort, toegang en vorm van uitbuiting; " +
      "Engelse vertalingen van namen en beschrijvingen; en een leesbare id (slug) naast de HSDS-id (UUID). " +
      "Openingstijden gelden in Europe/Amsterdam.",
    base: {
      standard: "Human Services Data Specification (HSDS)",
      version: "3.0",
      schemas: "https://github.com/openreferral/specification/tree/3.0/schema",
    },
    /** Our taxonomies (GET /api/hsds/taxonomies has them in full, with their terms under /taxonomy_terms). */
    taxonomies: [
      { slug: "doelgroep", name: "Doelgroep", name_en: "Target group" },
      { slug: "hulpsoort", name: "Hulpsoort", name_en: "Type of help" },
      { slug: "toegang", name: "Toegang", name_en: "Access" },
      { slug: "uitbuitingsvorm", name: "Vorm van uitbuiting", name_en: "Form of exploitation" },
    ].map((taxonomy) => ({ id: hsdsId("taxonomy", taxonomy.slug), ...taxonomy })),
    extensions: profileExtensions.map((extension) => ({
      field: extension.field,
      objects: [...extension.objects],
      description: extension.nl,
      description_en: extension.en,
    })),
    patches: profilePatchNames.map((name) => ({ name: `${name}.json`, url: `${uri}/patches/${name}.json` })),
    schemas: profileSchemaNames.map((name) => ({ name: `${name}.json`, url: `${uri}/schemas/${name}.json` })),
  };
}

/**
 * The JSON body for a path below /api/hsds/profile (`segments` after
 * "profile": [] is the profile document, ["patches", "service.json"] a
 * merge patch, ["schemas", "service.json"] a patched schema with `$id` set
 * to its own URL), or undefined when there is no such document (the API
 * answers 404).
 */
export function profileResource(segments: readonly string[], publicUrl: string): unknown {
  if (segments.length === 0) return profileDocument(publicUrl);
  const [folder, file, ...rest] = segments;
  if (rest.length > 0 || !file?.endsWith(".json")) return undefined;
  const name = file.slice(0, -".json".length);
  if (folder === "patches" && profilePatchNames.includes(name)) return patches[name];
  if (folder === "schemas" && profileSchemaNames.includes(name)) {
    return { $id: `${profileUri(publicUrl)}/schemas/${name}.json`, ...profileSchemas[name] };
  }
  return undefined;
}
