import type { Kysely, Transaction } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { translator } from "../../i18n";
import { createTenant, getTenant } from "../accounts/accounts.server";
import { appendAudit } from "../accounts/audit.server";
import { createInvitation, sendInvitation } from "../accounts/invitations.server";
import { allItems } from "../screening/definition";
import { findInstrument } from "../screening/instruments";
import { scoreInstrumentRequest } from "../screening/score.server";
import { addAssessment } from "./assessments.server";
import { createCase, type CaseFields } from "./cases.server";
import { addConsultation, saveStep } from "./steps.server";
import type { CaseActor } from "./visibility";

/**
 * `zicht demo`: a made-up organisation to try the case file with, for
 * development and demonstrations only. It invites a professional and a
 * safeguarding officer (the invitation links are the way in; there are no
 * passwords) and opens three pseudonymised demo cases as the professional,
 * through the same repository functions the pages use, so every row is
 * encrypted and audited as usual, all in one transaction. Refused in
 * production and when the demo organisation already exists.
 */
export const demoTenantId = "demo";

export type DemoResult =
  | { ok: true; links: { professional: string; safeguardingOfficer: string }; cases: string[] }
  | { ok: false; reason: "production" | "exists" };

export interface DemoCase {
  fields: Omit<CaseFields, "birthYear"> & { age: number };
  instrumentId: string;
  answers: Record<string, string | string[]>;
  framework?: Record<string, "yes" | "no">;
}

export const demoCases: readonly DemoCase[] = [
  {
    fields: {
      pseudonym: "Demo-Vos",
      age: 15,
      gender: "female",
      lvb: "yes",
      municipalityCode: "GM0518",
      exploitationForms: ["seksueel"],
    },
    instrumentId: "signalen-seksuele-uitbuiting",
    answers: { "nieuwe-oudere-vriend": "yes", "onder-druk": "yes", cadeaus: "yes", toezicht: "soms" },
    framework: { suspicion: "yes", unsafety: "no", canHelp: "yes", accepted: "yes" },
  },
  {
    fields: {
      pseudonym: "Demo-Uil",
      age: 16,
      gender: "male",
      lvb: "suspected",
      municipalityCode: "GM0363",
      exploitationForms: ["crimineel"],
    },
    instrumentId: "signalen-criminele-uitbuiting",
    answers: { gevonden: ["veel-contant-geld"], "nachten-weg": "een-twee" },
  },
  {
    fields: {
      pseudonym: "Demo-Mees",
      age: 14,
      gender: "unknown",
      lvb: "unknown",
      municipalityCode: "GM0344",
      exploitationForms: [],
    },
    instrumentId: "vlaggen",
    answers: { toestemming: "yellow" },
  },
];

/** Every signal and flag item not named gets "no" or "green", so the demo outcome is a clear one. */
function fullAnswers(instrumentId: string, answers: Record<string, string | string[]>) {
  const definition = findInstrument(instrumentId);
  if (!definition) throw new Error(`demo: unknown instrument ${instrumentId}`);
  const filled: Record<string, string | string[]> = {};
  for (const item of allItems(definition)) {
    if (item.type === "signal") filled[item.id] = "no";
    if (item.type === "flag") filled[item.id] = "green";
  }
  return { definition, answers: { ...filled, ...answers } };
}

export interface DemoOptions {
  now?: Date;
  /** The cases to open; the tests pass a failing list to check that nothing is kept. */
  cases?: readonly DemoCase[];
}

/**
 * Everything in one transaction: a failure half-way (a refused score, a
 * database error) rolls back the organisation, the people, the cases and
 * their audit rows, so the demo can simply be run again. The invitation
 * e-mails are sent only after the commit.
 */
export async function createDemo(
  db: Kysely<Database>,
  config: Config,
  options: DemoOptions = {},
): Promise<DemoResult> {
  if (config.isProduction) return { ok: false, reason: "production" };
  const result = await db.transaction().execute((trx) => storeDemo(trx, config, options));
  if (!result.ok) return result;
  await sendInvitation(config, "professional@demo.example.org", result.links.professional);
  await sendInvitation(config, "aandachtsfunctionaris@demo.example.org", result.links.safeguardingOfficer);
  return result;
}

async function storeDemo(
  trx: Transaction<Database>,
  config: Config,
  { now = new Date(), cases: chosen = demoCases }: DemoOptions,
): Promise<DemoResult> {
  if (await getTenant(trx, demoTenantId)) return { ok: false, reason: "exists" };
  await createTenant(trx, { id: demoTenantId, name: "Demo-organisatie (verzonnen)" });
  await appendAudit(
    trx,
    config,
    {
      action: "organisation.created",
      actorUserId: null,
      tenantId: demoTenantId,
      targetType: "organisation",
      targetId: demoTenantId,
    },
    now,
  );
  const invite = (email: string, name: string, role: "professional" | "safeguarding_officer") =>
    createInvitation(trx, config, { tenantId: demoTenantId, email, name, role }, { userId: null }, now);
  const professional = await invite("professional@demo.example.org", "Demo-professional", "professional");
  const officer = await invite(
    "aandachtsfunctionaris@demo.example.org",
    "Demo-aandachtsfunctionaris",
    "safeguarding_officer",
  );
  const actor: CaseActor = { userId: professional.userId, tenantId: demoTenantId, role: "professional" };
  const t = translator("nl");
  const today = now.toISOString().slice(0, 10);
  const cases: string[] = [];
  for (const demo of chosen) {
    const { age, ...fields } = demo.fields;
    const caseId = await createCase(
      trx,
      config,
      actor,
      { ...fields, birthYear: now.getUTCFullYear() - age - 1 },
      now,
    );
    const { definition, answers } = fullAnswers(demo.instrumentId, demo.answers);
    const scored = await scoreInstrumentRequest(trx, definition, { answers, context: {} }, t);
    if (!scored.ok) throw new Error(`demo: ${scored.details.map((problem) => problem.message).join(" ")}`);
    const assessmentId = await addAssessment(trx, config, actor, caseId, { definition, ...scored }, now);
    await saveStep(
      trx,
      config,
      actor,
      caseId,
      1,
      { status: "done", data: { assessmentIds: assessmentId ? [assessmentId] : [] }, note: "", version: 0 },
      now,
    );
    if (demo.framework) {
      await addConsultation(
        trx,
        config,
        actor,
        caseId,
        {
          consulted: "safeguarding_officer",
          consultedOn: today,
          advice: "Demo: bespreek de signalen met de jongere en kijk samen welke hulp past.",
        },
        now,
      );
      await saveStep(trx, config, actor, caseId, 2, { status: "done", data: {}, note: "", version: 0 }, now);
      await saveStep(
        trx,
        config,
        actor,
        caseId,
        4,
        { status: "done", data: demo.framework, note: "", version: 0 },
        now,
      );
    }
    cases.push(fields.pseudonym);
  }
  return {
    ok: true,
    links: { professional: professional.link, safeguardingOfficer: officer.link },
    cases,
  };
}
