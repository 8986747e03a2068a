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
  locationAddressRow,
} from "./directory-content";
import {
  hsdsVersion,
  organisationToHsds,
  serviceToHsds,
  slugOf,
  taxonomyToHsds,
  termToHsds,
  withoutEmpty,
  type AddressRow,
  type HsdsOrganization,
  type HsdsService,
  type HsdsTaxonomy,
  type HsdsTaxonomyTerm,
  type TermRow,
} from "./hsds";
import { hsdsId, isUuid, type HsdsIdKind } from "./hsds-ids";
import { profileUri } from "./hsds-profile";
import type { OrganisationRecord, ServiceRecord } from "./read.server";

/**
 * The Wegwijzer as one HSDS 3.0 JSON document (`zicht directory export
 * --format hsds-json`) and back (`zicht directory import`): taxonomies and
 * their terms, named regions, organisations with their phones, contacts and
 * programmes, and services compiled and nested as the API shows them.
 * Every object is a valid HSDS 3.0 object of the zicht-nl profile (UUID ids,
 * readable `slug`s; see hsds.ts); named regions are an object of the
 * profile. Confidential locations are never in it. Timestamps
 * (`last_modified`, schedules' `timezone`) are left out, so exporting,
 * importing and exporting again gives the same bytes.
 *
 * The reader also takes generic HSDS objects without the profile's fields:
 * an id without `slug` (a UUID) becomes the database id, missing English
 * texts are the Dutch ones, and links given as UUIDs resolve through the
 * document's own objects. Pure: no I/O.
 */

export const exchangeFormat = "zicht-wegwijzer";

/** A named region (profile object `named_region`). */
export interface HsdsNamedRegion {
  id: string;
  slug?: string;
  name: string;
  alternative_names: string[];
  description?: string;
  province_codes: string[];
  municipality_codes: string[];
}

/** A stored or written named region. */
export interface NamedRegionRow {
  id: string;
  name: string;
  alternative_names: readonly string[];
  description: string | null;
  province_codes: readonly string[];
  municipality_codes: readonly string[];
}

export function namedRegionToHsds(region: NamedRegionRow): HsdsNamedRegion {
  return withoutEmpty({
    id: hsdsId("named_region", region.id),
    slug: slugOf(region.id),
    name: region.name,
    alternative_names: [...region.alternative_names],
    description: region.description,
    province_codes: [...region.province_codes],
    municipality_codes: [...region.municipality_codes],
  });
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

/** The document around its parts; `profile` is the profile's URI under `publicUrl` (ZICHT_PUBLIC_URL). */
export function exchangeDocument(
  parts: Omit<ExchangeDocument, "format" | "hsds_version" | "profile">,
  publicUrl: string,
): ExchangeDocument {
  return { format: exchangeFormat, hsds_version: hsdsVersion, profile: profileUri(publicUrl), ...parts };
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

const slug = optionalText;
const taxonomyShape = z.object({ id: text, slug, name: text, name_en: optionalText, description: text });
const termShape = z.object({
  id: text,
  slug,
  taxonomy_id: text,
  code: text,
  name: text,
  name_en: optionalText,
  description: text,
});
const regionShape = z.object({
  id: text,
  slug,
  name: text,
  alternative_names: list(text),
  description: optionalText,
  province_codes: list(text),
  municipality_codes: list(text),
});
const organisationShape = z.object({
  id: text,
  slug,
  name: text,
  alternate_name: optionalText,
  description: text,
  description_en: optionalText,
  website: optionalText,
  parent_organization_id: optionalText,
  phones: list(phoneShape),
  contacts: list(contactShape),
  programs: list(z.object({ id: text, slug, name: text, description: text })),
});
const serviceShape = z.object({
  id: text,
  slug,
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
  attributes: list(z.object({ taxonomy_term_id: text, taxonomy_term: termShape.nullish() })),
  service_at_locations: list(
    z.object({
      location: z.object({
        id: text,
        slug,
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

function toArea(
  area: { area_type: Area["kind"]; area_code?: string | null },
  region: (sent: string) => string,
): Area {
  switch (area.area_type) {
    case "national":
      return { kind: "national" };
    case "region":
      return { kind: "region", id: region(area.area_code ?? "") };
    default:
      return { kind: area.area_type, code: area.area_code ?? "" } as Area;
  }
}

/** The database id of a document object: its `slug`, or else its id (a UUID, lower case). */
function databaseId(item: { id: string; slug?: string | null }): string {
  return item.slug || (isUuid(item.id) ? item.id.toLowerCase() : item.id);
}

/**
 * Resolves links (an HSDS UUID, or a slug) to database ids through the
 * document's own objects of one kind. A link that matches nothing stays as
 * sent (lower case when a UUID), so the content check names it.
 */
function linkResolver(kind: HsdsIdKind, items: ReadonlyArray<{ id: string; slug?: string | null }>) {
  const byLink = new Map<string, string>();
  for (const item of items) {
    const id = databaseId(item);
    byLink.set(item.id.toLowerCase(), id);
    byLink.set(hsdsId(kind, id), id);
    byLink.set(id, id);
  }
  return (sent: string): string =>
    byLink.get(sent) ?? byLink.get(sent.toLowerCase()) ?? databaseId({ id: sent });
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

  // Taxonomies: the document's own, and ours by their HSDS id (a document may list only terms).
  const taxonomyOf = linkResolver("taxonomy", [...taxonomies, ...taxonomyIds.map((id) => ({ id }))]);
  const organisationOf = linkResolver("organization", organisations);
  const programOf = linkResolver(
    "program",
    organisations.flatMap((organisation) => organisation.programs),
  );
  const regionOf = linkResolver("named_region", regions);
  /** Terms by every link that may point at them: HSDS id, database id. */
  const termByLink = new Map<string, { taxonomy: string; code: string }>();
  const addTerm = (term: z.infer<typeof termShape>) => {
    const found = { taxonomy: taxonomyOf(term.taxonomy_id), code: term.code };
    const id = databaseId(term);
    for (const link of [term.id.toLowerCase(), id, hsdsId("taxonomy_term", id)]) {
      if (!termByLink.has(link)) termByLink.set(link, found);
    }
  };
  terms.forEach(addTerm);
  const english = (nl: string, en: string | null | undefined) => ({ nl, en: en || nl });

  const content: DirectoryContent = {
    taxonomies: taxonomies.map((taxonomy): Taxonomy => {
      const id = databaseId(taxonomy);
      return {
        id: id as TaxonomyId,
        name: english(taxonomy.name, taxonomy.name_en),
        description: taxonomy.description,
        terms: terms
          .filter((term) => taxonomyOf(term.taxonomy_id) === id)
          .map((term) => ({
            id: databaseId(term),
            code: term.code,
            name: english(term.name, term.name_en),
            description: term.description,
          })),
      };
    }),
    namedRegions: regions.map((region) => ({
      id: databaseId(region),
      name: region.name,
      alternativeNames: region.alternative_names,
      ...(region.description ? { description: region.description } : {}),
      provinceCodes: region.province_codes,
      municipalityCodes: region.municipality_codes,
    })),
    organisations: organisations.map((organisation): Organisation => ({
      id: databaseId(organisation),
      name: organisation.name,
      ...(organisation.alternate_name ? { alternateName: organisation.alternate_name } : {}),
      description: english(organisation.description, organisation.description_en),
      ...(organisation.parent_organization_id
        ? { parentId: organisationOf(organisation.parent_organization_id) }
        : {}),
      ...(organisation.website ? { website: organisation.website } : {}),
      phones: organisation.phones.map(toPhone),
      emails: organisation.contacts.map(toEmail),
    })),
    programs: organisations.flatMap((organisation) =>
      organisation.programs.map((program): Program => ({
        id: databaseId(program),
        organisationId: databaseId(organisation),
        name: program.name,
        description: program.description,
      })),
    ),
    services: services.map((service, index): ServiceInput => {
      const serviceTerms = Object.fromEntries(
        taxonomyIds.map((taxonomy) => [taxonomy, [] as string[]]),
      ) as Record<TaxonomyId, string[]>;
      for (const attribute of service.attributes) {
        // A term nested in the attribute counts when the document does not list it.
        if (attribute.taxonomy_term) addTerm(attribute.taxonomy_term);
        const term =
          termByLink.get(attribute.taxonomy_term_id) ??
          termByLink.get(attribute.taxonomy_term_id.toLowerCase());
        const taxonomy = term?.taxonomy as TaxonomyId | undefined;
        if (term && taxonomy) (serviceTerms[taxonomy] ??= []).push(term.code);
        else
          problems.push(
            `dienst ${index + 1} (${databaseId(service)}): onbekende term ${attribute.taxonomy_term_id}`,
          );
      }
      // Phones and contacts linked to the organisation (shown for a service without its own) stay there.
      const own = <T extends { service_id?: string | null; organization_id?: string | null }>(items: T[]) =>
        items.filter((item) => !item.organization_id || item.service_id);
      return {
        id: databaseId(service),
        organisationId: organisationOf(service.organization_id),
        ...(service.program_id ? { programId: programOf(service.program_id) } : {}),
        name: english(service.name, service.name_en),
        description: english(service.description, service.description_en),
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
        areas: service.service_areas.map((area) => toArea(area, regionOf)),
        terms: serviceTerms,
        phones: own(service.phones).map(toPhone),
        emails: own(service.contacts).map(toEmail),
        locations: service.service_at_locations.map(({ location }): Location => {
          const address = location.addresses[0];
          return {
            id: databaseId(location),
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
  publicUrl: string,
): ExchangeDocument {
  const taxonomies = [...content.taxonomies].sort((a, b) => compare(a.id, b.id));
  const termRows: TermRow[] = taxonomies.flatMap((taxonomy) =>
    taxonomy.terms.map((term) => ({
      id: termId(taxonomy.id, term.code),
      taxonomy_id: taxonomy.id,
      taxonomy_name: taxonomy.name.nl,
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
        services: [],
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
        description: organisation?.description.nl ?? input.organisationId,
      },
      program: program ? { id: program.id, name: program.name, description: program.description } : null,
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
    const addresses = new Map<string, AddressRow[]>();
    for (const location of publicLocations) {
      const address = locationAddressRow(location);
      if (address) addresses.set(location.id, [address]);
    }
    return serviceToHsds(record, { terms, addresses, lastModified: false });
  });

  return exchangeDocument(
    {
      taxonomies: taxonomies.map((taxonomy) =>
        taxonomyToHsds({
          id: taxonomy.id,
          name: taxonomy.name.nl,
          name_en: taxonomy.name.en,
          description: taxonomy.description,
          version: "1",
        }),
      ),
      taxonomy_terms: termRows.map(termToHsds),
      named_regions: [...content.namedRegions]
        .sort((a, b) => compare(a.id, b.id))
        .map((region) =>
          namedRegionToHsds({
            id: region.id,
            name: region.name,
            alternative_names: region.alternativeNames,
            description: region.description ?? null,
            province_codes: region.provinceCodes,
            municipality_codes: region.municipalityCodes,
          }),
        ),
      organizations: organisations,
      services,
    },
    publicUrl,
  );
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
 * "number (description)"; ids are the readable slugs (the UUID when there is
 * none). Export only: CSV is not read back.
 */
export function exchangeToCsv(document: ExchangeDocument): string {
  const rows = document.services.map((service) => {
    const termNames = (taxonomy: string) =>
      service.attributes
        .filter((attribute) => attribute.taxonomy_term?.taxonomy_id === hsdsId("taxonomy", taxonomy))
        .map((attribute) => attribute.taxonomy_term?.name ?? attribute.taxonomy_term_id)
        .join("; ");
    return [
      service.slug ?? service.id,
      service.name,
      service.name_en,
      service.organization.slug ?? service.organization_id,
      service.organization.name,
      service.program?.slug ?? service.program_id ?? "",
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
