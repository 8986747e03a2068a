import { sql, type Kysely, type RawBuilder, type Transaction } from "kysely";
import type { Database } from "../../db/database";
import {
  checkDirectoryContent,
  isZichtTaxonomy,
  locationAddressRow,
  serviceSchema,
  taxonomyIds,
  storedTermId,
  termId,
  type Area,
  type DirectoryContent,
  type Organisation,
  type Program,
  type Schedule,
  type Service,
  type ServiceInput,
  type Weekday,
} from "./directory-content";
import { areaNamer, knownCodes, loadRegionData } from "./places.server";
import { dateText, toSchedule } from "./read.server";

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
          id: storedTermId(taxonomy.id, term),
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
  for (const [index, service] of services.entries()) {
    await writeService(db, service, index, options);
    records += 1;
  }
  await refreshServiceSearch(
    db,
    services.map((service) => service.id),
  );
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

/**
 * The stored ids of a service's terms: Zicht's own four first (their ids
 * are taxonomy and code), then terms of imported taxonomies, which keep the
 * id they came with (looked up by taxonomy and code; written before the
 * services).
 */
async function serviceTermIds(db: Db, service: Service): Promise<string[]> {
  const own = taxonomyIds.flatMap((taxonomy) =>
    service.terms[taxonomy].map((code) => termId(taxonomy, code)),
  );
  const imported = Object.entries(service.terms).filter(
    ([taxonomy, codes]) => !isZichtTaxonomy(taxonomy) && codes.length > 0,
  );
  if (imported.length === 0) return own;
  const rows = await db
    .selectFrom("taxonomy_term")
    .select(["id", "taxonomy_id", "code"])
    .where(
      "taxonomy_id",
      "in",
      imported.map(([taxonomy]) => taxonomy),
    )
    .orderBy("taxonomy_id")
    .orderBy("sort_order")
    .execute();
  const wanted = new Set(imported.flatMap(([taxonomy, codes]) => codes.map((code) => `${taxonomy} ${code}`)));
  return [...own, ...rows.filter((row) => wanted.has(`${row.taxonomy_id} ${row.code}`)).map((row) => row.id)];
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

async function writeService(db: Db, service: Service, index: number, context: WriteOptions): Promise<void> {
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
      terms: (await serviceTermIds(db, service)).sort().join(", "),
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
  const terms = await serviceTermIds(db, service);
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
    const address = locationAddressRow(location);
    if (address) await db.insertInto("address").values(address).execute();
    await db
      .insertInto("service_at_location")
      .values({ id: `${service.id}-${location.id}`, service_id: service.id, location_id: location.id })
      .execute();
  }
}

/** A text[] literal of the values, one parameter each (works the same on PGlite and PostgreSQL). */
export const textArray = (values: readonly string[]) => sql`array[${sql.join(values)}]::text[]`;

/** The code a national area has in `service_search.area_codes`. */
export const nationalAreaCode = "NL";

/** How words are compared, in SQL: the same as normaliseWords (unaccented, lower case, only a-z and 0-9). */
const foldedWords = (text: RawBuilder<unknown>) =>
  sql<string>`trim(regexp_replace(lower(zicht_unaccent(${text})), '[^a-z0-9]+', ' ', 'g'))`;

/** The weekday codes of `schedule.byday` with their place in the week (Monday 0). */
const weekdayNumbers = sql`(values ('MO', 0), ('TU', 1), ('WE', 2), ('TH', 3), ('FR', 4), ('SA', 5), ('SU', 6))`;

/**
 * Recomputes everything the search stores about these services from their
 * current rows: the search text and Dutch vector on `service` (names of the
 * service and its organisation weigh most; then description, programme,
 * terms, areas, phone numbers and e-mail addresses), their row in the narrow
 * `service_search` table (area codes, term ids, ages, weekly opening hours,
 * sort order, name and a copy of the vector; only active services have one)
 * and the words in `search_word`. The one place that computes a service's
 * search data: every write path (seed, import, suggestions, editors, the
 * benchmark's bulk load) calls it after changing a service's name,
 * description, terms, areas, ages, status, phones, e-mail addresses or
 * hours — and for all services of an organisation whose name changed. Run
 * it in the writer's transaction.
 */
export async function refreshServiceSearch(db: Db, serviceIds: readonly string[]): Promise<void> {
  const unique = [...new Set(serviceIds)];
  for (let start = 0; start < unique.length; start += 1000) {
    await refreshSearchRows(db, unique.slice(start, start + 1000));
  }
}

async function refreshSearchRows(db: Db, ids: readonly string[]): Promise<void> {
  const wanted = textArray(ids);
  const names = foldedWords(sql`concat_ws(' ', s.name, s.name_en, o.name, o.alternate_name)`);
  const rest = foldedWords(sql`concat_ws(' ', s.description, p.name,
    (select string_agg(t.name, ' ' order by t.taxonomy_id, t.sort_order) from attribute a
      join taxonomy_term t on t.id = a.taxonomy_term_id where a.link_id = s.id),
    (select string_agg(sa.name, ' ' order by sa.id) from service_area sa where sa.service_id = s.id),
    (select string_agg(ph.number, ' ' order by ph.sort_order, ph.id) from phone ph where ph.service_id = s.id),
    (select string_agg(c.email, ' ' order by c.sort_order, c.id) from contact c where c.service_id = s.id))`);
  await sql`
    update service s set
      search_text = trim(t.names || ' ' || t.rest),
      search_vector = setweight(to_tsvector('dutch', t.names), 'A') || setweight(to_tsvector('dutch', t.rest), 'B')
    from (
      select s.id, ${names} as names, ${rest} as rest
      from service s
      join organization o on o.id = s.organization_id
      left join program p on p.id = s.program_id
      where s.id = any(${wanted})
    ) as t
    where s.id = t.id`.execute(db);
  await sql`delete from service_search where service_id = any(${wanted})`.execute(db);
  await sql`
    insert into service_search
      (service_id, area_codes, term_ids, age_from, age_below, open_week, sort_order, name, search_vector,
       similar_text)
    select s.id,
      coalesce((select array_agg(coalesce(sa.code, ${nationalAreaCode}) order by sa.id)
        from service_area sa where sa.service_id = s.id), '{}'),
      coalesce((select array_agg(distinct a.taxonomy_term_id order by a.taxonomy_term_id)
        from attribute a where a.link_id = s.id), '{}'),
      coalesce(s.minimum_age, 0),
      case when s.maximum_age is null then 2147483647
           when s.maximum_age_inclusive then s.maximum_age + 1 else s.maximum_age end,
      coalesce((
        select range_agg(int4range(d.day * 1440 + m.opens, d.day * 1440 + m.closes))
        from schedule sc
        cross join lateral (select
          split_part(sc.opens_at, ':', 1)::int * 60 + split_part(sc.opens_at, ':', 2)::int as opens,
          case when sc.closes_at = '23:59' then 1440
               else split_part(sc.closes_at, ':', 1)::int * 60 + split_part(sc.closes_at, ':', 2)::int end as closes
        ) as m
        cross join lateral unnest(string_to_array(sc.byday, ',')) as b(code)
        join ${weekdayNumbers} as d(code, day) on d.code = b.code
        -- Phone lines and the service itself; e-mail hours do not make a service "open now".
        where sc.service_id = s.id and sc.contact_id is null and m.closes > m.opens
      ), '{}'::int4multirange),
      s.sort_order, s.name, s.search_vector,
      -- What the typo round of the site-wide search compares with (knowledge/search.server.ts).
      zicht_unaccent(lower(s.name || ' ' || s.description))
    from service s
    where s.id = any(${wanted}) and s.status = 'active'`.execute(db);
  // Kept, never removed: a word no service has any more only makes a near-word lookup find nothing.
  await sql`
    insert into search_word (word)
    select distinct w.word from service s, unnest(string_to_array(s.search_text, ' ')) as w(word)
    where s.id = any(${wanted}) and length(w.word) between 3 and 40 and w.word !~ '^[0-9]+$'
    on conflict (word) do nothing`.execute(db);
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
 * Brings the descriptions (Dutch and English) of seeded organisations and
 * services in line with the content files, but only for records that only
 * the seed has written (every `metadata` row by `updatedBy`): an editor's
 * or an import's work is never overwritten (decision 010). Changed fields
 * are logged; services' search data is refreshed. Records not yet in the
 * database are left to the full seed. Returns how many records changed.
 * The caller opens the transaction.
 */
export async function updateSeededDescriptions(
  db: Db,
  content: {
    organisations: readonly Pick<Organisation, "id" | "description">[];
    services: readonly Pick<ServiceInput, "id" | "description">[];
  },
  updatedBy: string,
): Promise<number> {
  /** Records someone other than the seed has written (an editor, an import): left alone. */
  const changedByOthers = async (type: "organization" | "service", ids: readonly string[]) => {
    const rows = await db
      .selectFrom("metadata")
      .select("resource_id")
      .where("resource_type", "=", type)
      .where("resource_id", "in", ids)
      .where("updated_by", "!=", updatedBy)
      .execute();
    return new Set(rows.map((row) => row.resource_id));
  };
  const groups = [
    { table: "organization" as const, wanted: content.organisations },
    { table: "service" as const, wanted: content.services },
  ];
  let changed = 0;
  const changedServices: string[] = [];
  for (const { table, wanted } of groups) {
    const ids = wanted.map((record) => record.id);
    if (ids.length === 0) continue;
    const [stored, othersChanged] = await Promise.all([
      db.selectFrom(table).select(["id", "description", "description_en"]).where("id", "in", ids).execute(),
      changedByOthers(table, ids),
    ]);
    for (const row of stored) {
      const record = wanted.find((candidate) => candidate.id === row.id)!;
      if (othersChanged.has(row.id)) continue;
      const after = { description: record.description.nl, description_en: record.description.en };
      const fields = (["description", "description_en"] as const).filter(
        (field) => text(row[field]) !== after[field],
      );
      if (fields.length === 0) continue;
      await db
        .updateTable(table)
        .set({ ...after, last_modified: new Date() })
        .where("id", "=", row.id)
        .execute();
      for (const field of fields)
        await logChange(
          db,
          { id: row.id, type: table },
          "update",
          field,
          text(row[field]),
          after[field],
          updatedBy,
        );
      if (table === "service") changedServices.push(row.id);
      changed++;
    }
  }
  await refreshServiceSearch(db, changedServices);
  return changed;
}

/**
 * Writes one service (an editor's save or a new service) with the same code
 * as the seeder and the import: child rows replaced, changed fields logged
 * in `metadata`, search columns recomputed. The caller validates and opens
 * the transaction.
 */
export async function saveService(db: Db, service: Service, updatedBy: string): Promise<void> {
  const [regions, existing, last] = await Promise.all([
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
  });
  await refreshServiceSearch(db, [service.id]);
}

/** Writes one organisation with its phones and e-mail addresses; logs changed fields. */
export async function saveOrganisation(db: Db, organisation: Organisation, updatedBy: string): Promise<void> {
  await writeOrganisation(db, organisation, updatedBy);
}
