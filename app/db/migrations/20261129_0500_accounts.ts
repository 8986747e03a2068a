import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Accounts: organisations using Zicht (tenants), users with one role,
 * server-side sessions, single-use invitation and reset tokens, recovery
 * codes and the append-only audit log. Secrets are stored only as hashes.
 * See docs/decisions/009-accounts-sessions-audit.md.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("tenant")
    .addColumn("id", "text", (col) => col.primaryKey().check(sql`id ~ '^[a-z0-9][a-z0-9-]{0,79}$'`))
    .addColumn("name", "text", (col) =>
      col
        .notNull()
        .unique()
        .check(sql`length(name) between 1 and 200`),
    )
    .addColumn("directory_organization_id", "text", (col) =>
      col.references("organization.id").onDelete("set null"),
    )
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("user_account")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("tenant_id", "text", (col) => col.notNull().references("tenant.id"))
    .addColumn("email", "text", (col) =>
      col
        .notNull()
        .unique()
        .check(sql`email = lower(email)`),
    )
    .addColumn("name", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("role", "text", (col) =>
      col
        .notNull()
        .check(
          sql`role in ('professional', 'safeguarding_officer', 'org_admin', 'editor', 'researcher', 'platform_admin')`,
        ),
    )
    .addColumn("password_hash", "text")
    .addColumn("totp_secret", "text")
    .addColumn("totp_enabled_at", "timestamptz")
    .addColumn("totp_last_step", "bigint")
    .addColumn("failed_attempts", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("locked_until", "timestamptz")
    .addColumn("disabled_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("user_account_tenant_idx").on("user_account").column("tenant_id").execute();

  await db.schema
    .createTable("user_session")
    .addColumn("id_hash", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("second_factor_done", "boolean", (col) => col.notNull())
    .addColumn("csrf_token", "text", (col) => col.notNull())
    .addColumn("created_at", "timestamptz", (col) => col.notNull())
    .addColumn("last_seen_at", "timestamptz", (col) => col.notNull())
    .addColumn("user_agent", "text", (col) => col.notNull().defaultTo(""))
    .execute();
  await db.schema.createIndex("user_session_user_idx").on("user_session").column("user_id").execute();

  await db.schema
    .createTable("user_token")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("kind", "text", (col) => col.notNull().check(sql`kind in ('invitation', 'reset')`))
    .addColumn("expires_at", "timestamptz", (col) => col.notNull())
    .addColumn("used_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("recovery_code")
    .addColumn("id", "serial", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (col) => col.notNull())
    .addColumn("used_at", "timestamptz")
    .execute();

  // Append-only: no foreign keys (the log outlives users), and each row holds
  // the hash of the one before it (see zicht audit verify).
  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigserial", (col) => col.primaryKey())
    .addColumn("at", "timestamptz", (col) => col.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("tenant_id", "text")
    .addColumn("action", "text", (col) => col.notNull())
    .addColumn("target_type", "text")
    .addColumn("target_id", "text")
    .addColumn("ip_hash", "text")
    .addColumn("previous_hash", "text", (col) => col.notNull())
    .addColumn("hash", "text", (col) => col.notNull().unique())
    .execute();
  await db.schema.createIndex("audit_log_tenant_idx").on("audit_log").columns(["tenant_id", "id"]).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    "audit_log",
    "recovery_code",
    "user_token",
    "user_session",
    "user_account",
    "tenant",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
