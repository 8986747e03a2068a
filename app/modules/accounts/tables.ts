import type { ColumnType, Generated } from "kysely";
import type { Role } from "./permissions";

/**
 * The accounts tables: organisations using Zicht (tenants), users, sessions,
 * single-use tokens, recovery codes and the audit log. Owned by the accounts
 * module; see the migration 20261129_0500_accounts. Secrets are never stored
 * as they are: session ids, tokens and recovery codes as SHA-256 hashes,
 * passwords as argon2id hashes.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface TenantTable {
  id: string;
  name: string;
  /** The organisation's own entry in the Wegwijzer, if it has one. */
  directory_organization_id: string | null;
  created_at: Generated<Date>;
}

export interface UserAccountTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  /** Optional work phone number, shown in the sender block of case PDFs (migration 20261203_0200). */
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  role: Role;
  password_hash: string | null;
  /** Base32 TOTP secret; `totp_enabled_at` is null until the person proved they have it. */
  totp_secret: string | null;
  totp_enabled_at: Timestamp | null;
  /** The last accepted TOTP time step: a code is accepted only once. */
  totp_last_step: ColumnType<number | null, number | null, number | null>;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  disabled_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface UserSessionTable {
  /** SHA-256 of the cookie value. */
  id_hash: string;
  user_id: string;
  /** False between password and second factor. */
  second_factor_done: boolean;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  user_agent: string;
}

export type TokenKind = "invitation" | "reset";

export interface UserTokenTable {
  token_hash: string;
  user_id: string;
  kind: TokenKind;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface RecoveryCodeTable {
  id: Generated<number>;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: string | null;
  tenant_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** HMAC of the client address with the audit key; never the address itself. */
  ip_hash: string | null;
  /** JSON with what changed (old and new role, fields an editor saved); never secrets or content. */
  details: string | null;
  previous_hash: string;
  hash: string;
}

/** The one row with the signed head of the audit log (migration 20261203_1500, decision 017). */
export interface AuditHeadTable {
  id: Generated<number>;
  row_count: number;
  last_id: number;
  last_hash: string;
  /** HMAC over count, last id and last hash; null only as the migration left it. */
  signature: string | null;
}

export interface AccountsTables {
  tenant: TenantTable;
  user_account: UserAccountTable;
  user_session: UserSessionTable;
  user_token: UserTokenTable;
  recovery_code: RecoveryCodeTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}
