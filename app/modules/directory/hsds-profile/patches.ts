/**
 * The extensions of the zicht-nl profile and the JSON Merge Patches
 * (RFC 7386) that declare them, one per HSDS base schema file the profile
 * changes (Open Referral: a profile is a set of patch files named like the
 * base files; the patched schemas are the base merged with its patch). The
 * generated patched schemas live in ./schemas (scripts/hsds-profile.ts).
 * Pure data: no I/O.
 */

export const slugPattern = "^[a-z0-9][a-z0-9-]{0,79}$";
export const municipalityCodePattern = "^GM[0-9]{4}$";
export const provinceCodePattern = "^PV[0-9]{2}$";
/** A service area's code: a municipality (GM + 4 digits), a province (PV + 2 digits) or a named region's slug. */
export const areaCodePattern = `^(GM[0-9]{4}|PV[0-9]{2}|[a-z0-9][a-z0-9-]{0,79})$`;

export interface ProfileExtension {
  /** The field name, the same in every object that has it. */
  field: string;
  /** The HSDS schema files (without `.json`) that get it. */
  objects: readonly string[];
  /** Meaning in Dutch (plain) and English. */
  nl: string;
  en: string;
  /** The JSON Schema of the field (its `description` is added from `en` and `nl`). */
  schema: Record<string, unknown>;
}

export const profileExtensions: readonly ProfileExtension[] = [
  {
    field: "slug",
    objects: ["organization", "service", "program", "location", "taxonomy", "taxonomy_term", "named_region"],
    nl: "leesbare id in Zicht (ook in de adressen van de pagina's); de HSDS-id is daarvan afgeleid",
    en: "the readable Zicht id (also used in page addresses); the HSDS id is derived from it",
    schema: { type: "string", pattern: slugPattern, example: "alarmnummer-112" },
  },
  {
    field: "name_en",
    objects: ["service", "taxonomy", "taxonomy_term"],
    nl: "naam in het Engels",
    en: "the name in English",
    schema: { type: "string" },
  },
  {
    field: "description_en",
    objects: ["service", "organization", "phone"],
    nl: "beschrijving in het Engels",
    en: "the description in English",
    schema: { type: "string" },
  },
  {
    field: "title_en",
    objects: ["contact"],
    nl: "titel in het Engels",
    en: "the title in English",
    schema: { type: "string" },
  },
  {
    field: "maximum_age_inclusive",
    objects: ["service"],
    nl: "true als de maximumleeftijd meetelt ('tot en met'), false bij 'tot'",
    en: "true when the maximum age is included ('up to and including'), false when it is not ('up to')",
    schema: { type: "boolean" },
  },
  {
    field: "possibly_outdated",
    objects: ["service"],
    nl: "true als assured_date meer dan 12 maanden oud is (alleen in de API)",
    en: "true when assured_date is more than 12 months old (API only)",
    schema: { type: "boolean" },
  },
  {
    field: "free",
    objects: ["phone"],
    nl: "gratis nummer",
    en: "a free phone number",
    schema: { type: "boolean" },
  },
  {
    field: "schedules",
    objects: ["phone", "contact"],
    nl: "wanneer dit nummer of adres bereikbaar is",
    en: "when this phone number or e-mail address can be reached",
    schema: { type: "array", items: { $ref: "schedule.json" } },
  },
  {
    field: "timezone_name",
    objects: ["schedule"],
    nl: "tijdzone van de tijden (altijd Europe/Amsterdam); timezone is de UTC-afwijking op de dag van het antwoord",
    en: "the IANA time zone of the times (always Europe/Amsterdam); timezone is its UTC offset on the day of the answer",
    schema: { type: "string", enum: ["Europe/Amsterdam"] },
  },
  {
    field: "area_type",
    objects: ["service_area"],
    nl: "soort gebied: national (heel Nederland), province, municipality of region (benoemde regio)",
    en: "the kind of area: national, province, municipality or region (a named region)",
    schema: { type: "string", enum: ["national", "province", "municipality", "region"] },
  },
  {
    field: "area_code",
    objects: ["service_area"],
    nl: "CBS-code van de gemeente (GM…) of provincie (PV…), of de slug van een benoemde regio; ontbreekt bij landelijk",
    en: "the CBS code of the municipality (GM…) or province (PV…), or the slug of a named region; absent when national",
    schema: { type: "string", pattern: areaCodePattern, example: "GM0080" },
  },
  {
    field: "municipality_code",
    objects: ["location"],
    nl: "CBS-code van de gemeente van de locatie",
    en: "the CBS code of the location's municipality",
    schema: { type: "string", pattern: municipalityCodePattern, example: "GM0363" },
  },
  {
    field: "last_modified",
    objects: ["organization"],
    nl: "wanneer de organisatie het laatst is gewijzigd (alleen in de API; HSDS heeft dit veld al bij service)",
    en: "when the organization was last changed (API only; HSDS already has this field on service)",
    schema: { type: "string", format: "date-time" },
  },
  {
    field: "services",
    objects: ["organization"],
    nl: "de actieve diensten van de organisatie (id, naam, beschrijving, status; alleen in de API)",
    en: "the organization's active services (id, name, description, status; API only)",
    schema: { type: "array", items: { $ref: "service.json" } },
  },
  {
    field: "service",
    objects: ["service_at_location"],
    nl: "de dienst op deze locatie, als object (zoals in de HSDS-lijst van service_at_locations)",
    en: "the service at this location, as an object (as in the HSDS service_at_location list)",
    schema: { $ref: "service.json" },
  },
];

/** A new object of the profile: a named region (a set of municipalities and provinces), in the export. */
export const namedRegionSchema: Record<string, unknown> = {
  name: "named_region",
  title: "Named region",
  description:
    "A region of the Netherlands that Zicht's editors name (e.g. a care region): a set of municipalities and provinces. Zicht-nl profile only. (NL: benoemde regio: een set gemeenten en provincies.)",
  type: "object",
  required: ["id", "name", "alternative_names", "province_codes", "municipality_codes"],
  properties: {
    id: { name: "id", type: "string", format: "uuid", description: "The identifier of the region (UUID)." },
    name: { name: "name", type: "string", description: "The name of the region." },
    alternative_names: {
      name: "alternative_names",
      type: "array",
      items: { type: "string" },
      description: "Other names people use for the region. (NL: andere namen van de regio.)",
    },
    description: { name: "description", type: "string", description: "What the region is." },
    province_codes: {
      name: "province_codes",
      type: "array",
      items: { type: "string", pattern: provinceCodePattern },
      description: "CBS codes of the provinces in the region.",
    },
    municipality_codes: {
      name: "municipality_codes",
      type: "array",
      items: { type: "string", pattern: municipalityCodePattern },
      description: "CBS codes of the municipalities in the region.",
    },
  },
};

/** The JSON Merge Patch per schema file name (without `.json`), built from the extensions. */
export function profilePatches(): Record<string, Record<string, unknown>> {
  const patches: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const extension of profileExtensions) {
    for (const object of extension.objects) {
      const properties = (patches[object] ??= {});
      properties[extension.field] = {
        name: extension.field,
        ...extension.schema,
        description: `${capitalise(extension.en)}. Zicht-nl profile. (NL: ${extension.nl}.)`,
      };
    }
  }
  const result: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(patches).sort()) result[name] = { properties: patches[name] };
  // The profile's own object: its whole schema, with the shared extensions (slug) added.
  result.named_region = mergePatch(namedRegionSchema, result.named_region ?? {}) as Record<string, unknown>;
  return result;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** RFC 7386 JSON Merge Patch: `patch` applied to `target` (neither is changed). */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The profile's schemas: every base schema (by file name without `.json`)
 * merged with its patch, unchanged when it has none, plus the profile's new
 * schemas (a patch without a base is the schema itself).
 */
export function patchedSchemas(base: Record<string, unknown>): Record<string, unknown> {
  const patches = profilePatches();
  const names = [...new Set([...Object.keys(base), ...Object.keys(patches)])].sort();
  return Object.fromEntries(
    names.map((name) => [name, patches[name] ? mergePatch(base[name] ?? {}, patches[name]) : base[name]]),
  );
}

/** The TypeScript source of schemas/index.ts: imports every generated schema file. */
export function schemaIndexSource(names: readonly string[]): string {
  const identifier = (name: string) =>
    name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
  return [
    "// Generated by scripts/hsds-profile.ts: do not edit.",
    ...names.map((name) => `import ${identifier(name)} from "./${name}.json";`),
    "",
    "/** The patched HSDS 3.0 schemas of the zicht-nl profile, by file name without `.json`. */",
    "export const profileSchemas: Record<string, Record<string, unknown>> = {",
    ...names.map((name) => `  ${name}: ${identifier(name)},`),
    "};",
    "",
  ].join("\n");
}
