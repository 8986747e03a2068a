import { z } from "zod";
import { namedRegionSchema, type NamedRegion } from "./regions";

/**
 * The Wegwijzer's content as it is written in `content/` and exchanged in
 * imports: organisations, programmes and services with their contacts,
 * opening hours, areas, locations and taxonomy terms. Validated with Zod
 * before anything is written. Pure: no I/O.
 */

/** iCal/HSDS day codes, Monday first. */
export const weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof weekdays)[number];

export const localizedSchema = z.object({
  nl: z.string().trim().min(1, "Nederlandse tekst ontbreekt"),
  en: z.string().trim().min(1, "Engelse tekst ontbreekt"),
});
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "alleen kleine letters, cijfers en streepjes (hoogstens 80)");
const timeSchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "tijd als UU:MM");
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "datum als JJJJ-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "geen bestaande datum");

/** One weekly opening period in Europe/Amsterdam time; 24/7 is all days 00:00–23:59 (HSDS). */
export const scheduleSchema = z
  .object({
    byday: z.array(z.enum(weekdays)).min(1, "kies minstens één dag"),
    opensAt: timeSchema,
    closesAt: timeSchema,
  })
  .refine((schedule) => schedule.opensAt < schedule.closesAt, "sluitingstijd moet na openingstijd liggen");

export const phoneNumberSchema = z
  .string()
  .trim()
  .regex(/^[0-9][0-9 -]{1,19}$/, "alleen cijfers, spaties en streepjes");

export const phoneSchema = z.object({
  number: phoneNumberSchema,
  label: localizedSchema.optional(),
  free: z.boolean().optional(),
  schedules: z.array(scheduleSchema).optional(),
});

export const emailSchema = z.object({
  address: z.email("geen geldig e-mailadres"),
  label: localizedSchema.optional(),
  schedules: z.array(scheduleSchema).optional(),
});

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(200),
  alternateName: z.string().trim().min(1).optional(),
  description: localizedSchema,
  /** The organisation this one is part of (CKM is part of Fier). */
  parentId: idSchema.optional(),
  /** Its website (http or https). */
  website: z.url({ protocol: /^https?$/, message: "geen geldig webadres" }).optional(),
  /** General contact details; shown for a service that has none of its own. */
  phones: z.array(phoneSchema),
  emails: z.array(emailSchema),
});

export const programSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
});

/** Where a service is offered: nationally, or in provinces, municipalities or named regions (CBS codes). */
export const areaSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("national") }),
  z.object({ kind: z.literal("province"), code: z.string().regex(/^PV\d{2}$/, "provinciecode als PV21") }),
  z.object({
    kind: z.literal("municipality"),
    code: z.string().regex(/^GM\d{4}$/, "gemeentecode als GM0363"),
  }),
  z.object({ kind: z.literal("region"), id: idSchema }),
]);

export const locationSchema = z.object({
  id: idSchema,
  type: z.enum(["physical", "postal", "virtual"]),
  name: z.string().trim().min(1).optional(),
  /** Shelter addresses are confidential: never shown, never exported. */
  confidential: z.boolean(),
  municipalityCode: z
    .string()
    .regex(/^GM\d{4}$/)
    .optional(),
  address: z
    .object({
      address1: z.string().trim().min(1),
      postalCode: z.string().regex(/^\d{4} ?[A-Z]{2}$/, "postcode als 1234 AB"),
      city: z.string().trim().min(1),
      province: z.string().trim().min(1),
    })
    .optional(),
});

/** Our own taxonomies (codes; the terms and their names live in content/taxonomies.ts). */
export const taxonomyIds = ["hulpsoort", "uitbuitingsvorm", "doelgroep", "toegang"] as const;
export type TaxonomyId = (typeof taxonomyIds)[number];

const zichtTermMessages: Record<TaxonomyId, string> = {
  hulpsoort: "kies minstens één hulpsoort",
  uitbuitingsvorm: "kies minstens één vorm van uitbuiting",
  doelgroep: "kies minstens één doelgroep",
  toegang: "kies minstens één manier van toegang",
};

/** Whether a taxonomy is one of Zicht's own four (the ones the UI filters on). */
export function isZichtTaxonomy(id: string): id is TaxonomyId {
  return (taxonomyIds as readonly string[]).includes(id);
}

/**
 * A service's terms by taxonomy id (codes). Zicht's own four are always
 * there; a service classified in them has at least one term in each. A
 * service imported from another system may have none of them (empty lists)
 * and terms of its own taxonomies instead.
 */
export const termsSchema = z
  .object({
    hulpsoort: z.array(z.string()),
    uitbuitingsvorm: z.array(z.string()),
    doelgroep: z.array(z.string()),
    toegang: z.array(z.string()),
  })
  .catchall(z.array(z.string()))
  .superRefine((terms, context) => {
    if (!taxonomyIds.some((taxonomy) => terms[taxonomy].length > 0)) return;
    for (const taxonomy of taxonomyIds) {
      if (terms[taxonomy].length === 0) {
        context.addIssue({ code: "custom", message: zichtTermMessages[taxonomy], path: [taxonomy] });
      }
    }
  });

export const serviceSchema = z
  .object({
    id: idSchema,
    organisationId: idSchema,
    programId: idSchema.optional(),
    /** Proper names stay the same in both languages; descriptive names are translated. */
    name: localizedSchema,
    description: localizedSchema,
    status: z.enum(["active", "inactive", "defunct", "temporarily closed"]).default("active"),
    minimumAge: z.number().int().min(0).max(120).optional(),
    maximumAge: z.number().int().min(0).max(120).optional(),
    /** The source says "tot en met" (true) or "tot" (false): kept as written. */
    maximumAgeInclusive: z.boolean().default(true),
    /** Who can use it, in words (HSDS eligibility_description); set by editors. */
    eligibilityDescription: z.string().trim().min(1).max(2000).optional(),
    /** The service's own web page (http or https). */
    url: z.url({ protocol: /^https?$/, message: "geen geldig webadres" }).optional(),
    /** Empty when the source does not say where the service is offered. */
    areas: z.array(areaSchema),
    terms: termsSchema,
    phones: z.array(phoneSchema),
    emails: z.array(emailSchema),
    locations: z.array(locationSchema).default([]),
    /** When the facts of this service were last checked. */
    assuredDate: dateSchema,
  })
  .refine(
    (service) =>
      service.minimumAge === undefined ||
      service.maximumAge === undefined ||
      service.minimumAge <= service.maximumAge,
    { message: "minimumleeftijd is hoger dan maximumleeftijd", path: ["minimumAge"] },
  );

export const termSchema = z.object({
  /** The term's own id when it came from another system (a UUID); otherwise `<taxonomy>-<code>`. */
  id: idSchema.optional(),
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedSchema,
  description: z.string().trim().min(1),
});

/** Zicht's own four taxonomies and any imported from another system (their id as they sent it). */
export const taxonomySchema = z.object({
  id: idSchema,
  name: localizedSchema,
  description: z.string().trim().min(1),
  terms: z.array(termSchema).min(1),
});

export type Schedule = z.infer<typeof scheduleSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Email = z.infer<typeof emailSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Program = z.infer<typeof programSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Location = z.infer<typeof locationSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;

export interface DirectoryContent {
  taxonomies: readonly Taxonomy[];
  namedRegions: readonly NamedRegion[];
  organisations: readonly Organisation[];
  programs: readonly Program[];
  services: readonly ServiceInput[];
}

export type { NamedRegion };

/**
 * The stored address row of a location (table `address`; id `<location>-adres`),
 * or undefined when it has no address. The one builder: the database writer
 * and the export both use it.
 */
export function locationAddressRow(location: Pick<Location, "id" | "type" | "address">) {
  if (!location.address) return undefined;
  return {
    id: `${location.id}-adres`,
    location_id: location.id,
    address_1: location.address.address1,
    city: location.address.city,
    state_province: location.address.province,
    postal_code: location.address.postalCode,
    country: "NL",
    address_type: location.type,
  };
}

/** A taxonomy term's id: its taxonomy and code ("hulpsoort-behandeling"). */
export function termId(taxonomy: string, code: string): string {
  return `${taxonomy}-${code}`;
}

/**
 * The id a term is stored with: a term of an imported taxonomy keeps its own
 * id; Zicht's own terms (and terms without an id) are taxonomy and code.
 */
export function storedTermId(taxonomy: string, term: { id?: string; code: string }): string {
  return isZichtTaxonomy(taxonomy) ? termId(taxonomy, term.code) : (term.id ?? termId(taxonomy, term.code));
}

const dutchZodErrors = z.locales.nl().localeError;

/**
 * Checks a whole directory: every record valid, ids unique, references
 * known (organisation, programme, region, term, municipality code). Returns
 * readable Dutch problems naming the record; empty when all is well.
 */
export function checkDirectoryContent(
  content: DirectoryContent,
  known: { municipalityCodes: ReadonlySet<string>; provinceCodes: ReadonlySet<string> },
): string[] {
  const problems: string[] = [];
  const parseAll = <T>(
    label: string,
    schema: z.ZodType<T>,
    records: readonly unknown[],
  ): Array<{ record: T; index: number }> => {
    const ok: Array<{ record: T; index: number }> = [];
    const ids = new Set<string>();
    records.forEach((raw, index) => {
      // Zod's own messages (where a field has none of ours) in Dutch too.
      const parsed = schema.safeParse(raw, { error: dutchZodErrors });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(
            `${label} ${index + 1}, veld ${issue.path.join(".") || "(geheel)"}: ${issue.message}`,
          );
        }
        return;
      }
      const id = (parsed.data as { id: string }).id;
      if (ids.has(id)) problems.push(`${label} ${index + 1} (${id}): id komt twee keer voor`);
      ids.add(id);
      ok.push({ record: parsed.data, index });
    });
    return ok;
  };

  const taxonomies = parseAll("taxonomie", taxonomySchema, content.taxonomies);
  const termKeys = new Set(
    taxonomies.flatMap(({ record }) => record.terms.map((term) => `${record.id} ${term.code}`)),
  );
  for (const { record, index } of taxonomies) {
    const codes = new Set<string>();
    for (const term of record.terms) {
      if (codes.has(term.code))
        problems.push(`taxonomie ${index + 1} (${record.id}): code ${term.code} komt twee keer voor`);
      codes.add(term.code);
    }
  }
  const regions = parseAll("regio", namedRegionSchema, content.namedRegions);
  for (const { record, index } of regions) {
    for (const member of [...record.provinceCodes, ...record.municipalityCodes]) {
      if (!known.municipalityCodes.has(member) && !known.provinceCodes.has(member)) {
        problems.push(`regio ${index + 1} (${record.id}): onbekende gemeente of provincie ${member}`);
      }
    }
  }
  const regionIds = new Set(regions.map(({ record }) => record.id));
  const organisations = parseAll("organisatie", organisationSchema, content.organisations);
  const organisationIds = new Set(organisations.map(({ record }) => record.id));
  for (const { record, index } of organisations) {
    if (record.parentId && !organisationIds.has(record.parentId)) {
      problems.push(
        `organisatie ${index + 1} (${record.id}): onbekende moederorganisatie ${record.parentId}`,
      );
    }
  }
  const programs = parseAll("programma", programSchema, content.programs);
  for (const { record, index } of programs) {
    if (!organisationIds.has(record.organisationId)) {
      problems.push(`programma ${index + 1} (${record.id}): onbekende organisatie ${record.organisationId}`);
    }
  }
  const programIds = new Set(programs.map(({ record }) => record.id));
  const services = parseAll("dienst", serviceSchema, content.services);
  const locationIds = new Set<string>();
  for (const { record, index } of services) {
    const where = `dienst ${index + 1} (${record.id})`;
    if (!organisationIds.has(record.organisationId)) {
      problems.push(`${where}: onbekende organisatie ${record.organisationId}`);
    }
    if (record.programId && !programIds.has(record.programId)) {
      problems.push(`${where}: onbekend programma ${record.programId}`);
    }
    for (const area of record.areas) {
      if (area.kind === "municipality" && !known.municipalityCodes.has(area.code)) {
        problems.push(`${where}: onbekende gemeentecode ${area.code}`);
      }
      if (area.kind === "province" && !known.provinceCodes.has(area.code)) {
        problems.push(`${where}: onbekende provinciecode ${area.code}`);
      }
      if (area.kind === "region" && !regionIds.has(area.id)) {
        problems.push(`${where}: onbekende regio ${area.id}`);
      }
    }
    for (const [taxonomy, codes] of Object.entries(record.terms)) {
      for (const code of codes) {
        if (!termKeys.has(`${taxonomy} ${code}`)) problems.push(`${where}: onbekende ${taxonomy} '${code}'`);
      }
    }
    for (const location of record.locations) {
      if (locationIds.has(location.id)) problems.push(`${where}: locatie ${location.id} komt twee keer voor`);
      locationIds.add(location.id);
      if (location.municipalityCode && !known.municipalityCodes.has(location.municipalityCode)) {
        problems.push(`${where}: onbekende gemeentecode ${location.municipalityCode}`);
      }
    }
  }
  return problems;
}
