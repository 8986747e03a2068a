import crypto from "node:crypto";

/**
 * The audit log is a hash chain: each row's hash covers its own fields and
 * the hash of the row before it, keyed with the platform's secret. Changing,
 * removing or inserting a row breaks the chain from that row on. Pure.
 */
export const genesisHash = "0".repeat(64);

export interface AuditFields {
  at: Date;
  actor_user_id: string | null;
  tenant_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip_hash: string | null;
  /** Set only by events that carry details (migration 20261129_0700); null rows hash as before. */
  details?: string | null;
}

export function auditHash(key: string, previousHash: string, fields: AuditFields): string {
  const canonical = JSON.stringify([
    previousHash,
    fields.at.toISOString(),
    fields.actor_user_id,
    fields.tenant_id,
    fields.action,
    fields.target_type,
    fields.target_id,
    fields.ip_hash,
    ...(fields.details === null || fields.details === undefined ? [] : [fields.details]),
  ]);
  return crypto.createHmac("sha256", key).update(canonical).digest("hex");
}

export interface StoredAuditRow extends AuditFields {
  id: number | string;
  previous_hash: string;
  hash: string;
}

/** Checks rows in id order. Returns the id of the first row that does not fit, or null. */
export function firstBrokenRow(key: string, rows: Iterable<StoredAuditRow>, startHash = genesisHash) {
  let previous = startHash;
  for (const row of rows) {
    if (row.previous_hash !== previous || auditHash(key, previous, row) !== row.hash) return Number(row.id);
    previous = row.hash;
  }
  return null;
}
