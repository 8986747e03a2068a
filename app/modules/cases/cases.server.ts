import crypto from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { inTransaction } from "../../db/transaction.server";
import type { Db } from "../accounts/accounts.server";
import { writeAudit, type AuditAction } from "../accounts/audit.server";
import { withWritableCase } from "./case-write.server";
import { isBeyondRetention } from "./retention.server";
import type { CaseOutcome, CaseSetting, CaseStatus, Gender, Lvb } from "./tables";
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
      ...(actor.clientAddress ? { clientAddress: actor.clientAddress } : {}),
    },
    now,
  );
}

/** Why a signed-in person was refused a case. */
export type CaseRefusal = "forbidden" | "not_found";

/**
 * Audits that a signed-in person was refused a case (403 or 404): the case id
 * as they gave it (it may not exist; cut to 100 characters) and the reason.
 */
export function auditCaseRefused(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string | null,
  reason: CaseRefusal,
  now = new Date(),
) {
  return writeAudit(
    db,
    config,
    {
      action: "case.refused",
      actorUserId: actor.userId,
      tenantId: actor.tenantId,
      targetType: "case",
      ...(caseId !== null && caseId !== "" ? { targetId: caseId.slice(0, 100) } : {}),
      ...(actor.clientAddress ? { clientAddress: actor.clientAddress } : {}),
      details: { reason },
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
    await auditCase(trx, config, actor, "case.created", id, now);
  });
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
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: "case.updated", now },
    async (trx) => {
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
    },
  );
  return written.ok;
}

export interface DueTask {
  id: string;
  caseId: string;
  pseudonym: string;
  kind: string;
  instrumentId: string | null;
  dueOn: string;
  /** For an urgent-advice task: the id of the advice it follows up. */
  detail: string | null;
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
        "t.detail",
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
      detail: row.detail,
    })),
  };
}
