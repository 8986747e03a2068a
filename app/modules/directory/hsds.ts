import type { Schedule } from "./directory-content";
import { hsdsId, isUuid, optionalHsdsId } from "./hsds-ids";
import { profileExtensions } from "./hsds-profile";
import { directoryTimeZone, isPossiblyOutdated } from "./opening-hours";
import type { EmailRecord, OrganisationRecord, PhoneRecord, ServiceRecord } from "./read.server";
import type { AreaKind } from "./tables";

/**
 * The Wegwijzer in Open Referral HSDS 3.0 JSON (snake_case field names), for
 * the API under /api/hsds and the hsds-json export. Pure: no I/O.
 *
 * Every object is valid against the official HSDS 3.0 schemas: ids and links
 * are UUIDs (`hsdsId`, see hsds-ids.ts), unknown values are left out instead
 * of sent as `null`. Our Dutch profile ("zicht-nl", hsds-profile.ts) adds a
 * few fields, declared by its JSON Merge Patches: English texts (`name_en`,
 * `description_en`, `title_en`), `maximum_age_inclusive`, `possibly_outdated`,
 * `free` phone numbers, the kind and CBS code of a service area (`area_type`,
 * `area_code`), `municipality_code` on locations, `schedules` on phones and
 * contacts, `timezone_name` on schedules and `slug`: the readable database id
 * of every object that has one.
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
  /** Every extra field of the profile: "<field>" → "<objects>: <meaning>" (Dutch). */
  extensions: Object.fromEntries(
    profileExtensions.map((extension) => [
      extension.field,
      `${extension.objects.join(", ")}: ${extension.nl}`,
    ]),
  ) as Record<string, string>,
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
 * An HSDS page of `contents`, page `page` of pages of `perPage` items.
 * `size` is the number of items on this page (HSDS: "the number of
 * entities in this page"), so at most `perPage`, fewer on the last page and
 * 0 beyond it.
 */
export function hsdsPage<T>(contents: T[], totalItems: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(totalItems / perPage));
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/**
 * The object without its `null` and `undefined` fields (HSDS: leave out
 * what is unknown; the schemas refuse `null`). Shallow: nested objects are
 * built with it themselves.
 */
export function withoutEmpty<T extends object>(value: T): WithoutEmpty<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== null && field !== undefined),
  ) as WithoutEmpty<T>;
}

/**
 * The one-to-one fields of an HSDS object, as the `*_list` shapes of the
 * HSDS API have them (`full=false`): every array left out, nested objects
 * kept.
 */
export function withoutLists<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => !Array.isArray(value)),
  ) as Partial<T>;
}

/** The type of `withoutEmpty(value)`: fields that may be null or undefined become optional, without null. */
export type WithoutEmpty<T> = {
  [K in keyof T as null extends T[K] ? K : undefined extends T[K] ? K : never]?: Exclude<
    T[K],
    null | undefined
  >;
} & {
  [K in keyof T as null extends T[K] ? never : undefined extends T[K] ? never : K]: T[K];
};

/** The readable database id, for the profile field `slug`; undefined when the id is a UUID (imported). */
export function slugOf(id: string): string | undefined {
  return isUuid(id) ? undefined : id;
}

/**
 * The UTC offset of Europe/Amsterdam at `now` in whole hours (1 in winter,
 * 2 in summer), from the platform's time zone data.
 */
export function amsterdamUtcOffset(now: Date): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone: directoryTimeZone, timeZoneName: "shortOffset" })
      .formatToParts(now)
      .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
  if (!match?.[1]) return 0;
  const hours = Number(match[2]) + Number(match[3] ?? 0) / 60;
  return match[1] === "-" ? -hours : hours;
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  freq: "WEEKLY";
  byday: string;
  opens_at: string;
  closes_at: string;
  /** UTC offset in hours on the day the answer was made (API only: the export has no clock). */
  timezone?: number;
  timezone_name: string;
}

export interface HsdsPhone {
  id: string;
  organization_id?: string;
  service_id?: string;
  number: string;
  type: string;
  description?: string;
  description_en?: string;
  free: boolean;
  schedules: HsdsSchedule[];
}

export interface HsdsContact {
  id: string;
  organization_id?: string;
  service_id?: string;
  title?: string;
  title_en?: string;
  email: string;
  schedules: HsdsSchedule[];
}

export interface HsdsTaxonomy {
  id: string;
  slug?: string;
  name: string;
  name_en?: string;
  description: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  slug?: string;
  code: string;
  name: string;
  name_en?: string;
  description: string;
  /** The taxonomy's readable name. */
  taxonomy: string;
  taxonomy_id: string;
  language: "nl";
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: "service";
  link_entity: "service";
  taxonomy_term_id: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  area_type: AreaKind;
  /** CBS code (GM…, PV…) or the slug of a named region; absent for national. */
  area_code?: string;
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
  slug?: string;
  location_type: string;
  name?: string;
  municipality_code?: string;
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
  name?: string;
  code?: string;
}

export interface HsdsProgram {
  id: string;
  slug?: string;
  organization_id?: string;
  name: string;
  description: string;
}

export interface HsdsService {
  id: string;
  slug?: string;
  organization_id: string;
  program_id?: string;
  name: string;
  name_en: string;
  description: string;
  description_en: string;
  url?: string;
  status: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  maximum_age_inclusive: boolean;
  assured_date: string;
  last_modified?: string;
  possibly_outdated?: boolean;
  organization: { id: string; slug?: string; name: string; alternate_name?: string; description: string };
  program?: HsdsProgram;
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  attributes: HsdsAttribute[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_scheme: "zicht";
  identifier_type: "slug";
  identifier: string;
}

/** A service in an organisation's `services` list: the fields HSDS needs, not the whole service. */
export interface HsdsServiceSummary {
  id: string;
  slug?: string;
  organization_id: string;
  name: string;
  description: string;
  status: string;
}

export interface HsdsOrganization {
  id: string;
  slug?: string;
  name: string;
  alternate_name?: string;
  description: string;
  description_en: string;
  website?: string;
  parent_organization_id?: string;
  last_modified?: string;
  organization_identifiers: HsdsOrganizationIdentifier[];
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  programs: HsdsProgram[];
  /** The organisation's active services (API only). */
  services?: HsdsServiceSummary[];
}

// ------------------------------------------------------- taxonomies

/** A stored taxonomy row. */
export interface TaxonomyRow {
  id: string;
  name: string;
  name_en: string | null;
  description: string;
  version: string | null;
}

export function taxonomyToHsds(taxonomy: TaxonomyRow): HsdsTaxonomy {
  return withoutEmpty({
    id: hsdsId("taxonomy", taxonomy.id),
    slug: slugOf(taxonomy.id),
    name: taxonomy.name,
    name_en: taxonomy.name_en,
    description: taxonomy.description,
    version: taxonomy.version,
  });
}

/** The term rows the mapping needs (from listTerms). */
export interface TermRow {
  id: string;
  taxonomy_id: string;
  /** The taxonomy's name; its id when not given. */
  taxonomy_name?: string;
  code: string;
  name: string;
  name_en: string | null;
  description: string;
}

export function termToHsds(term: TermRow): HsdsTaxonomyTerm {
  return withoutEmpty({
    id: hsdsId("taxonomy_term", term.id),
    slug: slugOf(term.id),
    code: term.code,
    name: term.name,
    name_en: term.name_en,
    description: term.description,
    taxonomy: term.taxonomy_name ?? term.taxonomy_id,
    taxonomy_id: hsdsId("taxonomy", term.taxonomy_id),
    language: "nl" as const,
  });
}

// ------------------------------------------------------- contact details

/**
 * Schedule ids follow the owner (phone or contact) and position, as the
 * database writes them; the HSDS id is derived from that.
 */
function schedulesToHsds(
  serviceId: string | undefined,
  ownerId: string,
  schedules: readonly Schedule[],
  now: Date | undefined,
): HsdsSchedule[] {
  return schedules.map((schedule, index) =>
    withoutEmpty({
      id: hsdsId("schedule", `${ownerId}-tijden-${index + 1}`),
      service_id: optionalHsdsId("service", serviceId),
      freq: "WEEKLY" as const,
      byday: schedule.byday.join(","),
      opens_at: schedule.opensAt,
      closes_at: schedule.closesAt,
      timezone: now ? amsterdamUtcOffset(now) : undefined,
      timezone_name: directoryTimeZone,
    }),
  );
}

/** Database ids of the owner of a phone or contact: a service, or an organisation. */
interface Owner {
  organizationId?: string;
  serviceId?: string;
}

function ownerLinks(owner: Owner) {
  return {
    organization_id: optionalHsdsId("organization", owner.organizationId),
    service_id: optionalHsdsId("service", owner.serviceId),
  };
}

function phoneToHsds(phone: PhoneRecord, owner: Owner, now: Date | undefined): HsdsPhone {
  return withoutEmpty({
    id: hsdsId("phone", phone.id),
    ...ownerLinks(owner),
    number: phone.number,
    type: "voice",
    description: phone.label?.nl,
    description_en: phone.label?.en,
    free: phone.free,
    schedules: owner.serviceId ? schedulesToHsds(owner.serviceId, phone.id, phone.schedules, now) : [],
  });
}

function contactToHsds(email: EmailRecord, owner: Owner, now: Date | undefined): HsdsContact {
  return withoutEmpty({
    id: hsdsId("contact", email.id),
    ...ownerLinks(owner),
    title: email.label?.nl,
    title_en: email.label?.en,
    email: email.address,
    schedules: owner.serviceId ? schedulesToHsds(owner.serviceId, email.id, email.schedules, now) : [],
  });
}

// ------------------------------------------------------- locations

/** A stored address row (table `address`): the HSDS fields, with database ids. */
export type AddressRow = HsdsAddress;

export function addressToHsds(address: AddressRow): HsdsAddress {
  return {
    id: hsdsId("address", address.id),
    location_id: hsdsId("location", address.location_id),
    address_1: address.address_1,
    city: address.city,
    state_province: address.state_province,
    postal_code: address.postal_code,
    country: address.country,
    address_type: address.address_type,
  };
}

/** A public location as the reads give it. */
export interface LocationRow {
  id: string;
  type: string;
  name: string | null;
  municipalityCode: string | null;
}

export function locationToHsds(location: LocationRow, addresses: readonly AddressRow[]): HsdsLocation {
  return withoutEmpty({
    id: hsdsId("location", location.id),
    slug: slugOf(location.id),
    location_type: location.type,
    name: location.name,
    municipality_code: location.municipalityCode,
    addresses: addresses.map(addressToHsds),
  });
}

/** The link of a service to a public location; its database id is `<service>-<location>`. */
export function serviceAtLocationToHsds(
  serviceId: string,
  location: LocationRow,
  addresses: readonly AddressRow[],
): HsdsServiceAtLocation {
  return {
    id: hsdsId("service_at_location", `${serviceId}-${location.id}`),
    service_id: hsdsId("service", serviceId),
    location_id: hsdsId("location", location.id),
    location: locationToHsds(location, addresses),
  };
}

/** A stored language row. */
export interface LanguageRow {
  id: string;
  service_id: string;
  name: string | null;
  code: string | null;
}

export function languageToHsds(language: LanguageRow): HsdsLanguage {
  return withoutEmpty({
    id: hsdsId("language", language.id),
    service_id: hsdsId("service", language.service_id),
    name: language.name,
    code: language.code,
  });
}

// ------------------------------------------------------- services

export interface ServiceMappingOptions {
  terms: ReadonlyMap<string, TermRow>;
  /** Address rows of (public) locations, by location id. */
  addresses?: ReadonlyMap<string, readonly AddressRow[]>;
  languages?: readonly LanguageRow[];
  /** For `possibly_outdated` and the schedules' `timezone`; both left out when absent. */
  now?: Date;
  /** Include `last_modified` (the API does; the export leaves it out so it round-trips). */
  lastModified?: boolean;
}

/**
 * One service as HSDS JSON. Phones and contacts are the service's own, or —
 * when it has none — its organisation's (with `organization_id` set and no
 * `service_id`, as HSDS links them). `schedules` are the opening hours of the
 * service's phone lines (what "nu open" uses); each phone and contact also
 * carries its own. Confidential locations never reach a ServiceRecord.
 */
export function serviceToHsds(record: ServiceRecord, options: ServiceMappingOptions): HsdsService {
  const { now } = options;
  const owner: Owner = record.contactViaOrganisation
    ? { organizationId: record.organisation.id }
    : { serviceId: record.id };
  const phones = record.phones.map((phone) => phoneToHsds(phone, owner, now));
  // Taxonomies in a fixed order (by id); within one, the terms' own order.
  const termIds = Object.keys(record.terms)
    .sort()
    .flatMap((taxonomy) => record.terms[taxonomy] ?? []);
  const serviceId = hsdsId("service", record.id);
  return withoutEmpty({
    id: serviceId,
    slug: slugOf(record.id),
    organization_id: hsdsId("organization", record.organisation.id),
    program_id: optionalHsdsId("program", record.program?.id),
    name: record.name.nl,
    name_en: record.name.en,
    description: record.description.nl,
    description_en: record.description.en,
    url: record.url,
    status: record.status,
    eligibility_description: record.eligibilityDescription,
    minimum_age: record.minimumAge,
    maximum_age: record.maximumAge,
    maximum_age_inclusive: record.maximumAgeInclusive,
    assured_date: record.assuredDate,
    last_modified: options.lastModified === false ? undefined : record.lastModified.toISOString(),
    possibly_outdated: now ? isPossiblyOutdated(record.assuredDate, now) : undefined,
    organization: withoutEmpty({
      id: hsdsId("organization", record.organisation.id),
      slug: slugOf(record.organisation.id),
      name: record.organisation.name,
      alternate_name: record.organisation.alternateName,
      description: record.organisation.description,
    }),
    program: record.program
      ? withoutEmpty({
          id: hsdsId("program", record.program.id),
          slug: slugOf(record.program.id),
          organization_id: hsdsId("organization", record.organisation.id),
          name: record.program.name,
          description: record.program.description,
        })
      : undefined,
    phones,
    contacts: record.emails.map((email) => contactToHsds(email, owner, now)),
    schedules: phones.flatMap((phone) => phone.schedules),
    service_areas: record.areas.map((area) =>
      withoutEmpty({
        id: hsdsId("service_area", area.id),
        service_id: serviceId,
        name: area.name,
        area_type: area.kind,
        area_code: area.code,
      }),
    ),
    attributes: termIds.map((termId) => {
      const term = options.terms.get(termId);
      return withoutEmpty({
        id: hsdsId("attribute", `${record.id}-${termId}`),
        link_id: serviceId,
        link_type: "service" as const,
        link_entity: "service" as const,
        taxonomy_term_id: hsdsId("taxonomy_term", termId),
        taxonomy_term: term ? termToHsds(term) : undefined,
      });
    }),
    service_at_locations: record.locations.map((location) =>
      serviceAtLocationToHsds(record.id, location, options.addresses?.get(location.id) ?? []),
    ),
    languages: (options.languages ?? []).map(languageToHsds),
  });
}

/** A service in a `minimal` list (HSDS API): its id and when it last changed, nothing else. */
export interface HsdsMinimalService {
  id: string;
  last_modified: string;
}

export function minimalServiceToHsds(row: { id: string; last_modified: Date | string }): HsdsMinimalService {
  return {
    id: hsdsId("service", row.id),
    last_modified: new Date(row.last_modified).toISOString(),
  };
}

// ------------------------------------------------------- organisations

export function organisationToHsds(
  record: OrganisationRecord,
  options: { lastModified?: boolean; services?: boolean; now?: Date } = {},
): HsdsOrganization {
  const owner: Owner = { organizationId: record.id };
  const id = hsdsId("organization", record.id);
  const slug = slugOf(record.id);
  return withoutEmpty({
    id,
    slug,
    name: record.name,
    alternate_name: record.alternateName,
    description: record.description.nl,
    description_en: record.description.en,
    website: record.website,
    parent_organization_id: optionalHsdsId("organization", record.parent?.id),
    last_modified: options.lastModified === false ? undefined : record.lastModified.toISOString(),
    organization_identifiers: slug
      ? [
          {
            id: hsdsId("organization_identifier", `${record.id}-zicht`),
            organization_id: id,
            identifier_scheme: "zicht" as const,
            identifier_type: "slug" as const,
            identifier: slug,
          },
        ]
      : [],
    phones: record.phones.map((phone) => phoneToHsds(phone, owner, options.now)),
    contacts: record.emails.map((email) => contactToHsds(email, owner, options.now)),
    programs: record.programs.map((program) =>
      withoutEmpty({
        id: hsdsId("program", program.id),
        slug: slugOf(program.id),
        organization_id: id,
        name: program.name,
        description: program.description,
      }),
    ),
    services:
      options.services === false
        ? undefined
        : record.services.map((service) =>
            withoutEmpty({
              id: hsdsId("service", service.id),
              slug: slugOf(service.id),
              organization_id: id,
              name: service.name,
              description: service.description,
              status: service.status,
            }),
          ),
  });
}
