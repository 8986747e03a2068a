import crypto from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { inTransaction } from "../../db/transaction.server";
import type { Db } from "../accounts/accounts.server";
import { writeAudit, type AuditAction } from "../accounts/audit.server";
import { caseKeys } from "./case-keys.server";
import { needsRotation, openNote, sealNote } from "./note-crypto";
import { isBeyondRetention } from "./retention.server";
import type { CaseOutcome, CaseSetting, CaseStatus, Gender, Lvb, NoteSubject } from "./tables";
import { canHoldCases, readScope, writeScope, type CaseActor, type CaseScope } from "./visibility";

/**
 * The case repository. Every function takes the acting person and scopes
 * every query by their organisation and their role's scope (visibility.ts):
 * a case the actor may not see is simply not found (the route answers 404).
 * Every read and write of case data is audited with ids only.
 */
export type { CaseActor } from "./visibility";

export interface CaseFields {
  pseudonym: string;
  birthYear: number | null;
  gender: Gender;
  lvb: Lvb;
  municipalityCode: string | null;
  exploitationForms: string[];
  /** Where the exploitation happens; a new case without it starts as "unknown", an update keeps it. */
  setting?: CaseSetting;
}

export interface CaseRow extends CaseFields {
  setting: CaseSetting;
  id: string;
  tenantId: string;
  ownerUserId: string;
  ownerName: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  closedAt: Date | null;
  closeRequestedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export class CaseConflictError extends Error {
  constructor(public readonly field: "pseudonym" | "version") {
    super(field === "pseudonym" ? "pseudonym already used" : "changed by someone else");
    this.name = "CaseConflictError";
  }
}

export function newId(): string {
  return crypto.randomUUID();
}

/** Audits a case event: ids and action only. */
export function auditCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  action: AuditAction,
  caseId: string | null,
  now = new Date(),
) {
  return writeAudit(
    db,
    config,
    {
      action,
      actorUserId: actor.userId,
      tenantId: actor.tenantId,
      ...(caseId ? { targetType: "case", targetId: caseId } : {}),
    },
    now,
  );
}

/**
 * The WHERE clause of visibility, on a query that names the case table `c`:
 * organisation first, then owner or share for scope `own`, nothing for `none`.
 * The same rule in two shapes (bench/cases.bench.ts): for one case,
 * "owner is me or a share exists" (a primary-key lookup and one probe); for
 * lists, one set of ids (own cases ∪ shared cases), so the planner starts
 * from the person's few thousand cases instead of testing every case of the
 * organisation.
 */
export function scoped(actor: CaseActor, scope: CaseScope, shape: "one" | "list" = "one") {
  if (scope === "org") return sql<boolean>`c.tenant_id = ${actor.tenantId}`;
  if (scope === "own" && shape === "one") {
    return sql<boolean>`c.tenant_id = ${actor.tenantId} and (c.owner_user_id = ${actor.userId} or exists (
      select 1 from case_share s where s.case_id = c.id and s.user_id = ${actor.userId} and s.tenant_id = ${actor.tenantId}))`;
  }
  if (scope === "own") {
    return sql<boolean>`c.tenant_id = ${actor.tenantId} and c.id in (
      select own_case.id from case_file own_case
      where own_case.tenant_id = ${actor.tenantId} and own_case.owner_user_id = ${actor.userId}
      union all
      select s.case_id from case_share s where s.user_id = ${actor.userId} and s.tenant_id = ${actor.tenantId})`;
  }
  return sql<boolean>`false`;
}

function caseQuery(db: Db, actor: CaseActor, scope: CaseScope) {
  return db
    .selectFrom("case_file as c")
    .innerJoin("user_account as o", "o.id", "c.owner_user_id")
    .where(scoped(actor, scope))
    .select([
      "c.id",
      "c.tenant_id",
      "c.owner_user_id",
      "o.name as owner_name",
      "o.email as owner_email",
      "c.pseudonym",
      "c.birth_year",
      "c.gender",
      "c.lvb",
      "c.municipality_code",
      "c.exploitation_forms",
      "c.setting",
      "c.status",
      "c.outcome",
      "c.closed_at",
      "c.close_requested_at",
      "c.version",
      "c.created_at",
      "c.updated_at",
    ]);
}

type CaseQueryRow = Awaited<ReturnType<ReturnType<typeof caseQuery>["executeTakeFirstOrThrow"]>>;

function toCase(row: CaseQueryRow): CaseRow {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name || row.owner_email,
    pseudonym: row.pseudonym,
    birthYear: row.birth_year,
    gender: row.gender,
    lvb: row.lvb,
    municipalityCode: row.municipality_code,
    exploitationForms: row.exploitation_forms,
    setting: row.setting,
    status: row.status,
    outcome: row.outcome,
    closedAt: row.closed_at,
    closeRequestedAt: row.close_requested_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A case the actor may read, or undefined (other organisation, unshared, unknown id, wrong role). */
export async function findCase(db: Db, actor: CaseActor, caseId: string): Promise<CaseRow | undefined> {
  if (!isUuid(caseId)) return undefined;
  const row = await caseQuery(db, actor, readScope(actor)).where("c.id", "=", caseId).executeTakeFirst();
  return row ? toCase(row) : undefined;
}

/** A case the actor may change, or undefined. */
export async function findWritableCase(
  db: Db,
  actor: CaseActor,
  caseId: string,
): Promise<CaseRow | undefined> {
  if (!isUuid(caseId)) return undefined;
  const row = await caseQuery(db, actor, writeScope(actor)).where("c.id", "=", caseId).executeTakeFirst();
  return row ? toCase(row) : undefined;
}

/** Reads a case and writes the audit entry for that read. */
export async function readCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  now = new Date(),
): Promise<CaseRow | undefined> {
  const found = await findCase(db, actor, caseId);
  // A closed case past its retention period is gone for everyone, even before the job has run.
  if (!found || (await isBeyondRetention(db, config, found, now))) return undefined;
  await auditCase(db, config, actor, "case.read", found.id, now);
  return found;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value);
}

async function isPseudonymTaken(db: Db, tenantId: string, pseudonym: string, exceptId?: string) {
  let query = db
    .selectFrom("case_file")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where(sql<boolean>`lower(pseudonym) = lower(${pseudonym})`);
  if (exceptId) query = query.where("id", "<>", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/**
 * Opens a case owned by the actor, with the five Meldcode steps, in one
 * transaction. Throws CaseConflictError("pseudonym") when the organisation
 * already has a case with that pseudonym (nothing stored).
 */
export async function createCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  fields: CaseFields,
  now = new Date(),
): Promise<string> {
  if (writeScope(actor) === "none" || !canHoldCases(actor.role)) throw new Error("role may not open cases");
  const id = newId();
  await inTransaction(db, async (trx) => {
    if (await isPseudonymTaken(trx, actor.tenantId, fields.pseudonym))
      throw new CaseConflictError("pseudonym");
    await trx
      .insertInto("case_file")
      .values({
        id,
        tenant_id: actor.tenantId,
        owner_user_id: actor.userId,
        pseudonym: fields.pseudonym,
        birth_year: fields.birthYear,
        gender: fields.gender,
        lvb: fields.lvb,
        municipality_code: fields.municipalityCode,
        exploitation_forms: fields.exploitationForms,
        setting: fields.setting ?? "unknown",
        status: "open",
        outcome: null,
        close_requested_by: null,
        close_requested_at: null,
        closed_by: null,
        closed_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto("case_step")
      .values(
        [1, 2, 3, 4, 5].map((step) => ({
          case_id: id,
          tenant_id: actor.tenantId,
          step,
          status: "open" as const,
          data: "{}",
          updated_by: null,
          updated_at: null,
        })),
      )
      .execute();
  });
  await auditCase(db, config, actor, "case.created", id, now);
  return id;
}

/**
 * Changes the case's fields. `version` is the version the form was based on:
 * a newer version in the database → CaseConflictError("version"), nothing
 * written. Returns false when the actor may not change the case or it is closed.
 */
export async function updateCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  version: number,
  fields: CaseFields,
  now = new Date(),
): Promise<boolean> {
  const updated = await db.transaction().execute(async (trx) => {
    const current = await findWritableCase(trx, actor, caseId);
    if (!current || current.status === "closed") return false;
    if (await isPseudonymTaken(trx, actor.tenantId, fields.pseudonym, caseId)) {
      throw new CaseConflictError("pseudonym");
    }
    const result = await trx
      .updateTable("case_file")
      .set({
        pseudonym: fields.pseudonym,
        birth_year: fields.birthYear,
        gender: fields.gender,
        lvb: fields.lvb,
        municipality_code: fields.municipalityCode,
        exploitation_forms: fields.exploitationForms,
        setting: fields.setting,
        version: sql`version + 1`,
        updated_at: now,
      })
      .where("id", "=", caseId)
      .where("tenant_id", "=", actor.tenantId)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new CaseConflictError("version");
    return true;
  });
  if (updated) await auditCase(db, config, actor, "case.updated", caseId, now);
  return updated;
}

export interface CaseListItem {
  id: string;
  pseudonym: string;
  status: CaseStatus;
  ownerName: string;
  updatedAt: Date;
  openTasks: number;
}

/**
 * Open (and closing) cases the actor may see, newest change first, one page
 * at a time. For a professional: their own and shared cases. For a
 * safeguarding officer: `mine` limits to their own and shared cases.
 */
export async function listOpenCases(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  options: { page: number; pageSize: number; mine: boolean },
  now = new Date(),
): Promise<{ items: CaseListItem[]; total: number }> {
  const scope = options.mine && readScope(actor) === "org" ? "own" : readScope(actor);
  const base = db
    .selectFrom("case_file as c")
    .where(scoped(actor, scope, "list"))
    .where("c.status", "<>", "closed");
  const [{ total }, rows] = await Promise.all([
    base.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow(),
    base
      .innerJoin("user_account as o", "o.id", "c.owner_user_id")
      .select((eb) => [
        "c.id",
        "c.pseudonym",
        "c.status",
        "c.updated_at",
        "o.name as owner_name",
        "o.email as owner_email",
        eb
          .selectFrom("case_task as t")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("t.case_id", "=", "c.id")
          .where("t.done_at", "is", null)
          .as("open_tasks"),
      ])
      .orderBy("c.updated_at", "desc")
      .orderBy("c.id")
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize)
      .execute(),
  ]);
  await auditCase(db, config, actor, "case.listed", null, now);
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      pseudonym: row.pseudonym,
      status: row.status,
      ownerName: row.owner_name || row.owner_email,
      updatedAt: row.updated_at,
      openTasks: row.open_tasks ?? 0,
    })),
  };
}

export interface DueTask {
  id: string;
  caseId: string;
  pseudonym: string;
  kind: string;
  instrumentId: string | null;
  dueOn: string;
}

/** Open tasks assigned to the actor on cases they may still see, soonest first. */
export async function listDueTasks(
  db: Db,
  actor: CaseActor,
  options: { page: number; pageSize: number },
): Promise<{ items: DueTask[]; total: number }> {
  const base = db
    .selectFrom("case_task as t")
    .innerJoin("case_file as c", "c.id", "t.case_id")
    .where(scoped(actor, readScope(actor), "list"))
    .where("t.tenant_id", "=", actor.tenantId)
    .where("t.assigned_to", "=", actor.userId)
    .where("t.done_at", "is", null)
    .where("c.status", "<>", "closed");
  const [{ total }, rows] = await Promise.all([
    base.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow(),
    base
      .select([
        "t.id",
        "t.case_id",
        "c.pseudonym",
        "t.kind",
        "t.instrument_id",
        sql<string>`t.due_on::text`.as("due_on"),
      ])
      .orderBy("t.due_on")
      .orderBy("t.id")
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize)
      .execute(),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      pseudonym: row.pseudonym,
      kind: row.kind,
      instrumentId: row.instrument_id,
      dueOn: row.due_on,
    })),
  };
}

/** Colleagues in the actor's organisation a case can be shared with (roles that hold cases). */
export async function listShareableColleagues(db: Db, actor: CaseActor) {
  const rows = await db
    .selectFrom("user_account")
    .select(["id", "name", "email", "role"])
    .where("tenant_id", "=", actor.tenantId)
    .where("disabled_at", "is", null)
    .where("role", "in", ["professional", "safeguarding_officer"])
    .orderBy("name")
    .orderBy("email")
    .execute();
  return rows
    .filter((row) => canHoldCases(row.role))
    .map((row) => ({ id: row.id, name: row.name || row.email }));
}

/** Who a case the actor may read is shared with (empty when the actor may not read it). */
export async function listShares(db: Db, actor: CaseActor, caseId: string) {
  if (!(await findCase(db, actor, caseId))) return [];
  return db
    .selectFrom("case_share as s")
    .innerJoin("user_account as u", "u.id", "s.user_id")
    .select(["s.user_id", "u.name", "u.email", "s.shared_at"])
    .where("s.case_id", "=", caseId)
    .where("s.tenant_id", "=", actor.tenantId)
    .orderBy("u.name")
    .execute();
}

/**
 * Shares a case with a colleague of the same organisation. Returns
 * "not_found" when the actor may not change the case, "no_colleague" when
 * the person is not a case-holding colleague in the same organisation.
 */
export async function shareCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  userId: string,
  now = new Date(),
): Promise<"shared" | "not_found" | "no_colleague"> {
  const outcome = await db.transaction().execute(async (trx) => {
    const found = await findWritableCase(trx, actor, caseId);
    if (!found) return "not_found" as const;
    const colleague = await trx
      .selectFrom("user_account")
      .select(["id", "role"])
      .where("id", "=", userId)
      .where("tenant_id", "=", actor.tenantId)
      .where("disabled_at", "is", null)
      .executeTakeFirst();
    if (!colleague || !canHoldCases(colleague.role) || colleague.id === found.ownerUserId) {
      return "no_colleague" as const;
    }
    await trx
      .insertInto("case_share")
      .values({
        case_id: caseId,
        tenant_id: actor.tenantId,
        user_id: userId,
        shared_by: actor.userId,
        shared_at: now,
      })
      .onConflict((oc) => oc.columns(["case_id", "user_id"]).doNothing())
      .execute();
    return "shared" as const;
  });
  if (outcome === "shared") await auditCase(db, config, actor, "case.shared", caseId, now);
  return outcome;
}

export async function unshareCase(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  userId: string,
  now = new Date(),
): Promise<boolean> {
  const found = await findWritableCase(db, actor, caseId);
  if (!found) return false;
  await db
    .deleteFrom("case_share")
    .where("case_id", "=", caseId)
    .where("tenant_id", "=", actor.tenantId)
    .where("user_id", "=", userId)
    .execute();
  await auditCase(db, config, actor, "case.unshared", caseId, now);
  return true;
}

// ---------------------------------------------------------------- notes

/**
 * Stores a free-text note encrypted. The caller has checked access to the
 * case (it runs inside that caller's transaction).
 */
export async function writeNote(
  db: Db,
  config: Config,
  actor: CaseActor,
  note: { caseId: string; subjectType: NoteSubject; subjectId: string; text: string },
  now = new Date(),
): Promise<string> {
  const id = newId();
  const sealed = sealNote(
    caseKeys(config),
    { caseId: note.caseId, subjectType: note.subjectType, subjectId: note.subjectId },
    note.text,
  );
  await db
    .insertInto("case_note")
    .values({
      id,
      case_id: note.caseId,
      tenant_id: actor.tenantId,
      subject_type: note.subjectType,
      subject_id: note.subjectId,
      ...sealed,
      written_by: actor.userId,
      written_at: now,
    })
    .execute();
  return id;
}

export interface NoteRow {
  id: string;
  subjectType: NoteSubject;
  subjectId: string;
  text: string;
  writtenBy: string;
  writtenAt: Date;
}

/** The decrypted notes of a case the actor may read (empty when they may not). */
export async function listNotes(
  db: Db,
  config: Config,
  actor: CaseActor,
  caseId: string,
): Promise<NoteRow[]> {
  if (!(await findCase(db, actor, caseId))) return [];
  const keys = caseKeys(config);
  const rows = await db
    .selectFrom("case_note as n")
    .innerJoin("user_account as u", "u.id", "n.written_by")
    .select([
      "n.id",
      "n.subject_type",
      "n.subject_id",
      "n.key_id",
      "n.iv",
      "n.auth_tag",
      "n.ciphertext",
      "n.written_at",
      "u.name",
      "u.email",
    ])
    .where("n.case_id", "=", caseId)
    .where("n.tenant_id", "=", actor.tenantId)
    .orderBy("n.written_at")
    .orderBy("n.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    text: openNote(keys, { caseId, subjectType: row.subject_type, subjectId: row.subject_id }, row),
    writtenBy: row.name || row.email,
    writtenAt: row.written_at,
  }));
}

/**
 * Re-encrypts every note that is not under the current key (`zicht keys
 * rotate`), in batches, each batch in its own transaction. Returns how many
 * notes were re-encrypted.
 */
export async function rotateNotes(db: Kysely<Database>, config: Config, batchSize = 500): Promise<number> {
  const keys = caseKeys(config);
  const current = keys[0]?.id ?? "";
  let total = 0;
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom("case_note")
        .select(["id", "case_id", "subject_type", "subject_id", "key_id", "iv", "auth_tag", "ciphertext"])
        .where("key_id", "<>", current)
        .limit(batchSize)
        .forUpdate()
        .execute();
      for (const row of rows) {
        if (!needsRotation(keys, row)) continue;
        const binding = { caseId: row.case_id, subjectType: row.subject_type, subjectId: row.subject_id };
        const sealed = sealNote(keys, binding, openNote(keys, binding, row));
        await trx.updateTable("case_note").set(sealed).where("id", "=", row.id).execute();
      }
      return rows.length;
    });
    total += done;
    if (done < batchSize) return total;
  }
}

/** Adds an encrypted note to a case the actor may change (not when closed). */
export async function addCaseNote(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  text: string,
  now = new Date(),
): Promise<boolean> {
  const saved = await db.transaction().execute(async (trx) => {
    const found = await findWritableCase(trx, actor, caseId);
    if (!found || found.status === "closed") return false;
    await writeNote(trx, config, actor, { caseId, subjectType: "case", subjectId: caseId, text }, now);
    return true;
  });
  if (saved) await auditCase(db, config, actor, "case.updated", caseId, now);
  return saved;
}
