import type { Schedule } from "./directory-content";
import { directoryTimeZone, isPossiblyOutdated } from "./opening-hours";
import type { EmailRecord, OrganisationRecord, PhoneRecord, ServiceRecord } from "./read.server";
import type { AreaKind } from "./tables";

/**
 * The Wegwijzer in Open Referral HSDS 3.0 JSON (snake_case field names), for
 * the API under /api/hsds and the hsds-json export. Pure: no I/O.
 *
 * Our Dutch profile ("zicht-nl") adds a few fields to the HSDS objects; they
 * are listed in `hsdsProfile.extensions` (the API's `GET /` shows them):
 * English texts (`name_en`, `description_en`, `title_en`), whether the
 * maximum age is inclusive (`maximum_age_inclusive`: the source says "tot"
 * or "tot en met"), free phone numbers (`free`), the kind and CBS code of a
 * service area (`area_type`, `area_code`) and a municipality code on
 * locations (`municipality_code`).
 */

export const hsdsVersion = "3.0";

export const hsdsProfile = {
  name: "zicht-nl",
  description:
    "Nederlands profiel van HSDS 3.0 voor de Wegwijzer van Zicht: hulp bij uitbuiting van jongeren met een LVB. Gebieden met CBS-codes (gemeenten GM…, provincies PV…) en benoemde regio's; teksten in het Nederlands met Engelse vertaling; openingstijden in Europe/Amsterdam.",
  parameters: {
    municipality:
      "Gemeente als CBS-code (GM0080) of naam (Leeuwarden). Lokale diensten eerst, dan provincie, dan landelijk.",
    age: "Leeftijd in hele jaren; de leeftijdsgrens van de dienst moet die leeftijd omvatten.",
    gender: "female, male of x; diensten voor iedereen passen altijd.",
    format: "json (standaard) of ndjson: alle resultaten, één JSON-object per regel.",
  },
  extensions: {
    name_en: "service: naam in het Engels",
    description_en: "service, organization, phone: beschrijving in het Engels",
    maximum_age_inclusive: "service: true als de maximumleeftijd meetelt ('tot en met'), false bij 'tot'",
    possibly_outdated: "service: true als assured_date meer dan 12 maanden oud is",
    free: "phone: gratis nummer",
    title_en: "contact: titel in het Engels",
    area_type: "service_area: national, province, municipality of region",
    area_code: "service_area: CBS-code (GM…, PV…) of id van een benoemde regio; null voor landelijk",
    municipality_code: "location: CBS-code van de gemeente",
    alternative_names: "named_region (export): andere namen van de regio",
  },
} as const;

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/**
 * An HSDS page. `size` is the page size asked for (`per_page`), so a client
 * can compute offsets; `contents.length` is at most that.
 */
export function hsdsPage<T>(contents: T[], totalItems: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(totalItems / perPage));
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: perPage,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq: "WEEKLY";
  byday: string;
  opens_at: string;
  closes_at: string;
  timezone: string;
  valid_from: string | null;
  valid_to: string | null;
  description: string | null;
}

export interface HsdsPhone {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  number: string;
  type: string;
  description: string | null;
  description_en: string | null;
  free: boolean;
  schedules: HsdsSchedule[];
}

export interface HsdsContact {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  name: string | null;
  title: string | null;
  title_en: string | null;
  email: string;
  schedules: HsdsSchedule[];
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  name_en: string;
  description: string;
  parent_id: null;
  taxonomy: string;
  taxonomy_id: string;
  language: "nl";
  term_uri: null;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: "service";
  link_entity: "service";
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm | null;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: null;
  extent: null;
  extent_type: null;
  uri: null;
  area_type: AreaKind;
  area_code: string | null;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
}

export interface HsdsLocation {
  id: string;
  location_type: string;
  name: string | null;
  municipality_code: string | null;
  addresses: HsdsAddress[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  program_id: string | null;
  name: string;
  name_en: string;
  alternate_name: string | null;
  description: string;
  description_en: string;
  url: string | null;
  email: string | null;
  status: string;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  maximum_age_inclusive: boolean;
  assured_date: string;
  last_modified?: string;
  possibly_outdated?: boolean;
  organization: { id: string; name: string; alternate_name: string | null };
  program: { id: string; name: string } | null;
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  attributes: HsdsAttribute[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
}

/** The term rows the mapping needs (from listTerms). */
export interface TermRow {
  id: string;
  taxonomy_id: string;
  code: string;
  name: string;
  name_en: string;
  description: string;
}

export function termToHsds(term: TermRow): HsdsTaxonomyTerm {
  return {
    id: term.id,
    code: term.code,
    name: term.name,
    name_en: term.name_en,
    description: term.description,
    parent_id: null,
    taxonomy: term.taxonomy_id,
    taxonomy_id: term.taxonomy_id,
    language: "nl",
    term_uri: null,
  };
}

/** Schedule ids follow the owner (phone or contact) and position, as the database writes them. */
function schedulesToHsds(serviceId: string, ownerId: string, schedules: readonly Schedule[]): HsdsSchedule[] {
  return schedules.map((schedule, index) => ({
    id: `${ownerId}-tijden-${index + 1}`,
    service_id: serviceId,
    freq: "WEEKLY",
    byday: schedule.byday.join(","),
    opens_at: schedule.opensAt,
    closes_at: schedule.closesAt,
    timezone: directoryTimeZone,
    valid_from: null,
    valid_to: null,
    description: null,
  }));
}

function phoneToHsds(
  phone: PhoneRecord,
  owner: { organization_id: string | null; service_id: string | null },
): HsdsPhone {
  return {
    id: phone.id,
    ...owner,
    number: phone.number,
    type: "voice",
    description: phone.label?.nl ?? null,
    description_en: phone.label?.en ?? null,
    free: phone.free,
    schedules: owner.service_id ? schedulesToHsds(owner.service_id, phone.id, phone.schedules) : [],
  };
}

function contactToHsds(
  email: EmailRecord,
  owner: { organization_id: string | null; service_id: string | null },
): HsdsContact {
  return {
    id: email.id,
    ...owner,
    name: null,
    title: email.label?.nl ?? null,
    title_en: email.label?.en ?? null,
    email: email.address,
    schedules: owner.service_id ? schedulesToHsds(owner.service_id, email.id, email.schedules) : [],
  };
}

export interface ServiceMappingOptions {
  terms: ReadonlyMap<string, TermRow>;
  /** Addresses of (public) locations, by location id. */
  addresses?: ReadonlyMap<string, HsdsAddress[]>;
  languages?: readonly HsdsLanguage[];
  /** For `possibly_outdated`; left out when absent. */
  now?: Date;
  /** Include `last_modified` (the API does; the export leaves it out so it round-trips). */
  lastModified?: boolean;
}

/**
 * One service as HSDS JSON. Phones and contacts are the service's own, or —
 * when it has none — its organisation's (with `organization_id` set and
 * `service_id` null, as HSDS links them). `schedules` are the opening hours
 * of the service's phone lines (what "nu open" uses); each phone and contact
 * also carries its own. Confidential locations never reach a ServiceRecord.
 */
export function serviceToHsds(record: ServiceRecord, options: ServiceMappingOptions): HsdsService {
  const owner = record.contactViaOrganisation
    ? { organization_id: record.organisation.id, service_id: null }
    : { organization_id: null, service_id: record.id };
  const phones = record.phones.map((phone) => phoneToHsds(phone, owner));
  // Taxonomies in a fixed order (by id); within one, the terms' own order.
  const termIds = Object.keys(record.terms)
    .sort()
    .flatMap((taxonomy) => record.terms[taxonomy] ?? []);
  return {
    id: record.id,
    organization_id: record.organisation.id,
    program_id: record.program?.id ?? null,
    name: record.name.nl,
    name_en: record.name.en,
    alternate_name: null,
    description: record.description.nl,
    description_en: record.description.en,
    url: record.url,
    email: null,
    status: record.status,
    eligibility_description: record.eligibilityDescription,
    minimum_age: record.minimumAge,
    maximum_age: record.maximumAge,
    maximum_age_inclusive: record.maximumAgeInclusive,
    assured_date: record.assuredDate,
    ...(options.lastModified === false ? {} : { last_modified: record.lastModified.toISOString() }),
    ...(options.now ? { possibly_outdated: isPossiblyOutdated(record.assuredDate, options.now) } : {}),
    organization: {
      id: record.organisation.id,
      name: record.organisation.name,
      alternate_name: record.organisation.alternateName,
    },
    program: record.program,
    phones,
    contacts: record.emails.map((email) => contactToHsds(email, owner)),
    schedules: phones.flatMap((phone) => phone.schedules),
    service_areas: record.areas.map((area) => ({
      id: area.id,
      service_id: record.id,
      name: area.name,
      description: null,
      extent: null,
      extent_type: null,
      uri: null,
      area_type: area.kind,
      area_code: area.code,
    })),
    attributes: termIds.map((termId) => {
      const term = options.terms.get(termId);
      return {
        id: `${record.id}-${termId}`,
        link_id: record.id,
        link_type: "service",
        link_entity: "service",
        taxonomy_term_id: termId,
        taxonomy_term: term ? termToHsds(term) : null,
      };
    }),
    service_at_locations: record.locations.map((location) => ({
      id: `${record.id}-${location.id}`,
      service_id: record.id,
      location_id: location.id,
      location: {
        id: location.id,
        location_type: location.type,
        name: location.name,
        municipality_code: location.municipalityCode,
        addresses: [...(options.addresses?.get(location.id) ?? [])],
      },
    })),
    languages: [...(options.languages ?? [])],
  };
}

export interface HsdsProgram {
  id: string;
  organization_id: string;
  name: string;
  description: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  description_en: string;
  email: string | null;
  website: string | null;
  parent_organization_id: string | null;
  last_modified?: string;
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  programs: HsdsProgram[];
  /** Ids of the organisation's active services (API only). */
  services?: Array<{ id: string }>;
}

export function organisationToHsds(
  record: OrganisationRecord,
  options: { lastModified?: boolean; services?: boolean } = {},
): HsdsOrganization {
  const owner = { organization_id: record.id, service_id: null };
  return {
    id: record.id,
    name: record.name,
    alternate_name: record.alternateName,
    description: record.description.nl,
    description_en: record.description.en,
    email: null,
    website: record.website,
    parent_organization_id: record.parent?.id ?? null,
    ...(options.lastModified === false ? {} : { last_modified: record.lastModified.toISOString() }),
    phones: record.phones.map((phone) => phoneToHsds(phone, owner)),
    contacts: record.emails.map((email) => contactToHsds(email, owner)),
    programs: record.programs.map((program) => ({
      id: program.id,
      organization_id: record.id,
      name: program.name,
      description: program.description,
    })),
    ...(options.services === false ? {} : { services: record.serviceIds.map((id) => ({ id })) }),
  };
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  name_en: string;
  description: string;
  uri: null;
  version: string;
}
