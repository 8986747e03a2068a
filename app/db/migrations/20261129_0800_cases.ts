import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Casussen: the pseudonymised case file and everything that hangs off it —
 * sharing, assessments, the Meldcode step plan, consultations, consents and
 * their overrides, tasks, referrals, reports and encrypted notes, plus the
 * per-organisation case settings. Every row carries `tenant_id` so that each
 * query can be scoped by organisation without a join. Free text lives only
 * in `case_note`, encrypted (AES-256-GCM, with a key id for rotation).
 * See docs/decisions/012-cases.md.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("case_setting")
    .addColumn("tenant_id", "text", (col) => col.primaryKey().references("tenant.id").onDelete("cascade"))
    .addColumn("close_requires_approval", "boolean", (col) => col.notNull().defaultTo(false))
    .addColumn("retention_years", "integer", (col) =>
      col
        .notNull()
        .defaultTo(5)
        .check(sql`retention_years between 1 and 30`),
    )
    .execute();

  await db.schema
    .createTable("case_file")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("owner_user_id", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("pseudonym", "text", (col) => col.notNull().check(sql`length(pseudonym) between 2 and 40`))
    .addColumn("birth_year", "integer", (col) => col.check(sql`birth_year between 1900 and 2200`))
    .addColumn("gender", "text", (col) =>
      col.notNull().check(sql`gender in ('female', 'male', 'other', 'unknown')`),
    )
    .addColumn("lvb", "text", (col) => col.notNull().check(sql`lvb in ('yes', 'suspected', 'no', 'unknown')`))
    .addColumn("municipality_code", "text", (col) => col.check(sql`municipality_code ~ '^GM[0-9]{4}$'`))
    .addColumn("exploitation_forms", sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("status", "text", (col) => col.notNull().check(sql`status in ('open', 'closing', 'closed')`))
    .addColumn("outcome", "text", (col) =>
      col.check(sql`outcome in ('help_organised', 'reported', 'referred', 'no_suspicion', 'moved', 'other')`),
    )
    .addColumn("close_requested_by", "text", (col) => col.references("user_account.id"))
    .addColumn("close_requested_at", "timestamptz")
    .addColumn("closed_by", "text", (col) => col.references("user_account.id"))
    .addColumn("closed_at", "timestamptz")
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (col) => col.notNull())
    .addColumn("updated_at", "timestamptz", (col) => col.notNull())
    .addCheckConstraint("case_file_closed_has_outcome", sql`status = 'open' or outcome is not null`)
    .execute();
  await db.schema
    .createIndex("case_file_tenant_pseudonym_idx")
    .on("case_file")
    .expression(sql`tenant_id, lower(pseudonym)`)
    .unique()
    .execute();
  await db.schema
    .createIndex("case_file_owner_idx")
    .on("case_file")
    .columns(["tenant_id", "owner_user_id", "status"])
    .execute();
  await db.schema
    .createIndex("case_file_closed_idx")
    .on("case_file")
    .columns(["status", "closed_at"])
    .execute();

  await db.schema
    .createTable("case_share")
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("user_id", "text", (col) => col.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("shared_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("shared_at", "timestamptz", (col) => col.notNull())
    .addPrimaryKeyConstraint("case_share_pk", ["case_id", "user_id"])
    .execute();
  await db.schema.createIndex("case_share_user_idx").on("case_share").columns(["user_id"]).execute();

  await db.schema
    .createTable("case_note")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("subject_type", "text", (col) =>
      col
        .notNull()
        .check(
          sql`subject_type in ('case', 'step', 'consultation', 'consent_override', 'task', 'referral', 'report', 'closing')`,
        ),
    )
    .addColumn("subject_id", "text", (col) => col.notNull())
    .addColumn("key_id", "text", (col) => col.notNull())
    .addColumn("iv", "text", (col) => col.notNull())
    .addColumn("auth_tag", "text", (col) => col.notNull())
    .addColumn("ciphertext", "text", (col) => col.notNull())
    .addColumn("written_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("written_at", "timestamptz", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("case_note_subject_idx")
    .on("case_note")
    .columns(["case_id", "subject_type", "subject_id"])
    .execute();
  await db.schema.createIndex("case_note_key_idx").on("case_note").columns(["key_id"]).execute();

  await db.schema
    .createTable("case_assessment")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("instrument_id", "text", (col) => col.notNull())
    .addColumn("instrument_version", "text", (col) => col.notNull())
    .addColumn("answers", "jsonb", (col) => col.notNull())
    .addColumn("band", "text", (col) => col.check(sql`band in ('insufficient', 'none', 'possible', 'clear')`))
    .addColumn("flag", "text", (col) => col.check(sql`flag in ('green', 'yellow', 'red', 'black')`))
    .addColumn("score", "integer")
    .addColumn("assessed_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("assessed_at", "timestamptz", (col) => col.notNull())
    .addCheckConstraint("case_assessment_has_outcome", sql`band is not null or flag is not null`)
    .execute();
  await db.schema
    .createIndex("case_assessment_case_idx")
    .on("case_assessment")
    .columns(["case_id", "instrument_id", "assessed_at"])
    .execute();

  await db.schema
    .createTable("case_step")
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("step", "integer", (col) => col.notNull().check(sql`step between 1 and 5`))
    .addColumn("status", "text", (col) => col.notNull().check(sql`status in ('open', 'done', 'skipped')`))
    // Structured, non-identifying answers (framework answers, decisions, dates, references).
    .addColumn("data", "jsonb", (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("updated_by", "text", (col) => col.references("user_account.id"))
    .addColumn("updated_at", "timestamptz")
    .addPrimaryKeyConstraint("case_step_pk", ["case_id", "step"])
    .execute();

  await db.schema
    .createTable("case_consultation")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("consulted", "text", (col) =>
      col
        .notNull()
        .check(
          sql`consulted in ('colleague', 'safeguarding_officer', 'veilig_thuis', 'koraal', 'police_avim', 'forensic_doctor', 'other')`,
        ),
    )
    .addColumn("consulted_on", "date", (col) => col.notNull())
    .addColumn("recorded_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("recorded_at", "timestamptz", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("case_consultation_case_idx")
    .on("case_consultation")
    .column("case_id")
    .execute();

  await db.schema
    .createTable("case_consent")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("purpose", "text", (col) =>
      col
        .notNull()
        .check(
          sql`purpose in ('comensha_registration', 'share_with_organisation', 'referral', 'anonymous_statistics')`,
        ),
    )
    // A named organisation or Wegwijzer id for sharing/referral; null means "any" for that purpose.
    .addColumn("target", "text", (col) => col.check(sql`length(target) between 1 and 200`))
    .addColumn("given_by", "text", (col) =>
      col.notNull().check(sql`given_by in ('young_person', 'parent_guardian')`),
    )
    .addColumn("given_on", "date", (col) => col.notNull())
    .addColumn("form", "text", (col) => col.notNull().check(sql`form in ('spoken', 'written')`))
    .addColumn("recorded_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("recorded_at", "timestamptz", (col) => col.notNull())
    .addColumn("withdrawn_on", "date")
    .addColumn("withdrawn_recorded_by", "text", (col) => col.references("user_account.id"))
    .addColumn("withdrawn_recorded_at", "timestamptz")
    .addCheckConstraint(
      "case_consent_withdrawn_after_given",
      sql`withdrawn_on is null or withdrawn_on >= given_on`,
    )
    .execute();
  await db.schema
    .createIndex("case_consent_case_idx")
    .on("case_consent")
    .columns(["case_id", "purpose"])
    .execute();

  await db.schema
    .createTable("case_consent_override")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("purpose", "text", (col) =>
      col
        .notNull()
        .check(
          sql`purpose in ('comensha_registration', 'share_with_organisation', 'referral', 'anonymous_statistics')`,
        ),
    )
    .addColumn("target", "text")
    // The reason itself is a case_note (subject 'consent_override', this id).
    .addColumn("decided_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("decided_at", "timestamptz", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("case_consent_override_case_idx")
    .on("case_consent_override")
    .column("case_id")
    .execute();

  await db.schema
    .createTable("case_task")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("kind", "text", (col) =>
      col.notNull().check(sql`kind in ('reassess', 'check_help', 'follow_up', 'approve_closing')`),
    )
    .addColumn("instrument_id", "text")
    .addColumn("due_on", "date", (col) => col.notNull())
    .addColumn("assigned_to", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("created_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("created_at", "timestamptz", (col) => col.notNull())
    .addColumn("done_by", "text", (col) => col.references("user_account.id"))
    .addColumn("done_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("case_task_due_idx")
    .on("case_task")
    .columns(["tenant_id", "assigned_to", "done_at", "due_on"])
    .execute();
  await db.schema.createIndex("case_task_case_idx").on("case_task").column("case_id").execute();

  await db.schema
    .createTable("case_referral")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    // Wegwijzer service; kept as text (not a foreign key) so a referral survives a directory re-import.
    .addColumn("service_id", "text", (col) => col.notNull())
    .addColumn("service_name", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) =>
      col
        .notNull()
        .check(sql`status in ('concept', 'sent', 'accepted', 'declined', 'completed', 'withdrawn')`),
    )
    .addColumn("consent_id", "text", (col) => col.references("case_consent.id"))
    .addColumn("override_id", "text", (col) => col.references("case_consent_override.id"))
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("created_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("created_at", "timestamptz", (col) => col.notNull())
    .addColumn("updated_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("updated_at", "timestamptz", (col) => col.notNull())
    .addColumn("sent_at", "timestamptz")
    .execute();
  await db.schema.createIndex("case_referral_case_idx").on("case_referral").column("case_id").execute();

  await db.schema
    .createTable("case_referral_event")
    .addColumn("id", "serial", (col) => col.primaryKey())
    .addColumn("referral_id", "text", (col) =>
      col.notNull().references("case_referral.id").onDelete("cascade"),
    )
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("by_user", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("at", "timestamptz", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("case_report")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("case_id", "text", (col) => col.notNull().references("case_file.id").onDelete("cascade"))
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("kind", "text", (col) =>
      col.notNull().check(sql`kind in ('veilig_thuis', 'comensha', 'police')`),
    )
    .addColumn("reported_on", "date", (col) => col.notNull())
    .addColumn("reference", "text", (col) => col.check(sql`length(reference) <= 80`))
    .addColumn("consent_id", "text", (col) => col.references("case_consent.id"))
    .addColumn("override_id", "text", (col) => col.references("case_consent_override.id"))
    .addColumn("created_by", "text", (col) => col.notNull().references("user_account.id"))
    .addColumn("created_at", "timestamptz", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("case_report_case_idx").on("case_report").column("case_id").execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    "case_report",
    "case_referral_event",
    "case_referral",
    "case_task",
    "case_consent_override",
    "case_consent",
    "case_consultation",
    "case_step",
    "case_assessment",
    "case_note",
    "case_share",
    "case_file",
    "case_setting",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
