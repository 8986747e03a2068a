import { sql, type Kysely, type RawBuilder, type Transaction } from "kysely";
import type { Database } from "../../db/database";
import {
  checkDirectoryContent,
  serviceSchema,
  taxonomyIds,
  termId,
  type Area,
  type DirectoryContent,
  type Organisation,
  type Program,
  type Schedule,
  type Service,
  type Weekday,
} from "./directory-content";
import { areaNamer, knownCodes, loadRegionData } from "./places.server";
import { dateText, toSchedule } from "./read.server";
import { normaliseWords } from "./search-query";

/**
 * Writing the Wegwijzer into its HSDS tables. Every write of a service
 * replaces its child rows (phones, contacts, schedules, areas, attributes,
 * locations), keeps its search text and vector current, and logs each
 * changed field in `metadata`. Callers validate first
 * (checkDirectoryContent) and wrap the call in a transaction.
 */

export type Db = Kysely<Database> | Transaction<Database>;

export interface WriteOptions {
  /** Who made the change, for the change log ("seed", "import", an editor's id). */
  updatedBy: string;
  /** Name of an area code (GM0080 → "Leeuwarden"), for display and search. */
  areaName: (area: Area) => string;
}

/** Scalar service fields whose changes are logged one by one. */
const loggedServiceFields = [
  "name",
  "name_en",
  "description",
  "description_en",
  "status",
  "organization_id",
  "program_id",
  "minimum_age",
  "maximum_age",
  "maximum_age_inclusive",
  "assured_date",
  "eligibility_description",
  "url",
] as const;

/** Scalar organisation fields whose changes are logged one by one. */
const loggedOrganisationFields = [
  "name",
  "alternate_name",
  "description",
  "description_en",
  "website",
  "parent_organization_id",
] as const;

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** Opening hours as one line for the change log: "TU,TH 09:00-12:00". */
function schedulesText(schedules: readonly Schedule[] = []): string {
  return schedules
    .map((schedule) => `${schedule.byday.join(",")} ${schedule.opensAt}-${schedule.closesAt}`)
    .join(" + ");
}

/**
 * Phones and e-mail addresses (with their labels and opening hours) as one
 * line each, so a change of any of them is one readable `metadata` row.
 */
function contactsText(
  phones: ReadonlyArray<Pick<Service["phones"][number], "number" | "label" | "schedules">>,
  emails: ReadonlyArray<Pick<Service["emails"][number], "address" | "label" | "schedules">>,
): { phones: string; emails: string } {
  const one = (
    value: string,
    label: { nl: string } | undefined,
    schedules: readonly Schedule[] | undefined,
  ) =>
    [
      value,
      label ? `(${label.nl})` : "",
      schedules && schedules.length > 0 ? `[${schedulesText(schedules)}]` : "",
    ]
      .filter(Boolean)
      .join(" ");
  return {
    phones: phones.map((phone) => one(phone.number, phone.label, phone.schedules)).join("; "),
    emails: emails.map((email) => one(email.address, email.label, email.schedules)).join("; "),
  };
}

/** The stored phones and e-mail addresses of a service or organisation, as contactsText gives them. */
async function storedContactsText(
  db: Db,
  owner: "service_id" | "organization_id",
  id: string,
): Promise<{ phones: string; emails: string }> {
  const [phones, contacts, schedules] = await Promise.all([
    db.selectFrom("phone").selectAll().where(owner, "=", id).orderBy("sort_order").execute(),
    db.selectFrom("contact").selectAll().where(owner, "=", id).orderBy("sort_order").execute(),
    owner === "service_id"
      ? db.selectFrom("schedule").selectAll().where("service_id", "=", id).orderBy("id").execute()
      : Promise.resolve([]),
  ]);
  const schedulesOf = (key: "phone_id" | "contact_id", ownerId: string): Schedule[] =>
    schedules.filter((row) => row[key] === ownerId).map(toSchedule);
  const labelOf = (nl: string | null) => (nl ? { nl } : undefined);
  return contactsText(
    phones.map((phone) => ({
      number: phone.number,
      label: labelOf(phone.description) as Service["phones"][number]["label"],
      schedules: schedulesOf("phone_id", phone.id),
    })),
    contacts.map((contact) => ({
      address: contact.email,
      label: labelOf(contact.title) as Service["emails"][number]["label"],
      schedules: schedulesOf("contact_id", contact.id),
    })),
  );
}

function organisationContactsText(db: Db, id: string) {
  return storedContactsText(db, "organization_id", id);
}

async function logChange(
  db: Db,
  resource: { id: string; type: string },
  action: "create" | "update",
  field: string,
  previous: string,
  replacement: string,
  updatedBy: string,
): Promise<void> {
  await db
    .insertInto("metadata")
    .values({
      resource_id: resource.id,
      resource_type: resource.type,
      last_action_type: action,
      field_name: field,
      previous_value: previous,
      replacement_value: replacement,
      updated_by: updatedBy,
    })
    .execute();
}

/** Writes taxonomies, named regions, organisations, programmes and services; returns how many records. */
export async function writeDirectory(
  db: Db,
  content: DirectoryContent,
  services: readonly Service[],
  options: WriteOptions,
): Promise<number> {
  let records = 0;
  for (const taxonomy of content.taxonomies) {
    await db
      .insertInto("taxonomy")
      .values({
        id: taxonomy.id,
        name: taxonomy.name.nl,
        name_en: taxonomy.name.en,
        description: taxonomy.description,
        version: "1",
      })
      .onConflict((oc) =>
        oc.column("id").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          name_en: eb.ref("excluded.name_en"),
          description: eb.ref("excluded.description"),
        })),
      )
      .execute();
    for (const [index, term] of taxonomy.terms.entries()) {
      await db
        .insertInto("taxonomy_term")
        .values({
          id: termId(taxonomy.id, term.code),
          taxonomy_id: taxonomy.id,
          code: term.code,
          name: term.name.nl,
          name_en: term.name.en,
          description: term.description,
          sort_order: index,
        })
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            name_en: eb.ref("excluded.name_en"),
            description: eb.ref("excluded.description"),
            sort_order: eb.ref("excluded.sort_order"),
          })),
        )
        .execute();
    }
    records += 1;
  }
  for (const region of content.namedRegions) {
    await db
      .insertInto("named_region")
      .values({
        id: region.id,
        name: region.name,
        alternative_names: region.alternativeNames,
        description: region.description ?? null,
        province_codes: region.provinceCodes,
        municipality_codes: region.municipalityCodes,
      })
      .onConflict((oc) =>
        oc.column("id").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          alternative_names: eb.ref("excluded.alternative_names"),
          description: eb.ref("excluded.description"),
          province_codes: eb.ref("excluded.province_codes"),
          municipality_codes: eb.ref("excluded.municipality_codes"),
        })),
      )
      .execute();
    records += 1;
  }
  // Parents before children, so the foreign key holds.
  const organisations = [...content.organisations].sort(
    (a, b) => Number(a.parentId !== undefined) - Number(b.parentId !== undefined),
  );
  for (const organisation of organisations) {
    await writeOrganisation(db, organisation, options.updatedBy);
    records += 1;
  }
  for (const program of content.programs) {
    await writeProgram(db, program);
    records += 1;
  }
  const organisationById = new Map(
    content.organisations.map((organisation) => [organisation.id, organisation]),
  );
  const programById = new Map(content.programs.map((program) => [program.id, program]));
  const termNames = new Map(
    content.taxonomies.flatMap((taxonomy) =>
      taxonomy.terms.map((term) => [termId(taxonomy.id, term.code), term.name.nl] as const),
    ),
  );
  for (const [index, service] of services.entries()) {
    const organisation = organisationById.get(service.organisationId);
    await writeService(db, service, index, {
      ...options,
      organisationNames: organisation ? [organisation.name, organisation.alternateName ?? ""] : [],
      programName: service.programId ? (programById.get(service.programId)?.name ?? "") : "",
      termNames,
    });
    records += 1;
  }
  return records;
}

async function writeOrganisation(db: Db, organisation: Organisation, updatedBy: string): Promise<void> {
  const existing = await db
    .selectFrom("organization")
    .selectAll()
    .where("id", "=", organisation.id)
    .executeTakeFirst();
  const contactsBefore = existing ? await organisationContactsText(db, organisation.id) : null;
  const row = {
    id: organisation.id,
    name: organisation.name,
    alternate_name: organisation.alternateName ?? null,
    description: organisation.description.nl,
    description_en: organisation.description.en,
    email: null,
    website: organisation.website ?? null,
    parent_organization_id: organisation.parentId ?? null,
    last_modified: new Date(),
  };
  await db
    .insertInto("organization")
    .values(row)
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({
        name: row.name,
        alternate_name: row.alternate_name,
        description: row.description,
        description_en: row.description_en,
        website: row.website,
        parent_organization_id: row.parent_organization_id,
        last_modified: row.last_modified,
      }),
    )
    .execute();
  const resource = { id: organisation.id, type: "organization" };
  if (!existing) await logChange(db, resource, "create", "id", "", organisation.id, updatedBy);
  else {
    for (const field of loggedOrganisationFields) {
      const before = text(existing[field]);
      const after = text(row[field]);
      if (before !== after) await logChange(db, resource, "update", field, before, after, updatedBy);
    }
    const contactsAfter = contactsText(organisation.phones, organisation.emails);
    for (const field of ["phones", "emails"] as const) {
      if (contactsBefore?.[field] !== contactsAfter[field]) {
        await logChange(
          db,
          resource,
          "update",
          field,
          contactsBefore?.[field] ?? "",
          contactsAfter[field],
          updatedBy,
        );
      }
    }
  }

  await db.deleteFrom("phone").where("organization_id", "=", organisation.id).execute();
  await db.deleteFrom("contact").where("organization_id", "=", organisation.id).execute();
  for (const [index, phone] of organisation.phones.entries()) {
    await db
      .insertInto("phone")
      .values({
        id: `${organisation.id}-organisatie-telefoon-${index + 1}`,
        organization_id: organisation.id,
        service_id: null,
        number: phone.number,
        type: "voice",
        description: phone.label?.nl ?? null,
        description_en: phone.label?.en ?? null,
        free: phone.free ?? false,
        sort_order: index,
      })
      .execute();
  }
  for (const [index, email] of organisation.emails.entries()) {
    await db
      .insertInto("contact")
      .values({
        id: `${organisation.id}-organisatie-email-${index + 1}`,
        organization_id: organisation.id,
        service_id: null,
        name: null,
        title: email.label?.nl ?? null,
        title_en: email.label?.en ?? null,
        email: email.address,
        sort_order: index,
      })
      .execute();
  }
}

async function writeProgram(db: Db, program: Program): Promise<void> {
  await db
    .insertInto("program")
    .values({
      id: program.id,
      organization_id: program.organisationId,
      name: program.name,
      description: program.description,
    })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet((eb) => ({
        organization_id: eb.ref("excluded.organization_id"),
        name: eb.ref("excluded.name"),
        description: eb.ref("excluded.description"),
      })),
    )
    .execute();
}

interface ServiceWriteContext extends WriteOptions {
  organisationNames: string[];
  programName: string;
  termNames: ReadonlyMap<string, string>;
}

function serviceTermIds(service: Service): string[] {
  return taxonomyIds.flatMap((taxonomy) => service.terms[taxonomy].map((code) => termId(taxonomy, code)));
}

function scheduleRows(
  serviceId: string,
  owner: { phone_id?: string; contact_id?: string },
  schedules: readonly Schedule[] = [],
) {
  const ownerId = owner.phone_id ?? owner.contact_id ?? serviceId;
  return schedules.map((schedule, index) => ({
    id: `${ownerId}-tijden-${index + 1}`,
    service_id: serviceId,
    phone_id: owner.phone_id ?? null,
    contact_id: owner.contact_id ?? null,
    byday: schedule.byday.join(","),
    opens_at: schedule.opensAt,
    closes_at: schedule.closesAt,
    valid_from: null,
    valid_to: null,
  }));
}

function areasText(areas: readonly Area[]): string {
  return areas
    .map((area) =>
      area.kind === "national" ? nationalAreaCode : area.kind === "region" ? area.id : area.code,
    )
    .join(", ");
}

async function serviceListsText(db: Db, serviceId: string): Promise<{ areas: string; terms: string }> {
  const [areas, attributes] = await Promise.all([
    db
      .selectFrom("service_area")
      .select(["kind", "code"])
      .where("service_id", "=", serviceId)
      .orderBy("id")
      .execute(),
    db.selectFrom("attribute").select("taxonomy_term_id").where("link_id", "=", serviceId).execute(),
  ]);
  return {
    areas: areas.map((area) => (area.kind === "national" ? nationalAreaCode : (area.code ?? ""))).join(", "),
    terms: attributes
      .map((attribute) => attribute.taxonomy_term_id)
      .sort()
      .join(", "),
  };
}

async function writeService(
  db: Db,
  service: Service,
  index: number,
  context: ServiceWriteContext,
): Promise<void> {
  const existing = await db.selectFrom("service").selectAll().where("id", "=", service.id).executeTakeFirst();
  const contactsBefore = existing ? await storedContactsText(db, "service_id", service.id) : null;
  const listsBefore = existing ? await serviceListsText(db, service.id) : null;
  const row = {
    id: service.id,
    organization_id: service.organisationId,
    program_id: service.programId ?? null,
    name: service.name.nl,
    name_en: service.name.en,
    description: service.description.nl,
    description_en: service.description.en,
    status: service.status,
    eligibility_description: service.eligibilityDescription ?? null,
    eligibility_description_en: null,
    minimum_age: service.minimumAge ?? null,
    maximum_age: service.maximumAge ?? null,
    maximum_age_inclusive: service.maximumAgeInclusive,
    email: null,
    url: service.url ?? null,
    sort_order: index,
    assured_date: service.assuredDate,
    last_modified: new Date(),
  };
  await db
    .insertInto("service")
    .values(row)
    .onConflict((oc) => oc.column("id").doUpdateSet({ ...row, id: undefined }))
    .execute();

  const resource = { id: service.id, type: "service" };
  if (!existing) {
    await logChange(db, resource, "create", "id", "", service.id, context.updatedBy);
  } else {
    for (const field of loggedServiceFields) {
      const before = field === "assured_date" ? dateText(existing[field]) : text(existing[field]);
      const after = text(row[field]);
      if (before !== after) await logChange(db, resource, "update", field, before, after, context.updatedBy);
    }
    const after = {
      ...contactsText(service.phones, service.emails),
      areas: areasText(service.areas),
      terms: serviceTermIds(service).sort().join(", "),
    };
    const before = { ...contactsBefore!, ...listsBefore! };
    for (const field of ["phones", "emails", "areas", "terms"] as const) {
      if (before[field] !== after[field]) {
        await logChange(db, resource, "update", field, before[field], after[field], context.updatedBy);
      }
    }
  }

  for (const table of ["schedule", "phone", "contact", "service_area", "service_at_location"] as const) {
    await db.deleteFrom(table).where("service_id", "=", service.id).execute();
  }
  await db.deleteFrom("attribute").where("link_id", "=", service.id).execute();

  for (const [phoneIndex, phone] of service.phones.entries()) {
    const phoneId = `${service.id}-telefoon-${phoneIndex + 1}`;
    await db
      .insertInto("phone")
      .values({
        id: phoneId,
        organization_id: null,
        service_id: service.id,
        number: phone.number,
        type: "voice",
        description: phone.label?.nl ?? null,
        description_en: phone.label?.en ?? null,
        free: phone.free ?? false,
        sort_order: phoneIndex,
      })
      .execute();
    const schedules = scheduleRows(service.id, { phone_id: phoneId }, phone.schedules);
    if (schedules.length > 0) await db.insertInto("schedule").values(schedules).execute();
  }
  for (const [emailIndex, email] of service.emails.entries()) {
    const contactId = `${service.id}-email-${emailIndex + 1}`;
    await db
      .insertInto("contact")
      .values({
        id: contactId,
        organization_id: null,
        service_id: service.id,
        name: null,
        title: email.label?.nl ?? null,
        title_en: email.label?.en ?? null,
        email: email.address,
        sort_order: emailIndex,
      })
      .execute();
    const schedules = scheduleRows(service.id, { contact_id: contactId }, email.schedules);
    if (schedules.length > 0) await db.insertInto("schedule").values(schedules).execute();
  }
  const areaRows = service.areas.map((area, areaIndex) => ({
    id: `${service.id}-gebied-${areaIndex + 1}`,
    service_id: service.id,
    kind: area.kind,
    code: area.kind === "national" ? null : area.kind === "region" ? area.id : area.code,
    name: context.areaName(area),
  }));
  if (areaRows.length > 0) await db.insertInto("service_area").values(areaRows).execute();
  const terms = serviceTermIds(service);
  if (terms.length > 0) {
    await db
      .insertInto("attribute")
      .values(
        terms.map((term) => ({ id: `${service.id}-${term}`, link_id: service.id, taxonomy_term_id: term })),
      )
      .execute();
  }
  for (const location of service.locations) {
    await db
      .insertInto("location")
      .values({
        id: location.id,
        organization_id: service.organisationId,
        location_type: location.type,
        name: location.name ?? null,
        description: null,
        url: null,
        confidential: location.confidential,
        municipality_code: location.municipalityCode ?? null,
      })
      .onConflict((oc) =>
        oc.column("id").doUpdateSet((eb) => ({
          location_type: eb.ref("excluded.location_type"),
          name: eb.ref("excluded.name"),
          confidential: eb.ref("excluded.confidential"),
          municipality_code: eb.ref("excluded.municipality_code"),
        })),
      )
      .execute();
    await db.deleteFrom("address").where("location_id", "=", location.id).execute();
    if (location.address) {
      await db
        .insertInto("address")
        .values({
          id: `${location.id}-adres`,
          location_id: location.id,
          address_1: location.address.address1,
          city: location.address.city,
          state_province: location.address.province,
          postal_code: location.address.postalCode,
          country: "NL",
          address_type: location.type,
        })
        .execute();
    }
    await db
      .insertInto("service_at_location")
      .values({ id: `${service.id}-${location.id}`, service_id: service.id, location_id: location.id })
      .execute();
  }

  const searchColumns = serviceSearchColumns(service, {
    organisationNames: context.organisationNames,
    programName: context.programName,
    termIds: terms,
    termNames: terms.map((term) => context.termNames.get(term) ?? ""),
    areaCodes: areaRows.map((area) => area.code ?? nationalAreaCode),
    areaNames: areaRows.map((area) => area.name),
  });
  await db.updateTable("service").set(searchColumns).where("id", "=", service.id).execute();
  await rememberSearchWords(db, [searchColumns.search_text]);
}

/**
 * Adds the words of search texts to `search_word` (kept, never removed: a
 * word no service has any more only makes a near-word lookup find nothing).
 * Exported for bulk loads.
 */
export async function rememberSearchWords(db: Db, texts: readonly string[]): Promise<void> {
  const words = [
    ...new Set(
      texts.flatMap((text) =>
        text.split(" ").filter((word) => word.length >= 3 && word.length <= 40 && !/^[0-9]+$/.test(word)),
      ),
    ),
  ];
  for (let start = 0; start < words.length; start += 1000) {
    await db
      .insertInto("search_word")
      .values(words.slice(start, start + 1000).map((word) => ({ word })))
      .onConflict((oc) => oc.column("word").doNothing())
      .execute();
  }
}

/** The code a national area has in `service.area_codes`. */
export const nationalAreaCode = "NL";

/**
 * The columns the search reads: the text and vector (its names and its
 * organisation's weigh most, then description, programme, terms, areas,
 * phone numbers and e-mail addresses) and copies of its area codes and
 * term ids (indexed arrays, see migration 20261129_0300). Exported so bulk
 * loads (the directory benchmark) fill them exactly as writeService does.
 */
export function serviceSearchColumns(
  service: Pick<Service, "name" | "description" | "phones" | "emails">,
  context: {
    organisationNames: readonly string[];
    programName: string;
    termIds: readonly string[];
    termNames: readonly string[];
    areaCodes: readonly string[];
    areaNames: readonly string[];
  },
): { search_text: string; search_vector: RawBuilder<string>; area_codes: string[]; term_ids: string[] } {
  const names = normaliseWords([service.name.nl, service.name.en, ...context.organisationNames].join(" "));
  const rest = normaliseWords(
    [
      service.description.nl,
      context.programName,
      ...context.termNames,
      ...context.areaNames,
      ...service.phones.map((phone) => phone.number),
      ...service.emails.map((email) => email.address),
    ].join(" "),
  );
  return {
    area_codes: [...context.areaCodes],
    term_ids: [...new Set(context.termIds)].sort(),
    search_text: `${names} ${rest}`,
    search_vector: sql<string>`setweight(to_tsvector('dutch', ${names}), 'A') || setweight(to_tsvector('dutch', ${rest}), 'B')`,
  };
}

export type { Weekday };

/**
 * Validates a whole directory and, only when every record is valid, writes
 * it. Does not open a transaction: the caller runs it inside one (the seeder
 * and the import do), so a failure leaves nothing half-written.
 */
export async function saveDirectory(
  db: Db,
  content: DirectoryContent,
  updatedBy: string,
): Promise<{ ok: true; records: number } | { ok: false; problems: string[] }> {
  const problems = checkDirectoryContent(content, knownCodes);
  if (problems.length > 0) return { ok: false, problems };
  const services = content.services.map((service) => serviceSchema.parse(service));
  const stored = await loadRegionData(db);
  const regionIds = new Set(content.namedRegions.map((region) => region.id));
  const data = {
    ...stored,
    regions: [...stored.regions.filter((region) => !regionIds.has(region.id)), ...content.namedRegions],
  };
  const records = await writeDirectory(db, content, services, { updatedBy, areaName: areaNamer(data) });
  return { ok: true, records };
}

/**
 * Writes one service (an editor's save or a new service) with the same code
 * as the seeder and the import: child rows replaced, changed fields logged
 * in `metadata`, search columns recomputed. The caller validates and opens
 * the transaction.
 */
export async function saveService(db: Db, service: Service, updatedBy: string): Promise<void> {
  const [organisation, program, terms, regions, existing, last] = await Promise.all([
    db
      .selectFrom("organization")
      .select(["name", "alternate_name"])
      .where("id", "=", service.organisationId)
      .executeTakeFirstOrThrow(),
    service.programId
      ? db.selectFrom("program").select("name").where("id", "=", service.programId).executeTakeFirst()
      : Promise.resolve(undefined),
    db.selectFrom("taxonomy_term").select(["id", "name"]).execute(),
    loadRegionData(db),
    db.selectFrom("service").select("sort_order").where("id", "=", service.id).executeTakeFirst(),
    db
      .selectFrom("service")
      .select((eb) => eb.fn.max("sort_order").as("max"))
      .executeTakeFirst(),
  ]);
  await writeService(db, service, existing?.sort_order ?? Number(last?.max ?? 0) + 1, {
    updatedBy,
    areaName: areaNamer(regions),
    organisationNames: [organisation.name, organisation.alternate_name ?? ""],
    programName: program?.name ?? "",
    termNames: new Map(terms.map((term) => [term.id, term.name])),
  });
}

/** Writes one organisation with its phones and e-mail addresses; logs changed fields. */
export async function saveOrganisation(db: Db, organisation: Organisation, updatedBy: string): Promise<void> {
  await writeOrganisation(db, organisation, updatedBy);
}

/**
 * Recomputes the stored search columns (text, vector, area codes, term ids)
 * of these services from their current rows, after an edit or an accepted
 * suggestion. The one place that turns rows into search data
 * (serviceSearchColumns); a future search storage provides the same
 * function with the same signature.
 */
export async function refreshServiceSearch(db: Db, serviceIds: readonly string[]): Promise<void> {
  const ids = [...new Set(serviceIds)];
  if (ids.length === 0) return;
  const [services, phones, contacts, attributes, areas] = await Promise.all([
    db
      .selectFrom("service as s")
      .innerJoin("organization as o", "o.id", "s.organization_id")
      .leftJoin("program as p", "p.id", "s.program_id")
      .select([
        "s.id",
        "s.name",
        "s.name_en",
        "s.description",
        "s.description_en",
        "o.name as organisation_name",
        "o.alternate_name as organisation_alternate_name",
        "p.name as program_name",
      ])
      .where("s.id", "in", ids)
      .execute(),
    db
      .selectFrom("phone")
      .select(["service_id", "number"])
      .where("service_id", "in", ids)
      .orderBy("sort_order")
      .execute(),
    db
      .selectFrom("contact")
      .select(["service_id", "email"])
      .where("service_id", "in", ids)
      .orderBy("sort_order")
      .execute(),
    db
      .selectFrom("attribute as a")
      .innerJoin("taxonomy_term as t", "t.id", "a.taxonomy_term_id")
      .select(["a.link_id", "t.id", "t.name"])
      .where("a.link_id", "in", ids)
      .orderBy("t.taxonomy_id")
      .orderBy("t.sort_order")
      .execute(),
    db
      .selectFrom("service_area")
      .select(["service_id", "code", "name"])
      .where("service_id", "in", ids)
      .orderBy("id")
      .execute(),
  ]);
  const texts: string[] = [];
  for (const service of services) {
    const own = <T extends { service_id: string | null }>(rows: readonly T[]) =>
      rows.filter((row) => row.service_id === service.id);
    const serviceTerms = attributes.filter((attribute) => attribute.link_id === service.id);
    const serviceAreas = own(areas);
    const columns = serviceSearchColumns(
      {
        name: { nl: service.name, en: service.name_en ?? service.name },
        description: { nl: service.description, en: service.description_en ?? service.description },
        phones: own(phones).map((phone) => ({ number: phone.number })),
        emails: own(contacts).map((contact) => ({ address: contact.email })),
      },
      {
        organisationNames: [service.organisation_name, service.organisation_alternate_name ?? ""],
        programName: service.program_name ?? "",
        termIds: serviceTerms.map((term) => term.id),
        termNames: serviceTerms.map((term) => term.name),
        areaCodes: serviceAreas.map((area) => area.code ?? nationalAreaCode),
        areaNames: serviceAreas.map((area) => area.name),
      },
    );
    await db.updateTable("service").set(columns).where("id", "=", service.id).execute();
    texts.push(columns.search_text);
  }
  await rememberSearchWords(db, texts);
}
