import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const idCheck = (column: string) => sql.raw(`${column} ~ '^[a-z0-9][a-z0-9-]{0,79}$'`);

/**
 * The Wegwijzer (directory) in Open Referral HSDS 3.0 tables with a Dutch
 * profile: translations in `*_en` columns, `maximum_age_inclusive` (the
 * source says "tot" or "tot en met"), confidential locations, named regions
 * and public change requests. See docs/decisions/006-directory-hsds.md.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("organization")
    .addColumn("id", "text", (col) => col.primaryKey().check(idCheck("id")))
    .addColumn("name", "text", (col) => col.notNull().check(sql`length(name) between 1 and 200`))
    .addColumn("alternate_name", "text")
    .addColumn("description", "text", (col) => col.notNull())
    .addColumn("description_en", "text")
    .addColumn("email", "text")
    .addColumn("website", "text")
    .addColumn("parent_organization_id", "text", (col) => col.references("organization.id"))
    .addColumn("last_modified", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("program")
    .addColumn("id", "text", (col) => col.primaryKey().check(idCheck("id")))
    .addColumn("organization_id", "text", (col) =>
      col.notNull().references("organization.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("description", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("service")
    .addColumn("id", "text", (col) => col.primaryKey().check(idCheck("id")))
    .addColumn("organization_id", "text", (col) =>
      col.notNull().references("organization.id").onDelete("cascade"),
    )
    .addColumn("program_id", "text", (col) => col.references("program.id").onDelete("set null"))
    .addColumn("name", "text", (col) => col.notNull().check(sql`length(name) between 1 and 200`))
    .addColumn("name_en", "text")
    .addColumn("description", "text", (col) => col.notNull())
    .addColumn("description_en", "text")
    .addColumn("status", "text", (col) =>
      col
        .notNull()
        .defaultTo("active")
        .check(sql`status in ('active', 'inactive', 'defunct', 'temporarily closed')`),
    )
    .addColumn("eligibility_description", "text")
    .addColumn("eligibility_description_en", "text")
    .addColumn("minimum_age", "integer", (col) => col.check(sql`minimum_age between 0 and 120`))
    .addColumn("maximum_age", "integer", (col) => col.check(sql`maximum_age between 0 and 120`))
    .addColumn("maximum_age_inclusive", "boolean", (col) => col.notNull().defaultTo(true))
    .addColumn("email", "text")
    .addColumn("url", "text")
    .addColumn("sort_order", "integer", (col) => col.notNull().defaultTo(1000))
    .addColumn("assured_date", "date", (col) => col.notNull())
    .addColumn("last_modified", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    // Unaccented text of the service, its organisation, terms and areas; the
    // repository keeps it and the vector current in the same statement.
    .addColumn("search_text", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("search_vector", sql`tsvector`, (col) => col.notNull().defaultTo(sql`''::tsvector`))
    .addCheckConstraint(
      "service_age_range",
      sql`minimum_age is null or maximum_age is null or minimum_age <= maximum_age`,
    )
    .execute();
  await sql`create index service_search_vector_idx on service using gin (search_vector)`.execute(db);
  await sql`create index service_search_text_trgm_idx on service using gin (search_text gin_trgm_ops)`.execute(
    db,
  );
  await db.schema.createIndex("service_organization_idx").on("service").column("organization_id").execute();
  await db.schema.createIndex("service_last_modified_idx").on("service").column("last_modified").execute();

  await db.schema
    .createTable("location")
    .addColumn("id", "text", (col) => col.primaryKey().check(idCheck("id")))
    .addColumn("organization_id", "text", (col) =>
      col.notNull().references("organization.id").onDelete("cascade"),
    )
    .addColumn("location_type", "text", (col) =>
      col.notNull().check(sql`location_type in ('physical', 'postal', 'virtual')`),
    )
    .addColumn("name", "text")
    .addColumn("description", "text")
    .addColumn("url", "text")
    // Shelter addresses: never shown, never exported.
    .addColumn("confidential", "boolean", (col) => col.notNull().defaultTo(false))
    .addColumn("municipality_code", "text", (col) => col.check(sql`municipality_code ~ '^GM[0-9]{4}$'`))
    .execute();

  await db.schema
    .createTable("address")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("location_id", "text", (col) => col.notNull().references("location.id").onDelete("cascade"))
    .addColumn("address_1", "text", (col) => col.notNull())
    .addColumn("city", "text", (col) => col.notNull())
    .addColumn("state_province", "text", (col) => col.notNull())
    .addColumn("postal_code", "text", (col) => col.notNull())
    .addColumn("country", "text", (col) => col.notNull().defaultTo("NL"))
    .addColumn("address_type", "text", (col) =>
      col.notNull().check(sql`address_type in ('physical', 'postal', 'virtual')`),
    )
    .execute();

  await db.schema
    .createTable("service_at_location")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("service_id", "text", (col) => col.notNull().references("service.id").onDelete("cascade"))
    .addColumn("location_id", "text", (col) => col.notNull().references("location.id").onDelete("cascade"))
    .addUniqueConstraint("service_at_location_unique", ["service_id", "location_id"])
    .execute();

  // kind: national (no code), province (PV..), municipality (GM....), region (named_region.id)
  await db.schema
    .createTable("service_area")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("service_id", "text", (col) => col.notNull().references("service.id").onDelete("cascade"))
    .addColumn("kind", "text", (col) =>
      col.notNull().check(sql`kind in ('national', 'province', 'municipality', 'region')`),
    )
    .addColumn("code", "text")
    .addColumn("name", "text", (col) => col.notNull())
    .addCheckConstraint("service_area_code", sql`(kind = 'national') = (code is null)`)
    .execute();
  await db.schema
    .createIndex("service_area_code_idx")
    .on("service_area")
    .columns(["code", "service_id"])
    .execute();
  await db.schema.createIndex("service_area_service_idx").on("service_area").column("service_id").execute();

  await db.schema
    .createTable("phone")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organization_id", "text", (col) => col.references("organization.id").onDelete("cascade"))
    .addColumn("service_id", "text", (col) => col.references("service.id").onDelete("cascade"))
    .addColumn("number", "text", (col) => col.notNull().check(sql`number ~ '^[0-9][0-9 -]{1,19}$'`))
    .addColumn("type", "text", (col) => col.notNull().defaultTo("voice"))
    .addColumn("description", "text")
    .addColumn("description_en", "text")
    .addColumn("free", "boolean", (col) => col.notNull().defaultTo(false))
    .addColumn("sort_order", "integer", (col) => col.notNull().defaultTo(0))
    .addCheckConstraint("phone_owner", sql`(organization_id is null) <> (service_id is null)`)
    .execute();
  await db.schema.createIndex("phone_service_idx").on("phone").column("service_id").execute();

  // E-mail contact points (HSDS contact); the general e-mail lives on organization/service.
  await db.schema
    .createTable("contact")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organization_id", "text", (col) => col.references("organization.id").onDelete("cascade"))
    .addColumn("service_id", "text", (col) => col.references("service.id").onDelete("cascade"))
    .addColumn("name", "text")
    .addColumn("title", "text")
    .addColumn("title_en", "text")
    .addColumn("email", "text", (col) => col.notNull())
    .addColumn("sort_order", "integer", (col) => col.notNull().defaultTo(0))
    .addCheckConstraint("contact_owner", sql`(organization_id is null) <> (service_id is null)`)
    .execute();
  await db.schema.createIndex("contact_service_idx").on("contact").column("service_id").execute();

  // Weekly opening periods in Europe/Amsterdam local time (iCal fields).
  await db.schema
    .createTable("schedule")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("service_id", "text", (col) => col.notNull().references("service.id").onDelete("cascade"))
    .addColumn("phone_id", "text", (col) => col.references("phone.id").onDelete("cascade"))
    .addColumn("contact_id", "text", (col) => col.references("contact.id").onDelete("cascade"))
    .addColumn("freq", "text", (col) =>
      col
        .notNull()
        .defaultTo("WEEKLY")
        .check(sql`freq = 'WEEKLY'`),
    )
    .addColumn("byday", "text", (col) =>
      col.notNull().check(sql`byday ~ '^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$'`),
    )
    .addColumn("opens_at", "text", (col) =>
      col.notNull().check(sql`opens_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    )
    .addColumn("closes_at", "text", (col) =>
      col.notNull().check(sql`closes_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    )
    .addColumn("valid_from", "date")
    .addColumn("valid_to", "date")
    .execute();
  await db.schema.createIndex("schedule_service_idx").on("schedule").column("service_id").execute();

  await db.schema
    .createTable("language")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("service_id", "text", (col) => col.notNull().references("service.id").onDelete("cascade"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("code", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("taxonomy")
    .addColumn("id", "text", (col) => col.primaryKey().check(idCheck("id")))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("name_en", "text", (col) => col.notNull())
    .addColumn("description", "text", (col) => col.notNull())
    .addColumn("version", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("taxonomy_term")
    .addColumn("id", "text", (col) => col.primaryKey().check(idCheck("id")))
    .addColumn("taxonomy_id", "text", (col) => col.notNull().references("taxonomy.id").onDelete("cascade"))
    .addColumn("code", "text", (col) => col.notNull())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("name_en", "text", (col) => col.notNull())
    .addColumn("description", "text", (col) => col.notNull())
    .addColumn("sort_order", "integer", (col) => col.notNull().defaultTo(0))
    .addUniqueConstraint("taxonomy_term_code", ["taxonomy_id", "code"])
    .execute();

  await db.schema
    .createTable("attribute")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("link_id", "text", (col) => col.notNull().references("service.id").onDelete("cascade"))
    .addColumn("link_type", "text", (col) =>
      col
        .notNull()
        .defaultTo("service")
        .check(sql`link_type = 'service'`),
    )
    .addColumn("taxonomy_term_id", "text", (col) =>
      col.notNull().references("taxonomy_term.id").onDelete("cascade"),
    )
    .addUniqueConstraint("attribute_unique", ["link_id", "taxonomy_term_id"])
    .execute();
  await db.schema
    .createIndex("attribute_term_idx")
    .on("attribute")
    .columns(["taxonomy_term_id", "link_id"])
    .execute();

  // Per-field change log (HSDS metadata).
  await db.schema
    .createTable("metadata")
    .addColumn("id", "bigserial", (col) => col.primaryKey())
    .addColumn("resource_id", "text", (col) => col.notNull())
    .addColumn("resource_type", "text", (col) => col.notNull())
    .addColumn("last_action_date", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("last_action_type", "text", (col) => col.notNull())
    .addColumn("field_name", "text", (col) => col.notNull())
    .addColumn("previous_value", "text", (col) => col.notNull())
    .addColumn("replacement_value", "text", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("metadata_resource_idx").on("metadata").columns(["resource_id"]).execute();

  // Named regions: sets of municipalities and/or provinces (by CBS code).
  await db.schema
    .createTable("named_region")
    .addColumn("id", "text", (col) => col.primaryKey().check(idCheck("id")))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("alternative_names", sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn("description", "text")
    .addColumn("province_codes", sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn("municipality_codes", sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .execute();

  // "Klopt dit niet?": public suggestions, never applied by themselves.
  await db.schema
    .createTable("change_request")
    .addColumn("id", "bigserial", (col) => col.primaryKey())
    .addColumn("service_id", "text", (col) => col.notNull().references("service.id").onDelete("cascade"))
    .addColumn("field", "text", (col) => col.notNull())
    .addColumn("current_value", "text", (col) => col.notNull())
    .addColumn("proposed_value", "text", (col) =>
      col.notNull().check(sql`length(proposed_value) between 1 and 2000`),
    )
    .addColumn("explanation", "text", (col) => col.check(sql`length(explanation) <= 2000`))
    .addColumn("email", "text")
    .addColumn("status", "text", (col) =>
      col
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending', 'accepted', 'rejected')`),
    )
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by", "text")
    .execute();
  await db.schema
    .createIndex("change_request_status_idx")
    .on("change_request")
    .columns(["status", "created_at"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    "change_request",
    "named_region",
    "metadata",
    "attribute",
    "taxonomy_term",
    "taxonomy",
    "language",
    "schedule",
    "contact",
    "phone",
    "service_area",
    "service_at_location",
    "address",
    "location",
    "service",
    "program",
    "organization",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
