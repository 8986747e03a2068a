import { sql } from "kysely";
import {
  isZichtTaxonomy,
  organisationSchema,
  serviceSchema,
  taxonomyIds,
  type Area,
  type Organisation,
  type Service,
  type TaxonomyId,
} from "./directory-content";
import { refreshServiceSearch, saveOrganisation, saveService, type Db } from "./directory.server";
import { newId, type OrganisationEdit, type ServiceEdit } from "./editor-form";
import { dateText, label, toSchedule } from "./read.server";
import { normaliseWords } from "./search-query";

/**
 * The editor's side of the Wegwijzer: reading a service or organisation
 * whole for its form, and saving the form with optimistic concurrency. A
 * save writes through saveService/saveOrganisation (the same code as the
 * seeder and the import: per-field change log in `metadata`), then
 * refreshes the service's search data. Run saves in one transaction (the
 * route adds the audit entry in the same one).
 *
 * Locations are never sent to the form: a save reads them again from the
 * database and writes them back unchanged, so a confidential (shelter)
 * address stays confidential and is never shown.
 */

/** The version a form was loaded with: the record's last_modified as an ISO instant. */
export function versionOf(lastModified: Date | string): string {
  return new Date(lastModified).toISOString();
}

export type SaveOutcome =
  { kind: "saved"; id: string; fields: string[] } | { kind: "conflict" } | { kind: "not-found" };

/**
 * The fields this transaction logged for a record (`metadata.last_action_date`
 * defaults to now(), the transaction's start), for the audit entry's details.
 */
export async function changedFields(db: Db, resourceId: string, updatedBy: string): Promise<string[]> {
  const rows = await db
    .selectFrom("metadata")
    .select("field_name")
    .where("resource_id", "=", resourceId)
    .where("updated_by", "=", updatedBy)
    .where("last_action_date", "=", sql<Date>`now()`)
    .orderBy("id")
    .execute();
  return [...new Set(rows.map((row) => row.field_name))];
}

export interface DirectoryListEntry {
  id: string;
  name: string;
  services: Array<{ id: string; name: string; status: string; assuredDate: string }>;
}

/**
 * Organisations with their services, by name, for the editor's list. A
 * query keeps organisations whose name, or one of whose services' names,
 * contains it (ignoring case and accents).
 */
export async function listDirectoryForEditor(db: Db, query = ""): Promise<DirectoryListEntry[]> {
  const [organisations, services] = await Promise.all([
    db.selectFrom("organization").select(["id", "name", "alternate_name"]).orderBy("name").execute(),
    db
      .selectFrom("service")
      .select(["id", "name", "organization_id", "status", "assured_date"])
      .orderBy("name")
      .execute(),
  ]);
  const words = normaliseWords(query).split(" ").filter(Boolean);
  const matches = (text: string) => {
    const normalised = normaliseWords(text);
    return words.every((word) => normalised.includes(word));
  };
  return organisations.flatMap((organisation) => {
    const own = services.filter((service) => service.organization_id === organisation.id);
    const organisationMatches = matches(`${organisation.name} ${organisation.alternate_name ?? ""}`);
    const shown = organisationMatches ? own : own.filter((service) => matches(service.name));
    if (words.length > 0 && !organisationMatches && shown.length === 0) return [];
    return [
      {
        id: organisation.id,
        name: organisation.name,
        services: shown.map((service) => ({
          id: service.id,
          name: service.name,
          status: service.status,
          assuredDate: dateText(service.assured_date),
        })),
      },
    ];
  });
}

function optionalLabel(nl: string | null, en: string | null) {
  return label(nl, en) ?? undefined;
}

/**
 * A service exactly as it is stored, as the content model describes it
 * (its own phones and e-mail addresses only, every location including
 * confidential ones), with its version. For the server only.
 */
export async function loadService(
  db: Db,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ service: Service; version: string } | null> {
  let query = db.selectFrom("service").selectAll().where("id", "=", id);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return null;
  const [phones, contacts, schedules, areas, attributes, locations] = await Promise.all([
    db.selectFrom("phone").selectAll().where("service_id", "=", id).orderBy("sort_order").execute(),
    db.selectFrom("contact").selectAll().where("service_id", "=", id).orderBy("sort_order").execute(),
    db.selectFrom("schedule").selectAll().where("service_id", "=", id).orderBy("id").execute(),
    db.selectFrom("service_area").selectAll().where("service_id", "=", id).orderBy("id").execute(),
    db
      .selectFrom("attribute as a")
      .innerJoin("taxonomy_term as t", "t.id", "a.taxonomy_term_id")
      .select(["t.taxonomy_id", "t.code"])
      .where("a.link_id", "=", id)
      .orderBy("t.sort_order")
      .execute(),
    db
      .selectFrom("service_at_location as sl")
      .innerJoin("location as l", "l.id", "sl.location_id")
      .leftJoin("address as a", "a.location_id", "l.id")
      .select([
        "l.id",
        "l.location_type",
        "l.name",
        "l.confidential",
        "l.municipality_code",
        "a.address_1",
        "a.postal_code",
        "a.city",
        "a.state_province",
      ])
      .where("sl.service_id", "=", id)
      .orderBy("l.id")
      .execute(),
  ]);
  const schedulesOf = (key: "phone_id" | "contact_id", ownerId: string) => {
    const own = schedules.filter((schedule) => schedule[key] === ownerId).map(toSchedule);
    return own.length > 0 ? { schedules: own } : {};
  };
  // Zicht's own four always; terms of imported taxonomies too, so a save keeps them.
  const terms: Service["terms"] = { hulpsoort: [], uitbuitingsvorm: [], doelgroep: [], toegang: [] };
  for (const attribute of attributes) (terms[attribute.taxonomy_id] ??= []).push(attribute.code);
  const service: Service = {
    id: row.id,
    organisationId: row.organization_id,
    programId: row.program_id ?? undefined,
    name: { nl: row.name, en: row.name_en ?? row.name },
    description: { nl: row.description, en: row.description_en ?? row.description },
    status: row.status,
    minimumAge: row.minimum_age ?? undefined,
    maximumAge: row.maximum_age ?? undefined,
    maximumAgeInclusive: row.maximum_age_inclusive,
    eligibilityDescription: row.eligibility_description ?? undefined,
    url: row.url ?? undefined,
    areas: areas.map((area): Area => {
      if (area.kind === "national" || area.code === null) return { kind: "national" };
      if (area.kind === "region") return { kind: "region", id: area.code };
      return { kind: area.kind, code: area.code };
    }),
    terms,
    phones: phones.map((phone) => ({
      number: phone.number,
      label: optionalLabel(phone.description, phone.description_en),
      free: phone.free,
      ...schedulesOf("phone_id", phone.id),
    })),
    emails: contacts.map((contact) => ({
      address: contact.email,
      label: optionalLabel(contact.title, contact.title_en),
      ...schedulesOf("contact_id", contact.id),
    })),
    locations: locations.map((location) => ({
      id: location.id,
      type: location.location_type,
      name: location.name ?? undefined,
      confidential: location.confidential,
      municipalityCode: location.municipality_code ?? undefined,
      address:
        location.address_1 && location.postal_code && location.city && location.state_province
          ? {
              address1: location.address_1,
              postalCode: location.postal_code,
              city: location.city,
              province: location.state_province,
            }
          : undefined,
    })),
    assuredDate: dateText(row.assured_date),
  };
  return { service, version: versionOf(row.last_modified) };
}

/** An organisation as the content model describes it, with its version. */
export async function loadOrganisation(
  db: Db,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ organisation: Organisation; version: string } | null> {
  let query = db.selectFrom("organization").selectAll().where("id", "=", id);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return null;
  const [phones, contacts] = await Promise.all([
    db.selectFrom("phone").selectAll().where("organization_id", "=", id).orderBy("sort_order").execute(),
    db.selectFrom("contact").selectAll().where("organization_id", "=", id).orderBy("sort_order").execute(),
  ]);
  return {
    organisation: {
      id: row.id,
      name: row.name,
      alternateName: row.alternate_name ?? undefined,
      description: { nl: row.description, en: row.description_en ?? row.description },
      parentId: row.parent_organization_id ?? undefined,
      website: row.website ?? undefined,
      phones: phones.map((phone) => ({
        number: phone.number,
        label: optionalLabel(phone.description, phone.description_en),
        free: phone.free,
      })),
      emails: contacts.map((contact) => ({
        address: contact.email,
        label: optionalLabel(contact.title, contact.title_en),
      })),
    },
    version: versionOf(row.last_modified),
  };
}

/** Organisations a service can belong to, by name (for the form's select). */
export async function listOrganisationChoices(db: Db) {
  return db.selectFrom("organization").select(["id", "name"]).orderBy("name").execute();
}

/** Term codes and names per taxonomy, in their order (for the form's check boxes). */
export async function listTermChoices(db: Db) {
  const rows = await db
    .selectFrom("taxonomy_term")
    .select(["taxonomy_id", "code", "name", "name_en"])
    .orderBy("taxonomy_id")
    .orderBy("sort_order")
    .execute();
  return Object.fromEntries(
    taxonomyIds.map((taxonomy) => [
      taxonomy,
      rows
        .filter((row) => row.taxonomy_id === taxonomy)
        .map((row) => ({ code: row.code, name: { nl: row.name, en: row.name_en } })),
    ]),
  ) as Record<TaxonomyId, Array<{ code: string; name: { nl: string; en: string } }>>;
}

/** The form's edit over a service; terms of imported taxonomies (not on the form) are kept. */
function serviceFrom(
  base: Pick<Service, "id" | "programId" | "locations"> & { terms?: Service["terms"] },
  edit: ServiceEdit,
): Service {
  const imported = Object.entries(base.terms ?? {}).filter(([taxonomy]) => !isZichtTaxonomy(taxonomy));
  return serviceSchema.parse({
    id: base.id,
    organisationId: edit.organisationId,
    programId: base.programId,
    name: edit.name,
    description: edit.description,
    status: edit.status,
    minimumAge: edit.minimumAge,
    maximumAge: edit.maximumAge,
    maximumAgeInclusive: edit.maximumAgeInclusive,
    eligibilityDescription: edit.eligibilityDescription,
    url: edit.url,
    areas: edit.areas,
    terms: { ...Object.fromEntries(imported), ...edit.terms },
    phones: edit.phones,
    emails: edit.emails,
    locations: base.locations,
    assuredDate: edit.assuredDate,
  });
}

/**
 * Saves an editor's form over a service, unless someone saved it after the
 * form was loaded (`version`): then nothing is written and the outcome is
 * a conflict. Run in a transaction.
 */
export async function updateService(
  db: Db,
  id: string,
  edit: ServiceEdit,
  options: { version: string; updatedBy: string },
): Promise<SaveOutcome> {
  const current = await loadService(db, id, { lock: true });
  if (!current) return { kind: "not-found" };
  if (current.version !== options.version) return { kind: "conflict" };
  await saveService(db, serviceFrom(current.service, edit), options.updatedBy);
  await refreshServiceSearch(db, [id]);
  return { kind: "saved", id, fields: await changedFields(db, id, options.updatedBy) };
}

/**
 * Applies a change to a stored service (a deactivation, an accepted
 * suggestion) through the same path as the form. `change` returns null when
 * it does not fit this service: then nothing is written. True when written.
 */
export async function changeService(
  db: Db,
  id: string,
  change: (service: Service) => Service | null,
  updatedBy: string,
): Promise<boolean> {
  const current = await loadService(db, id, { lock: true });
  if (!current) return false;
  const changed = change(current.service);
  if (!changed) return false;
  const parsed = serviceSchema.safeParse(changed);
  if (!parsed.success) return false;
  await saveService(db, parsed.data, updatedBy);
  await refreshServiceSearch(db, [id]);
  return true;
}

async function takenIds(db: Db, table: "service" | "organization"): Promise<Set<string>> {
  const rows = await db.selectFrom(table).select("id").execute();
  return new Set(rows.map((row) => row.id));
}

/** A new service from the form; returns its id. Run in a transaction. */
export async function createService(db: Db, edit: ServiceEdit, updatedBy: string): Promise<string> {
  // One new id at a time, so two editors adding "Girls Talk" get two ids.
  await sql`lock table service in share row exclusive mode`.execute(db);
  const id = newId(edit.name.nl, await takenIds(db, "service"));
  await saveService(db, serviceFrom({ id, programId: undefined, locations: [] }, edit), updatedBy);
  await refreshServiceSearch(db, [id]);
  return id;
}

function organisationFrom(base: Pick<Organisation, "id" | "parentId">, edit: OrganisationEdit): Organisation {
  return organisationSchema.parse({
    id: base.id,
    parentId: base.parentId,
    name: edit.name,
    alternateName: edit.alternateName,
    description: edit.description,
    website: edit.website,
    phones: edit.phones,
    emails: edit.emails,
  });
}

/** Saves the organisation form (same conflict rule as services) and refreshes its services' search data. */
export async function updateOrganisation(
  db: Db,
  id: string,
  edit: OrganisationEdit,
  options: { version: string; updatedBy: string },
): Promise<SaveOutcome> {
  const current = await loadOrganisation(db, id, { lock: true });
  if (!current) return { kind: "not-found" };
  if (current.version !== options.version) return { kind: "conflict" };
  await saveOrganisation(db, organisationFrom(current.organisation, edit), options.updatedBy);
  // Its name is part of its services' search text.
  const services = await db.selectFrom("service").select("id").where("organization_id", "=", id).execute();
  await refreshServiceSearch(
    db,
    services.map((service) => service.id),
  );
  return { kind: "saved", id, fields: await changedFields(db, id, options.updatedBy) };
}

export async function createOrganisation(db: Db, edit: OrganisationEdit, updatedBy: string): Promise<string> {
  await sql`lock table organization in share row exclusive mode`.execute(db);
  const id = newId(edit.name, await takenIds(db, "organization"));
  await saveOrganisation(db, organisationFrom({ id, parentId: undefined }, edit), updatedBy);
  return id;
}
