import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import {
  taxonomyIds,
  termId,
  weekdays,
  type Area,
  type DirectoryContent,
  type Email,
  type Location,
  type Organisation,
  type Phone,
  type Program,
  type Schedule,
  type ServiceInput,
  type Taxonomy,
  type TaxonomyId,
  type Weekday,
} from "./directory-content";
import {
  hsdsProfile,
  hsdsVersion,
  organisationToHsds,
  serviceToHsds,
  type HsdsAddress,
  type HsdsOrganization,
  type HsdsService,
  type HsdsTaxonomy,
  type HsdsTaxonomyTerm,
  type TermRow,
} from "./hsds";
import type { OrganisationRecord, ServiceRecord } from "./read.server";

/**
 * The Wegwijzer as one HSDS 3.0 JSON document (`zicht directory export
 * --format hsds-json`) and back (`zicht directory import`): taxonomies and
 * their terms, named regions, organisations with their phones, contacts and
 * programmes, and services compiled and nested as the API shows them.
 * Confidential locations are never in it. Timestamps (`last_modified`) are
 * left out, so exporting, importing and exporting again gives the same
 * bytes. Pure: no I/O.
 */

export const exchangeFormat = "zicht-wegwijzer";

export interface HsdsNamedRegion {
  id: string;
  name: string;
  alternative_names: string[];
  description: string | null;
  province_codes: string[];
  municipality_codes: string[];
}

export interface ExchangeDocument {
  format: typeof exchangeFormat;
  hsds_version: string;
  profile: string;
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
  named_regions: HsdsNamedRegion[];
  organizations: HsdsOrganization[];
  services: HsdsService[];
}

export function exchangeDocument(
  parts: Omit<ExchangeDocument, "format" | "hsds_version" | "profile">,
): ExchangeDocument {
  return { format: exchangeFormat, hsds_version: hsdsVersion, profile: hsdsProfile.name, ...parts };
}

// ------------------------------------------------------- reading a document

const text = z.string({ message: "tekst verwacht" });
const optionalText = text.nullish();
const list = <T extends z.ZodType>(item: T) => z.array(item, { message: "lijst verwacht" }).default([]);

const scheduleShape = z.object({ byday: text, opens_at: text, closes_at: text });
const phoneShape = z.object({
  organization_id: optionalText,
  service_id: optionalText,
  number: text,
  description: optionalText,
  description_en: optionalText,
  free: z.boolean({ message: "true of false verwacht" }).nullish(),
  schedules: list(scheduleShape),
});
const contactShape = z.object({
  organization_id: optionalText,
  service_id: optionalText,
  email: text,
  title: optionalText,
  title_en: optionalText,
  schedules: list(scheduleShape),
});
const ageShape = z.number({ message: "getal verwacht" }).nullish();

const taxonomyShape = z.object({ id: text, name: text, name_en: text, description: text });
const termShape = z.object({
  id: text,
  taxonomy_id: text,
  code: text,
  name: text,
  name_en: text,
  description: text,
});
const regionShape = z.object({
  id: text,
  name: text,
  alternative_names: list(text),
  description: optionalText,
  province_codes: list(text),
  municipality_codes: list(text),
});
const organisationShape = z.object({
  id: text,
  name: text,
  alternate_name: optionalText,
  description: text,
  description_en: optionalText,
  website: optionalText,
  parent_organization_id: optionalText,
  phones: list(phoneShape),
  contacts: list(contactShape),
  programs: list(z.object({ id: text, name: text, description: text })),
});
const serviceShape = z.object({
  id: text,
  organization_id: text,
  program_id: optionalText,
  name: text,
  name_en: optionalText,
  description: text,
  description_en: optionalText,
  status: text.default("active"),
  minimum_age: ageShape,
  maximum_age: ageShape,
  maximum_age_inclusive: z.boolean({ message: "true of false verwacht" }).nullish(),
  eligibility_description: optionalText,
  url: optionalText,
  assured_date: text,
  phones: list(phoneShape),
  contacts: list(contactShape),
  service_areas: list(
    z.object({
      area_type: z.enum(["national", "province", "municipality", "region"], {
        message: "kies national, province, municipality of region",
      }),
      area_code: optionalText,
    }),
  ),
  attributes: list(z.object({ taxonomy_term_id: text })),
  service_at_locations: list(
    z.object({
      location: z.object({
        id: text,
        location_type: text,
        name: optionalText,
        municipality_code: optionalText,
        addresses: list(z.object({ address_1: text, city: text, state_province: text, postal_code: text })),
      }),
    }),
  ),
});

const sections = {
  taxonomies: { label: "taxonomie", shape: taxonomyShape },
  taxonomy_terms: { label: "term", shape: termShape },
  named_regions: { label: "regio", shape: regionShape },
  organizations: { label: "organisatie", shape: organisationShape },
  services: { label: "dienst", shape: serviceShape },
} as const;
type Section = keyof typeof sections;
type Parsed<S extends Section> = z.infer<(typeof sections)[S]["shape"]>;

/** Content field paths in the names of the document ("minimumAge" → "minimum_age"). */
const fieldNames: Array<[RegExp, string]> = [
  [/^name\.nl$/, "name"],
  [/^name\.en$/, "name_en"],
  [/^description\.nl$/, "description"],
  [/^description\.en$/, "description_en"],
  [/^minimumAge$/, "minimum_age"],
  [/^maximumAge$/, "maximum_age"],
  [/^maximumAgeInclusive$/, "maximum_age_inclusive"],
  [/^assuredDate$/, "assured_date"],
  [/^organisationId$/, "organization_id"],
  [/^programId$/, "program_id"],
  [/^alternateName$/, "alternate_name"],
  [/^parentId$/, "parent_organization_id"],
  [/^emails\.(\d+)\.address$/, "contacts.$1.email"],
  [/^emails\.(\d+)\.label\.nl$/, "contacts.$1.title"],
  [/^emails\.(\d+)\.label\.en$/, "contacts.$1.title_en"],
  [/^emails/, "contacts"],
  [/^(phones\.\d+)\.label\.nl$/, "$1.description"],
  [/^(phones\.\d+)\.label\.en$/, "$1.description_en"],
  [/^(phones|contacts)\.(\d+)\.schedules\.(\d+)\.opensAt$/, "$1.$2.schedules.$3.opens_at"],
  [/^(phones|contacts)\.(\d+)\.schedules\.(\d+)\.closesAt$/, "$1.$2.schedules.$3.closes_at"],
  [/^areas/, "service_areas"],
  [/^locations\.(\d+)\.municipalityCode$/, "service_at_locations.$1.location.municipality_code"],
  [/^locations\.(\d+)\.address\.(\w+)$/, "service_at_locations.$1.location.addresses.0.$2"],
  [/^locations/, "service_at_locations"],
  [/^terms\.(\w+)/, "attributes ($1)"],
  [/^provinceCodes/, "province_codes"],
  [/^municipalityCodes/, "municipality_codes"],
];

/** Rewrites "…, veld minimumAge: …" in a problem from checkDirectoryContent to the document's field names. */
export function inDocumentTerms(problem: string): string {
  return problem.replace(/, veld ([^:]+):/, (_match, path: string) => {
    let field = path;
    for (const [pattern, replacement] of fieldNames) {
      if (pattern.test(field)) {
        field = field.replace(pattern, replacement);
        break;
      }
    }
    return `, veld ${field}:`;
  });
}

function toSchedules(schedules: ReadonlyArray<z.infer<typeof scheduleShape>>): Schedule[] | undefined {
  if (schedules.length === 0) return undefined;
  return schedules.map((schedule) => ({
    byday: schedule.byday.split(",").map((day) => day.trim()) as Weekday[],
    opensAt: schedule.opens_at,
    closesAt: schedule.closes_at,
  }));
}

function label(nl: string | null | undefined, en: string | null | undefined) {
  return nl ? { label: { nl, en: en || nl } } : {};
}

function toPhone(phone: z.infer<typeof phoneShape>): Phone {
  const schedules = toSchedules(phone.schedules);
  return {
    number: phone.number,
    ...label(phone.description, phone.description_en),
    ...(phone.free ? { free: true } : {}),
    ...(schedules ? { schedules } : {}),
  };
}

function toEmail(contact: z.infer<typeof contactShape>): Email {
  const schedules = toSchedules(contact.schedules);
  return {
    address: contact.email,
    ...label(contact.title, contact.title_en),
    ...(schedules ? { schedules } : {}),
  };
}

function toArea(area: { area_type: Area["kind"]; area_code?: string | null }): Area {
  switch (area.area_type) {
    case "national":
      return { kind: "national" };
    case "region":
      return { kind: "region", id: area.area_code ?? "" };
    default:
      return { kind: area.area_type, code: area.area_code ?? "" } as Area;
  }
}

export type ReadResult = { ok: true; content: DirectoryContent } | { ok: false; problems: string[] };

/**
 * Reads an exchange document (already parsed JSON) into directory content.
 * Checks the document's structure record by record ("dienst 3, veld
 * phones.0.number: tekst verwacht"); the content itself is checked by
 * checkDirectoryContent afterwards (see `inDocumentTerms`).
 */
export function exchangeToContent(document: unknown): ReadResult {
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return { ok: false, problems: ["Het bestand is geen Wegwijzer-export: verwacht een JSON-object."] };
  }
  const raw = document as Record<string, unknown>;
  const problems: string[] = [];
  if (raw.format !== undefined && raw.format !== exchangeFormat) {
    problems.push(`Onbekend formaat '${String(raw.format)}': verwacht ${exchangeFormat}.`);
  }
  const read = <S extends Section>(section: S): Array<Parsed<S>> => {
    const { label: name, shape } = sections[section];
    const records = raw[section];
    if (records === undefined) {
      if (section !== "named_regions") problems.push(`Het onderdeel '${section}' ontbreekt.`);
      return [];
    }
    if (!Array.isArray(records)) {
      problems.push(`Het onderdeel '${section}' moet een lijst zijn.`);
      return [];
    }
    const ok: Array<Parsed<S>> = [];
    records.forEach((record, index) => {
      const parsed = shape.safeParse(record);
      if (parsed.success) ok.push(parsed.data as Parsed<S>);
      else {
        for (const issue of parsed.error.issues) {
          problems.push(`${name} ${index + 1}, veld ${issue.path.join(".") || "(geheel)"}: ${issue.message}`);
        }
      }
    });
    return ok;
  };
  const taxonomies = read("taxonomies");
  const terms = read("taxonomy_terms");
  const regions = read("named_regions");
  const organisations = read("organizations");
  const services = read("services");
  if (problems.length > 0) return { ok: false, problems };

  const termById = new Map(terms.map((term) => [term.id, term]));
  const content: DirectoryContent = {
    taxonomies: taxonomies.map((taxonomy): Taxonomy => ({
      id: taxonomy.id as TaxonomyId,
      name: { nl: taxonomy.name, en: taxonomy.name_en },
      description: taxonomy.description,
      terms: terms
        .filter((term) => term.taxonomy_id === taxonomy.id)
        .map((term) => ({
          code: term.code,
          name: { nl: term.name, en: term.name_en },
          description: term.description,
        })),
    })),
    namedRegions: regions.map((region) => ({
      id: region.id,
      name: region.name,
      alternativeNames: region.alternative_names,
      ...(region.description ? { description: region.description } : {}),
      provinceCodes: region.province_codes,
      municipalityCodes: region.municipality_codes,
    })),
    organisations: organisations.map((organisation): Organisation => ({
      id: organisation.id,
      name: organisation.name,
      ...(organisation.alternate_name ? { alternateName: organisation.alternate_name } : {}),
      description: {
        nl: organisation.description,
        en: organisation.description_en || organisation.description,
      },
      ...(organisation.parent_organization_id ? { parentId: organisation.parent_organization_id } : {}),
      ...(organisation.website ? { website: organisation.website } : {}),
      phones: organisation.phones.map(toPhone),
      emails: organisation.contacts.map(toEmail),
    })),
    programs: organisations.flatMap((organisation) =>
      organisation.programs.map((program): Program => ({
        id: program.id,
        organisationId: organisation.id,
        name: program.name,
        description: program.description,
      })),
    ),
    services: services.map((service, index): ServiceInput => {
      const serviceTerms = Object.fromEntries(
        taxonomyIds.map((taxonomy) => [taxonomy, [] as string[]]),
      ) as Record<TaxonomyId, string[]>;
      for (const attribute of service.attributes) {
        const term = termById.get(attribute.taxonomy_term_id);
        const taxonomy = term?.taxonomy_id as TaxonomyId | undefined;
        if (term && taxonomy && taxonomy in serviceTerms) serviceTerms[taxonomy].push(term.code);
        else
          problems.push(`dienst ${index + 1} (${service.id}): onbekende term ${attribute.taxonomy_term_id}`);
      }
      // Phones and contacts linked to the organisation (shown for a service without its own) stay there.
      const own = <T extends { service_id?: string | null; organization_id?: string | null }>(items: T[]) =>
        items.filter((item) => !item.organization_id || item.service_id);
      return {
        id: service.id,
        organisationId: service.organization_id,
        ...(service.program_id ? { programId: service.program_id } : {}),
        name: { nl: service.name, en: service.name_en || service.name },
        description: { nl: service.description, en: service.description_en || service.description },
        status: service.status as ServiceInput["status"],
        ...(service.minimum_age !== null && service.minimum_age !== undefined
          ? { minimumAge: service.minimum_age }
          : {}),
        ...(service.maximum_age !== null && service.maximum_age !== undefined
          ? { maximumAge: service.maximum_age }
          : {}),
        maximumAgeInclusive: service.maximum_age_inclusive ?? true,
        ...(service.eligibility_description
          ? { eligibilityDescription: service.eligibility_description }
          : {}),
        ...(service.url ? { url: service.url } : {}),
        areas: service.service_areas.map(toArea),
        terms: serviceTerms,
        phones: own(service.phones).map(toPhone),
        emails: own(service.contacts).map(toEmail),
        locations: service.service_at_locations.map(({ location }): Location => {
          const address = location.addresses[0];
          return {
            id: location.id,
            type: location.location_type as Location["type"],
            ...(location.name ? { name: location.name } : {}),
            // Confidential locations are never exported, so whatever comes in is public.
            confidential: false,
            ...(location.municipality_code ? { municipalityCode: location.municipality_code } : {}),
            ...(address
              ? {
                  address: {
                    address1: address.address_1,
                    postalCode: address.postal_code,
                    city: address.city,
                    province: address.state_province,
                  },
                }
              : {}),
          };
        }),
        assuredDate: service.assured_date,
      };
    }),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content };
}

// ------------------------------------------------------- writing a document

/**
 * Directory content as an exchange document, exactly as the export writes
 * it from the database after this content was saved (confidential
 * locations left out, terms in taxonomy order, organisations and regions by
 * id). `areaName` names an area as the database stores it.
 */
export function contentToExchange(
  content: DirectoryContent,
  areaName: (area: Area) => string,
): ExchangeDocument {
  const taxonomies = [...content.taxonomies].sort((a, b) => compare(a.id, b.id));
  const termRows: TermRow[] = taxonomies.flatMap((taxonomy) =>
    taxonomy.terms.map((term) => ({
      id: termId(taxonomy.id, term.code),
      taxonomy_id: taxonomy.id,
      code: term.code,
      name: term.name.nl,
      name_en: term.name.en,
      description: term.description,
    })),
  );
  const terms = new Map(termRows.map((term) => [term.id, term]));
  const termOrder = new Map(termRows.map((term, index) => [term.id, index]));
  const organisationById = new Map(
    content.organisations.map((organisation) => [organisation.id, organisation]),
  );
  const programById = new Map(content.programs.map((program) => [program.id, program]));

  const organisationPhones = (organisation: Organisation) =>
    organisation.phones.map((phone, index) => ({
      id: `${organisation.id}-organisatie-telefoon-${index + 1}`,
      number: phone.number,
      label: phone.label ?? null,
      free: phone.free ?? false,
      schedules: [],
    }));
  const organisationEmails = (organisation: Organisation) =>
    organisation.emails.map((email, index) => ({
      id: `${organisation.id}-organisatie-email-${index + 1}`,
      address: email.address,
      label: email.label ?? null,
      schedules: [],
    }));

  const organisations = [...content.organisations]
    .sort((a, b) => compare(a.id, b.id))
    .map((organisation) => {
      const parent = organisation.parentId ? organisationById.get(organisation.parentId) : undefined;
      const record: OrganisationRecord = {
        id: organisation.id,
        name: organisation.name,
        alternateName: organisation.alternateName ?? null,
        description: organisation.description,
        website: organisation.website ?? null,
        parent: parent ? { id: parent.id, name: parent.name } : null,
        children: [],
        phones: organisationPhones(organisation),
        emails: organisationEmails(organisation),
        programs: content.programs
          .filter((program) => program.organisationId === organisation.id)
          .map((program) => ({ id: program.id, name: program.name, description: program.description }))
          .sort((a, b) => compare(a.name, b.name)),
        serviceIds: [],
        lastModified: new Date(0),
      };
      return organisationToHsds(record, { lastModified: false, services: false });
    });

  const services = content.services.map((input) => {
    const organisation = organisationById.get(input.organisationId);
    const program = input.programId ? programById.get(input.programId) : undefined;
    const ownPhones = input.phones.map((phone, index) => ({
      id: `${input.id}-telefoon-${index + 1}`,
      number: phone.number,
      label: phone.label ?? null,
      free: phone.free ?? false,
      schedules: phone.schedules ?? [],
    }));
    const ownEmails = input.emails.map((email, index) => ({
      id: `${input.id}-email-${index + 1}`,
      address: email.address,
      label: email.label ?? null,
      schedules: email.schedules ?? [],
    }));
    const own = ownPhones.length > 0 || ownEmails.length > 0;
    const phones = own || !organisation ? ownPhones : organisationPhones(organisation);
    const emails = own || !organisation ? ownEmails : organisationEmails(organisation);
    const termIds = taxonomyIds
      .flatMap((taxonomy) => input.terms[taxonomy].map((code) => termId(taxonomy, code)))
      .sort((a, b) => (termOrder.get(a) ?? 0) - (termOrder.get(b) ?? 0));
    const grouped: Record<string, string[]> = {};
    for (const id of termIds) (grouped[terms.get(id)?.taxonomy_id ?? ""] ??= []).push(id);
    const publicLocations = (input.locations ?? []).filter((location) => !location.confidential);
    const record: ServiceRecord = {
      id: input.id,
      name: input.name,
      description: input.description,
      status: input.status ?? "active",
      minimumAge: input.minimumAge ?? null,
      maximumAge: input.maximumAge ?? null,
      maximumAgeInclusive: input.maximumAgeInclusive ?? true,
      eligibilityDescription: input.eligibilityDescription ?? null,
      url: input.url ?? null,
      assuredDate: input.assuredDate,
      lastModified: new Date(0),
      organisation: {
        id: input.organisationId,
        name: organisation?.name ?? input.organisationId,
        alternateName: organisation?.alternateName ?? null,
      },
      program: program ? { id: program.id, name: program.name } : null,
      phones,
      emails,
      contactViaOrganisation: !own && (phones.length > 0 || emails.length > 0),
      areas: input.areas.map((area, index) => ({
        id: `${input.id}-gebied-${index + 1}`,
        kind: area.kind,
        code: area.kind === "national" ? null : area.kind === "region" ? area.id : area.code,
        name: areaName(area),
      })),
      terms: grouped,
      locations: [...publicLocations]
        .sort((a, b) => compare(a.id, b.id))
        .map((location) => ({
          id: location.id,
          type: location.type,
          name: location.name ?? null,
          municipalityCode: location.municipalityCode ?? null,
        })),
    };
    const addresses = new Map<string, HsdsAddress[]>(
      publicLocations.flatMap((location) =>
        location.address
          ? [
              [
                location.id,
                [
                  {
                    id: `${location.id}-adres`,
                    location_id: location.id,
                    address_1: location.address.address1,
                    city: location.address.city,
                    state_province: location.address.province,
                    postal_code: location.address.postalCode,
                    country: "NL",
                    address_type: location.type,
                  },
                ],
              ] as const,
            ]
          : [],
      ),
    );
    return serviceToHsds(record, { terms, addresses, lastModified: false });
  });

  return exchangeDocument({
    taxonomies: taxonomies.map((taxonomy) => ({
      id: taxonomy.id,
      name: taxonomy.name.nl,
      name_en: taxonomy.name.en,
      description: taxonomy.description,
      uri: null,
      version: "1",
    })),
    taxonomy_terms: termRows.map((term) => ({
      id: term.id,
      code: term.code,
      name: term.name,
      name_en: term.name_en,
      description: term.description,
      parent_id: null,
      taxonomy: term.taxonomy_id,
      taxonomy_id: term.taxonomy_id,
      language: "nl" as const,
      term_uri: null,
    })),
    named_regions: [...content.namedRegions]
      .sort((a, b) => compare(a.id, b.id))
      .map((region) => ({
        id: region.id,
        name: region.name,
        alternative_names: [...region.alternativeNames],
        description: region.description ?? null,
        province_codes: [...region.provinceCodes],
        municipality_codes: [...region.municipalityCodes],
      })),
    organizations: organisations,
    services,
  });
}

/** Plain code-point order, the same on every machine (not the locale's). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ------------------------------------------------------- CSV

export const csvColumns = [
  "id",
  "name",
  "name_en",
  "organization_id",
  "organization_name",
  "program_id",
  "status",
  "minimum_age",
  "maximum_age",
  "maximum_age_inclusive",
  "service_areas",
  "hulpsoort",
  "uitbuitingsvorm",
  "doelgroep",
  "toegang",
  "phones",
  "emails",
  "opening_hours",
  "assured_date",
  "description",
] as const;

const dayOrder = new Map<string, number>(weekdays.map((day, index) => [day, index]));

/** "MO,TU 09:00-12:00". */
function scheduleText(schedule: { byday: string; opens_at: string; closes_at: string }): string {
  const days = schedule.byday
    .split(",")
    .sort((a, b) => (dayOrder.get(a) ?? 0) - (dayOrder.get(b) ?? 0))
    .join(",");
  return `${days} ${schedule.opens_at}-${schedule.closes_at}`;
}

/**
 * One row per service for spreadsheets: lists joined with "; ", a phone as
 * "number (description)". Export only: CSV is not read back.
 */
export function exchangeToCsv(document: ExchangeDocument): string {
  const rows = document.services.map((service) => {
    const termNames = (taxonomy: string) =>
      service.attributes
        .filter((attribute) => attribute.taxonomy_term?.taxonomy_id === taxonomy)
        .map((attribute) => attribute.taxonomy_term?.name ?? attribute.taxonomy_term_id)
        .join("; ");
    return [
      service.id,
      service.name,
      service.name_en,
      service.organization_id,
      service.organization.name,
      service.program_id ?? "",
      service.status,
      service.minimum_age ?? "",
      service.maximum_age ?? "",
      service.maximum_age_inclusive ? "ja" : "nee",
      service.service_areas.map((area) => area.name).join("; "),
      termNames("hulpsoort"),
      termNames("uitbuitingsvorm"),
      termNames("doelgroep"),
      termNames("toegang"),
      service.phones
        .map((phone) => (phone.description ? `${phone.number} (${phone.description})` : phone.number))
        .join("; "),
      service.contacts.map((contact) => contact.email).join("; "),
      service.phones
        .flatMap((phone) => phone.schedules.map((schedule) => `${phone.number}: ${scheduleText(schedule)}`))
        .concat(
          service.contacts.flatMap((contact) =>
            contact.schedules.map((schedule) => `${contact.email}: ${scheduleText(schedule)}`),
          ),
        )
        .join("; "),
      service.assured_date,
      service.description,
    ];
  });
  return stringify([[...csvColumns], ...rows]);
}
