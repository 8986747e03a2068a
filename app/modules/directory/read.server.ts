import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { weekdays, type Schedule, type Weekday } from "./directory-content";
import type { AreaKind, ServiceStatus } from "./tables";

/**
 * Reading services and organisations back out of the HSDS tables, whole,
 * for the pages, the API and the export. Confidential locations are never
 * read here: nothing built on these functions can show or export them.
 */

export interface PhoneRecord {
  id: string;
  number: string;
  label: { nl: string; en: string } | null;
  free: boolean;
  schedules: Schedule[];
}

export interface EmailRecord {
  id: string;
  address: string;
  label: { nl: string; en: string } | null;
  schedules: Schedule[];
}

export interface ServiceRecord {
  id: string;
  name: { nl: string; en: string };
  description: { nl: string; en: string };
  status: ServiceStatus;
  minimumAge: number | null;
  maximumAge: number | null;
  maximumAgeInclusive: boolean;
  /** Who can use it, in words (set by editors), and its own web page. */
  eligibilityDescription: string | null;
  url: string | null;
  assuredDate: string;
  lastModified: Date;
  organisation: { id: string; name: string; alternateName: string | null; description: string };
  program: { id: string; name: string; description: string } | null;
  /** The service's own phones and e-mail, or else its organisation's (`contactViaOrganisation`). */
  phones: PhoneRecord[];
  emails: EmailRecord[];
  contactViaOrganisation: boolean;
  areas: Array<{ id: string; kind: AreaKind; code: string | null; name: string }>;
  /** Term ids, grouped by taxonomy id. */
  terms: Record<string, string[]>;
  locations: Array<{ id: string; type: string; name: string | null; municipalityCode: string | null }>;
}

/** A stored `schedule` row as the content model's opening hours. */
export function toSchedule(row: { byday: string; opens_at: string; closes_at: string }): Schedule {
  return {
    byday: row.byday
      .split(",")
      .filter((day): day is Weekday => (weekdays as readonly string[]).includes(day)),
    opensAt: row.opens_at,
    closesAt: row.closes_at,
  };
}

/** A stored Dutch/English label pair; the English one follows the Dutch one when missing. */
export function label(nl: string | null, en: string | null): { nl: string; en: string } | null {
  return nl ? { nl, en: en ?? nl } : null;
}

/** Services by id, in the order asked; unknown ids are left out. */
export async function getServices(db: Kysely<Database>, ids: readonly string[]): Promise<ServiceRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("service as s")
    .innerJoin("organization as o", "o.id", "s.organization_id")
    .leftJoin("program as p", "p.id", "s.program_id")
    .select([
      "s.id",
      "s.name",
      "s.name_en",
      "s.description",
      "s.description_en",
      "s.status",
      "s.minimum_age",
      "s.maximum_age",
      "s.maximum_age_inclusive",
      "s.eligibility_description",
      "s.url",
      "s.assured_date",
      "s.last_modified",
      "s.organization_id",
      "o.name as organization_name",
      "o.alternate_name as organization_alternate_name",
      "o.description as organization_description",
      "p.id as program_id",
      "p.name as program_name",
      "p.description as program_description",
    ])
    .where("s.id", "in", ids)
    .execute();
  if (rows.length === 0) return [];
  const organisationIds = [...new Set(rows.map((row) => row.organization_id))];
  const [phones, contacts, schedules, areas, attributes, locations] = await Promise.all([
    db
      .selectFrom("phone")
      .selectAll()
      .where((eb) => eb.or([eb("service_id", "in", ids), eb("organization_id", "in", organisationIds)]))
      .orderBy("sort_order")
      .execute(),
    db
      .selectFrom("contact")
      .selectAll()
      .where((eb) => eb.or([eb("service_id", "in", ids), eb("organization_id", "in", organisationIds)]))
      .orderBy("sort_order")
      .execute(),
    db.selectFrom("schedule").selectAll().where("service_id", "in", ids).orderBy("id").execute(),
    db.selectFrom("service_area").selectAll().where("service_id", "in", ids).orderBy("id").execute(),
    db
      .selectFrom("attribute as a")
      .innerJoin("taxonomy_term as t", "t.id", "a.taxonomy_term_id")
      .select(["a.link_id", "t.id", "t.taxonomy_id"])
      .where("a.link_id", "in", ids)
      .orderBy("t.sort_order")
      .execute(),
    db
      .selectFrom("service_at_location as sl")
      .innerJoin("location as l", "l.id", "sl.location_id")
      .select(["sl.service_id", "l.id", "l.location_type", "l.name", "l.municipality_code"])
      .where("sl.service_id", "in", ids)
      .where("l.confidential", "=", false)
      .orderBy("l.id")
      .execute(),
  ]);
  const schedulesOf = (key: "phone_id" | "contact_id", id: string) =>
    schedules.filter((row) => row[key] === id).map(toSchedule);
  const byId = new Map(
    rows.map((row) => {
      const ownPhones = phones.filter((phone) => phone.service_id === row.id);
      const ownEmails = contacts.filter((contact) => contact.service_id === row.id);
      const own = ownPhones.length > 0 || ownEmails.length > 0;
      const usedPhones = own
        ? ownPhones
        : phones.filter((phone) => phone.organization_id === row.organization_id);
      const usedEmails = own
        ? ownEmails
        : contacts.filter((contact) => contact.organization_id === row.organization_id);
      const terms: Record<string, string[]> = {};
      for (const attribute of attributes.filter((item) => item.link_id === row.id)) {
        (terms[attribute.taxonomy_id] ??= []).push(attribute.id);
      }
      const record: ServiceRecord = {
        id: row.id,
        name: { nl: row.name, en: row.name_en ?? row.name },
        description: { nl: row.description, en: row.description_en ?? row.description },
        status: row.status,
        minimumAge: row.minimum_age,
        maximumAge: row.maximum_age,
        maximumAgeInclusive: row.maximum_age_inclusive,
        eligibilityDescription: row.eligibility_description,
        url: row.url,
        assuredDate: dateText(row.assured_date),
        lastModified: new Date(row.last_modified),
        organisation: {
          id: row.organization_id,
          name: row.organization_name,
          alternateName: row.organization_alternate_name,
          description: row.organization_description,
        },
        program:
          row.program_id && row.program_name
            ? { id: row.program_id, name: row.program_name, description: row.program_description ?? "" }
            : null,
        phones: usedPhones.map((phone) => ({
          id: phone.id,
          number: phone.number,
          label: label(phone.description, phone.description_en),
          free: phone.free,
          schedules: schedulesOf("phone_id", phone.id),
        })),
        emails: usedEmails.map((contact) => ({
          id: contact.id,
          address: contact.email,
          label: label(contact.title, contact.title_en),
          schedules: schedulesOf("contact_id", contact.id),
        })),
        contactViaOrganisation: !own && (usedPhones.length > 0 || usedEmails.length > 0),
        areas: areas
          .filter((area) => area.service_id === row.id)
          .map((area) => ({ id: area.id, kind: area.kind, code: area.code, name: area.name })),
        terms,
        locations: locations
          .filter((location) => location.service_id === row.id)
          .map((location) => ({
            id: location.id,
            type: location.location_type,
            name: location.name,
            municipalityCode: location.municipality_code,
          })),
      };
      return [row.id, record] as const;
    }),
  );
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
}

/** PostgreSQL `date` comes back as a string from pg and as a Date from PGlite: always "YYYY-MM-DD". */
export function dateText(value: unknown): string {
  if (value instanceof Date) {
    return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, "0")}-${String(value.getDate()).padStart(2, "0")}`;
  }
  return String(value).slice(0, 10);
}

export interface OrganisationRecord {
  id: string;
  name: string;
  alternateName: string | null;
  description: { nl: string; en: string };
  website: string | null;
  parent: { id: string; name: string } | null;
  children: Array<{ id: string; name: string }>;
  phones: PhoneRecord[];
  emails: EmailRecord[];
  programs: Array<{ id: string; name: string; description: string }>;
  serviceIds: string[];
  /** Its active services, in their order (for HSDS, which lists them with name, description and status). */
  services: Array<{ id: string; name: string; description: string; status: ServiceStatus }>;
  lastModified: Date;
}

export async function getOrganisation(
  db: Kysely<Database>,
  id: string,
): Promise<OrganisationRecord | undefined> {
  const row = await db.selectFrom("organization").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const [parent, children, phones, contacts, programs, services] = await Promise.all([
    row.parent_organization_id
      ? db
          .selectFrom("organization")
          .select(["id", "name"])
          .where("id", "=", row.parent_organization_id)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    db
      .selectFrom("organization")
      .select(["id", "name"])
      .where("parent_organization_id", "=", id)
      .orderBy("name")
      .execute(),
    db.selectFrom("phone").selectAll().where("organization_id", "=", id).orderBy("sort_order").execute(),
    db.selectFrom("contact").selectAll().where("organization_id", "=", id).orderBy("sort_order").execute(),
    db
      .selectFrom("program")
      .select(["id", "name", "description"])
      .where("organization_id", "=", id)
      .orderBy("name")
      .execute(),
    db
      .selectFrom("service")
      .select(["id", "name", "description", "status"])
      .where("organization_id", "=", id)
      .where("status", "=", "active")
      .orderBy("sort_order")
      .execute(),
  ]);
  return {
    id: row.id,
    name: row.name,
    alternateName: row.alternate_name,
    description: { nl: row.description, en: row.description_en ?? row.description },
    website: row.website,
    parent: parent ?? null,
    children,
    phones: phones.map((phone) => ({
      id: phone.id,
      number: phone.number,
      label: label(phone.description, phone.description_en),
      free: phone.free,
      schedules: [],
    })),
    emails: contacts.map((contact) => ({
      id: contact.id,
      address: contact.email,
      label: label(contact.title, contact.title_en),
      schedules: [],
    })),
    programs,
    serviceIds: services.map((service) => service.id),
    services,
    lastModified: new Date(row.last_modified),
  };
}

/** The taxonomy terms, in order, for filters and the API. */
export async function listTerms(db: Kysely<Database>) {
  return db
    .selectFrom("taxonomy_term as t")
    .innerJoin("taxonomy as x", "x.id", "t.taxonomy_id")
    .select([
      "t.id",
      "t.taxonomy_id",
      "x.name as taxonomy_name",
      "t.code",
      "t.name",
      "t.name_en",
      "t.description",
    ])
    .orderBy("t.taxonomy_id")
    .orderBy("t.sort_order")
    .execute();
}

/** Whether the Wegwijzer has an organisation with this id (for linking a tenant to it). */
export async function organisationExists(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db.selectFrom("organization").select("id").where("id", "=", id).executeTakeFirst();
  return row !== undefined;
}
