import type { Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import type { Db } from "../accounts/accounts.server";
import { caseKeys } from "./case-keys.server";
import { withWritableCase } from "./case-write.server";
import { findCase, newId } from "./cases.server";
import { needsRotation, openNote, sealNote } from "./note-crypto";
import type { NoteSubject } from "./tables";
import type { CaseActor } from "./visibility";

/**
 * The case notes: free text, always stored encrypted (note-crypto.ts) and
 * bound to the case and what it is about (a step, a consultation, a
 * referral, the closing), so a note cannot be moved to another case.
 */

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
  const written = await withWritableCase(db, config, actor, caseId, { audit: "case.updated", now }, (trx) =>
    writeNote(trx, config, actor, { caseId, subjectType: "case", subjectId: caseId, text }, now),
  );
  return written.ok;
}
