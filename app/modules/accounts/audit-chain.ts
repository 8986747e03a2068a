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

/**
 * The chain head: how many rows the log has, the id and hash of the newest
 * one, signed with the same key. A removed newest row leaves the chain
 * itself intact, but no longer matches the head; the head cannot be changed
 * to match without the key. See decision 017.
 */
export interface AuditHead {
  rowCount: number;
  lastId: number;
  lastHash: string;
}

/** The head of an empty log. */
export const emptyHead: AuditHead = { rowCount: 0, lastId: 0, lastHash: genesisHash };

function headCanonical(head: AuditHead): string {
  return `zicht-audit-head:v1|${head.rowCount}|${head.lastId}|${head.lastHash}`;
}

export function signHead(key: string, head: AuditHead): string {
  return crypto.createHmac("sha256", key).update(headCanonical(head)).digest("hex");
}

export function isHeadSignatureValid(key: string, head: AuditHead, signature: string | null): boolean {
  if (signature === null || !/^[0-9a-f]{64}$/.test(signature)) return false;
  return crypto.timingSafeEqual(Buffer.from(signHead(key, head), "hex"), Buffer.from(signature, "hex"));
}

/** What the stored log holds, seen from the head's last id. */
export interface LogAgainstHead {
  /** Rows with an id up to and including the head's last id. */
  rowsUpToHead: number;
  /** The hash of the row with the head's last id, null when that row is gone. */
  hashAtHead: string | null;
  /** Rows after the head's last id. */
  rowsAfterHead: number;
}

/** How the stored log differs from its head; null when it matches. */
export type HeadMismatch =
  { kind: "truncated"; missing: number } | { kind: "unrecorded"; extra: number } | { kind: "different" };

export function compareHead(head: AuditHead, log: LogAgainstHead): HeadMismatch | null {
  if (log.rowsUpToHead < head.rowCount)
    return { kind: "truncated", missing: head.rowCount - log.rowsUpToHead };
  const hashAtHead = head.lastId === 0 ? genesisHash : log.hashAtHead;
  if (log.rowsUpToHead > head.rowCount || hashAtHead !== head.lastHash) return { kind: "different" };
  if (log.rowsAfterHead > 0) return { kind: "unrecorded", extra: log.rowsAfterHead };
  return null;
}

/**
 * A checkpoint is the signed head as one copyable value:
 * `zc1.<rows>.<last id>.<last hash>.<signature>`. Kept outside the server, it
 * proves later that nothing up to that row has changed.
 */
export function formatCheckpoint(head: AuditHead, signature: string): string {
  return `zc1.${head.rowCount}.${head.lastId}.${head.lastHash}.${signature}`;
}

export type CheckpointReading =
  { ok: true; head: AuditHead } | { ok: false; problem: "malformed" | "forged" };

/** Reads a checkpoint value and checks its signature. */
export function readCheckpoint(key: string, value: string): CheckpointReading {
  const match = /^zc1\.(\d{1,15})\.(\d{1,15})\.([0-9a-f]{64})\.([0-9a-f]{64})$/.exec(value.trim());
  if (!match) return { ok: false, problem: "malformed" };
  const head: AuditHead = { rowCount: Number(match[1]), lastId: Number(match[2]), lastHash: match[3]! };
  if ((head.rowCount === 0) !== (head.lastId === 0)) return { ok: false, problem: "malformed" };
  if (!isHeadSignatureValid(key, head, match[4]!)) return { ok: false, problem: "forged" };
  return { ok: true, head };
}
