import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { allItems, type InstrumentDefinition } from "../screening/definition";
import type { ScreeningResult } from "../screening/evaluate";
import type { ScoreRequest } from "../screening/score-request";
import { freeTextNote, situationAnswers } from "./assessment-answers";
import { reassessDueOn } from "./assessment-trend";
import { withWritableCase } from "./case-write.server";
import { findCase, newId, type CaseActor } from "./cases.server";
import { addTasks, closeOpenTasks, openTaskOnce } from "./task-writes.server";
import { listNotes, writeNote } from "./notes.server";
import { urgentAdviceIds } from "./urgent-advice";

/**
 * Instruments filled in inside a case. The row keeps the instrument id and
 * version, the answers, the band (or flag) and the score. Free-text answers
 * and the reason for a chosen flag are encrypted notes (subject
 * `assessment`), never plain in `answers`; acute danger and recent sexual
 * violence (yes/no, only when yes) are kept with the answers so the outcome
 * page shows the same advice. Every assessment replaces the open
 * re-assessment task of that instrument with a new one, and its urgent
 * advice becomes tasks due today (urgent-advice.ts), in the same transaction.
 */
export interface AssessmentRow {
  id: string;
  instrumentId: string;
  instrumentVersion: string;
  band: ScreeningResult extends infer R ? (R extends { band: infer B } ? B : never) | null : never;
  flag: "green" | "yellow" | "red" | "black" | null;
  score: number | null;
  assessedAt: Date;
  assessedBy: string;
}

export async function addAssessment(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  input: { definition: InstrumentDefinition; request: ScoreRequest; result: ScreeningResult },
  now = new Date(),
): Promise<string | undefined> {
  const { definition, request, result } = input;
  const textItems = new Set(
    allItems(definition)
      .filter((item) => item.type === "text")
      .map((item) => item.id),
  );
  const plain = Object.fromEntries(Object.entries(request.answers).filter(([id]) => !textItems.has(id)));
  const free = freeTextNote(
    Object.entries(request.answers)
      .filter(([id, value]) => textItems.has(id) && typeof value === "string" && value.trim() !== "")
      .map(([id, value]) => [id, String(value)]),
    request.override?.reason,
  );
  const outcome = result.kind === "signals" ? result.band : result.flag;
  const id = newId();
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: "case.assessment_added", now },
    async (trx, found) => {
      await trx
        .insertInto("case_assessment")
        .values({
          id,
          case_id: caseId,
          tenant_id: actor.tenantId,
          instrument_id: definition.id,
          instrument_version: definition.version,
          answers: JSON.stringify({
            ...plain,
            ...situationAnswers(request.context),
            ...(request.override ? { "override.flag": request.override.flag } : {}),
          }),
          band: result.kind === "signals" ? result.band : null,
          flag: result.kind === "flags" ? result.flag : null,
          score: result.kind === "signals" ? result.total : null,
          assessed_by: actor.userId,
          assessed_at: now,
        })
        .execute();
      if (free !== "") {
        await writeNote(
          trx,
          config,
          actor,
          { caseId, subjectType: "assessment", subjectId: id, text: free },
          now,
        );
      }
      // One open re-assessment per instrument: the newest.
      const reassess = {
        caseId,
        tenantId: actor.tenantId,
        kind: "reassess" as const,
        instrumentId: definition.id,
        now,
      };
      await closeOpenTasks(trx, { ...reassess, doneBy: actor.userId });
      await addTasks(trx, {
        ...reassess,
        assignees: [found.ownerUserId],
        createdBy: actor.userId,
        dueOn: reassessDueOn(outcome, now.toISOString().slice(0, 10)),
      });
      // Urgent advice (now or today) is a task due today for the owner, one open task per advice rule.
      for (const ruleId of urgentAdviceIds(result.advice)) {
        await openTaskOnce(trx, {
          caseId,
          tenantId: actor.tenantId,
          kind: "urgent_advice",
          detail: ruleId,
          assignedTo: found.ownerUserId,
          createdBy: actor.userId,
          now,
        });
      }
    },
  );
  return written.ok ? id : undefined;
}

/**
 * All assessments of a case the actor may read, oldest first, with their
 * stored answers (the case page looks for red flags in them).
 */
export async function listAssessments(db: Kysely<Database>, actor: CaseActor, caseId: string) {
  const found = await findCase(db, actor, caseId);
  if (!found) return [];
  const rows = await db
    .selectFrom("case_assessment as a")
    .innerJoin("user_account as u", "u.id", "a.assessed_by")
    .select([
      "a.id",
      "a.instrument_id",
      "a.instrument_version",
      "a.band",
      "a.flag",
      "a.score",
      "a.answers",
      "a.assessed_at",
      sql<string>`coalesce(nullif(u.name, ''), u.email)`.as("assessed_by"),
    ])
    .where("a.case_id", "=", caseId)
    .where("a.tenant_id", "=", actor.tenantId)
    .orderBy("a.assessed_at")
    .orderBy("a.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    band: row.band,
    flag: row.flag,
    score: row.score,
    answers: row.answers,
    assessedAt: row.assessed_at,
    assessedBy: row.assessed_by,
  }));
}

/** One stored assessment with its answers and decrypted free text, for showing it again. */
export async function getAssessment(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  assessmentId: string,
) {
  const found = await findCase(db, actor, caseId);
  if (!found) return undefined;
  const row = await db
    .selectFrom("case_assessment as a")
    .innerJoin("user_account as u", "u.id", "a.assessed_by")
    .selectAll("a")
    .select(sql<string>`coalesce(nullif(u.name, ''), u.email)`.as("assessed_by_name"))
    .where("a.id", "=", assessmentId)
    .where("a.case_id", "=", caseId)
    .where("a.tenant_id", "=", actor.tenantId)
    .executeTakeFirst();
  if (!row) return undefined;
  const notes = (await listNotes(db, config, actor, caseId)).filter(
    (note) => note.subjectType === "assessment" && note.subjectId === assessmentId,
  );
  return { ...row, freeText: notes.map((note) => note.text) };
}
