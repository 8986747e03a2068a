import { sql, type Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { searchDirectory } from "../directory/directory-search.server";
import { loadRegionData } from "../directory/places.server";
import { getServices } from "../directory/read.server";
import { emptyQuery } from "../directory/search-query";
import { findInstrument } from "../screening/instruments";
import { listAssessments } from "./assessments.server";
import {
  consentBasis,
  type AssessmentFact,
  type CaseFacts,
  type LetterInput,
  type SharingBasis,
} from "./case-summaries";
import { withWritableCase } from "./case-write.server";
import { auditCase, findCase, newId, type CaseActor, type CaseRow } from "./cases.server";
import { listNotes, writeNote } from "./notes.server";
import { consentFor } from "./consent";
import { consentGate, listConsents, overrideConsent } from "./consents.server";
import {
  maxQuestionLength,
  maxReasonLength,
  nextReferralStatus,
  referralSearchPrefill,
  type ReferralAction,
} from "./referral-flow";
import type { ReferralStatus } from "./tables";
import { readScope } from "./visibility";

/**
 * Referrals of a case to a Wegwijzer service. Making a referral and sending
 * it need referral consent for that service (its id, its name or its
 * organisation's name, or consent without a named target) that is not
 * withdrawn — or a safeguarding officer's override with a reason. Without
 * it nothing is stored. The professional's question to the service and a
 * decline reason are notes (encrypted).
 */

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The services to refer to: the Wegwijzer's own search (`searchDirectory`,
 * the function behind /wegwijzer), on the words as typed, so "meisje 15
 * Zwolle seksuele uitbuiting" reads gender, age, place and form and finds
 * what the Wegwijzer finds, in the same order. The first page only (at most
 * `pageSize`); `total` says how many there are in all.
 */
export async function serviceChoices(db: Kysely<Database>, text: string, now: Date) {
  const search = await searchDirectory(db, { ...emptyQuery, text }, now);
  return {
    total: search.total,
    capped: search.totalCapped,
    choices: search.results.map((result) => ({
      id: result.service.id,
      name: result.service.name.nl,
      organisation: result.service.organisation.name,
      areas: result.service.areas,
      areaRank: result.areaRank,
    })),
  };
}

/** The words the search starts with for this case (gender and municipality; see `referralSearchPrefill`). */
export async function referralSearchStart(
  db: Kysely<Database>,
  found: Pick<CaseRow, "gender" | "municipalityCode">,
): Promise<string> {
  return referralSearchPrefill(found, await loadRegionData(db));
}

export interface ReferralRow {
  id: string;
  serviceId: string;
  serviceName: string;
  status: ReferralStatus;
  version: number;
  basis: "consent" | "override";
  question: string;
  declineReason: string;
  createdAt: Date;
  sentAt: Date | null;
  events: Array<{ status: ReferralStatus; at: Date; by: string }>;
}

/** The referrals of a case the actor may read (the caller has found the case), newest first. */
export async function listReferrals(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
): Promise<ReferralRow[]> {
  const [rows, events, notes] = await Promise.all([
    db
      .selectFrom("case_referral")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("tenant_id", "=", actor.tenantId)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("case_referral_event as e")
      .innerJoin("case_referral as r", "r.id", "e.referral_id")
      .innerJoin("user_account as u", "u.id", "e.by_user")
      .select([
        "e.referral_id",
        "e.status",
        "e.at",
        sql<string>`coalesce(nullif(u.name, ''), u.email)`.as("by"),
      ])
      .where("r.case_id", "=", caseId)
      .where("e.tenant_id", "=", actor.tenantId)
      .orderBy("e.id")
      .execute(),
    listNotes(db, config, actor, caseId),
  ]);
  const note = (subjectId: string) =>
    notes.find((item) => item.subjectType === "referral" && item.subjectId === subjectId)?.text ?? "";
  return rows.map((row) => ({
    id: row.id,
    serviceId: row.service_id,
    serviceName: row.service_name,
    status: row.status,
    version: row.version,
    basis: row.override_id ? "override" : "consent",
    question: note(row.id),
    declineReason: note(`${row.id}:declined`),
    createdAt: row.created_at,
    sentAt: row.sent_at,
    events: events
      .filter((event) => event.referral_id === row.id)
      .map((event) => ({ status: event.status as ReferralStatus, at: event.at, by: event.by })),
  }));
}

type Gate = { consentId: string | null; overrideId: string | null };

/** Consent (or an override) for referring to this service on `at`: by id, service name or organisation name. */
async function referralGate(
  db: Kysely<Database>,
  actor: CaseActor,
  caseId: string,
  targets: readonly string[],
  at: string,
): Promise<Gate | "withdrawn" | "none"> {
  let reason: "withdrawn" | "none" = "none";
  for (const target of targets) {
    const decision = await consentGate(db, actor, caseId, "referral", target, at);
    if (decision.allowed) {
      return "consents" in decision
        ? { consentId: decision.consents[0]?.id ?? null, overrideId: null }
        : { consentId: null, overrideId: decision.overrideId };
    }
    if (decision.reason === "withdrawn") reason = "withdrawn";
  }
  return reason;
}

export type CreateReferralOutcome =
  | { ok: true; id: string }
  | {
      ok: false;
      problem:
        "not_found" | "closed" | "service" | "question" | "no_consent" | "withdrawn" | "override_reason";
    };

/**
 * Makes a referral (status concept). Refused — nothing stored — without
 * referral consent for the service. A safeguarding officer may go ahead
 * with `overrideReason`: the override is recorded (and audited) in the same transaction.
 */
export async function createReferral(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  input: { serviceId: string; question: string; overrideReason?: string },
  now = new Date(),
): Promise<CreateReferralOutcome> {
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: (outcome: CreateReferralOutcome) => (outcome.ok ? "case.referral_created" : null), now },
    async (trx): Promise<CreateReferralOutcome> => {
      const [service] = await getServices(trx, [input.serviceId]);
      if (!service || service.status !== "active") return { ok: false, problem: "service" };
      const question = input.question.trim();
      if (question === "" || question.length > maxQuestionLength) return { ok: false, problem: "question" };
      const targets = [service.id, service.name.nl, service.organisation.name];
      let gate = await referralGate(trx, actor, caseId, targets, today(now));
      if (typeof gate === "string") {
        if (input.overrideReason === undefined || readScope(actor) !== "org")
          return { ok: false, problem: gate === "withdrawn" ? "withdrawn" : "no_consent" };
        const reason = input.overrideReason.trim();
        if (reason === "" || reason.length > maxReasonLength)
          return { ok: false, problem: "override_reason" };
        const overrideId = await overrideConsent(
          trx,
          config,
          actor,
          caseId,
          { purpose: "referral", target: service.id, reason },
          now,
        );
        if (!overrideId) return { ok: false, problem: "not_found" };
        gate = { consentId: null, overrideId };
      }
      const id = newId();
      const stored: Gate = gate;
      await trx
        .insertInto("case_referral")
        .values({
          id,
          case_id: caseId,
          tenant_id: actor.tenantId,
          service_id: service.id,
          service_name: service.name.nl,
          status: "concept",
          consent_id: stored.consentId,
          override_id: stored.overrideId,
          created_by: actor.userId,
          created_at: now,
          updated_by: actor.userId,
          updated_at: now,
          sent_at: null,
        })
        .execute();
      await trx
        .insertInto("case_referral_event")
        .values({
          referral_id: id,
          tenant_id: actor.tenantId,
          status: "concept",
          by_user: actor.userId,
          at: now,
        })
        .execute();
      await writeNote(
        trx,
        config,
        actor,
        { caseId, subjectType: "referral", subjectId: id, text: question },
        now,
      );
      return { ok: true, id };
    },
  );
  return written.ok ? written.value : written;
}

export type ChangeReferralOutcome =
  | { ok: true; status: ReferralStatus }
  | {
      ok: false;
      problem:
        | "not_found"
        | "closed"
        | "not_allowed"
        | "reason_required"
        | "reason_too_long"
        | "changed"
        | "no_consent"
        | "withdrawn";
    };

/**
 * Moves a referral one step (referral-flow.ts). `version` is the version
 * the form showed: a newer one means someone else changed it (nothing
 * written). Sending checks the consent again: it may have been withdrawn
 * since the concept was made.
 */
export async function changeReferral(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  referralId: string,
  input: { action: ReferralAction; reason: string; version: number },
  now = new Date(),
): Promise<ChangeReferralOutcome> {
  const written = await withWritableCase(
    db,
    config,
    actor,
    caseId,
    { audit: (outcome: ChangeReferralOutcome) => (outcome.ok ? "case.referral_changed" : null), now },
    async (trx): Promise<ChangeReferralOutcome> => {
      const referral = await trx
        .selectFrom("case_referral")
        .selectAll()
        .where("id", "=", referralId)
        .where("case_id", "=", caseId)
        .where("tenant_id", "=", actor.tenantId)
        .executeTakeFirst();
      if (!referral) return { ok: false, problem: "not_found" };
      if (referral.version !== input.version) return { ok: false, problem: "changed" };
      const step = nextReferralStatus(referral.status, input.action, input.reason);
      if (!step.ok) return step;
      if (input.action === "send" && !referral.override_id) {
        const [service] = await getServices(trx, [referral.service_id]);
        const targets = [
          referral.service_id,
          referral.service_name,
          ...(service ? [service.organisation.name] : []),
        ];
        const gate = await referralGate(trx, actor, caseId, targets, today(now));
        if (typeof gate === "string")
          return { ok: false, problem: gate === "withdrawn" ? "withdrawn" : "no_consent" };
      }
      const result = await trx
        .updateTable("case_referral")
        .set({
          status: step.status,
          version: sql`version + 1`,
          updated_by: actor.userId,
          updated_at: now,
          ...(step.status === "sent" ? { sent_at: now } : {}),
        })
        .where("id", "=", referralId)
        .where("tenant_id", "=", actor.tenantId)
        .where("version", "=", input.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return { ok: false, problem: "changed" };
      await trx
        .insertInto("case_referral_event")
        .values({
          referral_id: referralId,
          tenant_id: actor.tenantId,
          status: step.status,
          by_user: actor.userId,
          at: now,
        })
        .execute();
      if (input.action === "decline") {
        await writeNote(
          trx,
          config,
          actor,
          { caseId, subjectType: "referral", subjectId: `${referralId}:declined`, text: input.reason.trim() },
          now,
        );
      }
      return { ok: true, status: step.status };
    },
  );
  return written.ok ? written.value : written;
}

/** The case facts the summaries start from. */
export function caseFacts(found: CaseRow): CaseFacts {
  return {
    pseudonym: found.pseudonym,
    birthYear: found.birthYear,
    gender: found.gender,
    lvb: found.lvb,
    municipalityCode: found.municipalityCode,
    exploitationForms: found.exploitationForms,
    openedOn: found.createdAt.toISOString().slice(0, 10),
  };
}

/** The latest assessment per instrument, as the summaries name them. */
export async function latestAssessments(
  db: Kysely<Database>,
  actor: CaseActor,
  caseId: string,
): Promise<AssessmentFact[]> {
  const all = await listAssessments(db, actor, caseId);
  const latest = new Map<string, (typeof all)[number]>();
  for (const assessment of all) latest.set(assessment.instrumentId, assessment);
  return [...latest.values()].map((assessment) => ({
    instrumentTitle: findInstrument(assessment.instrumentId)?.title ?? assessment.instrumentId,
    band: assessment.band,
    flag: assessment.flag,
    assessedOn: assessment.assessedAt.toISOString().slice(0, 10),
  }));
}

export type LetterOutcome =
  { ok: true; letter: LetterInput } | { ok: false; problem: "not_found" | "no_consent" };

/**
 * What the referral letter may contain, read for the actor and audited.
 * The consent must still hold today (a withdrawn consent stops the letter);
 * assessment outcomes only with consent to share with the service's organisation.
 */
export async function referralLetterInput(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  caseId: string,
  referralId: string,
  now = new Date(),
): Promise<LetterOutcome> {
  const found = await findCase(db, actor, caseId);
  if (!found) return { ok: false, problem: "not_found" };
  const referral = (await listReferrals(db, config, actor, caseId)).find((item) => item.id === referralId);
  if (!referral) return { ok: false, problem: "not_found" };
  const [service] = await getServices(db, [referral.serviceId]);
  const organisation = service?.organisation.name ?? "";
  const on = today(now);
  const consents = await listConsents(db, actor, caseId);
  let basis: SharingBasis;
  if (referral.basis === "override") {
    const override = await db
      .selectFrom("case_referral as r")
      .innerJoin("case_consent_override as o", "o.id", "r.override_id")
      .select("o.decided_at")
      .where("r.id", "=", referralId)
      .where("r.tenant_id", "=", actor.tenantId)
      .executeTakeFirstOrThrow();
    basis = { kind: "override", decidedOn: override.decided_at.toISOString().slice(0, 10) };
  } else {
    const targets = [referral.serviceId, referral.serviceName, organisation].filter(Boolean);
    const decision = targets
      .map((target) => consentFor("referral", target, consents, on, found.birthYear))
      .find((item) => item.allowed);
    if (!decision || !decision.allowed) return { ok: false, problem: "no_consent" };
    basis = consentBasis(decision.consents);
  }
  const sharing = organisation
    ? consentFor("share_with_organisation", organisation, consents, on, found.birthYear)
    : { allowed: false };
  const letter: LetterInput = {
    facts: caseFacts(found),
    service: { name: referral.serviceName, organisation },
    question: referral.question,
    basis,
    sharedAssessments: sharing.allowed ? await latestAssessments(db, actor, caseId) : null,
    writtenOn: on,
  };
  await auditCase(db, config, actor, "case.referral_letter", caseId, now);
  return { ok: true, letter };
}
