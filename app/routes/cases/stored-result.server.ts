import type { Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import type { Translate } from "../../i18n";
import { storedScoreBody, storedSituation } from "../../modules/cases/assessment-answers";
import { getAssessment, listAssessments } from "../../modules/cases/assessments.server";
import { caseScreeningContext } from "../../modules/cases/case-form";
import type { CaseActor } from "../../modules/cases/visibility";
import { findInstrument } from "../../modules/screening/instruments";
import type { InstrumentDefinition } from "../../modules/screening/definition";
import { scoreInstrumentRequest } from "../../modules/screening/score.server";

/**
 * A stored assessment scored again from its answers, with the situation kept
 * with them (acute danger, recent sexual violence) and what the case knows
 * (age, gender, municipality), so the advice is the advice given when it was
 * saved. Only when the instrument has not changed since (null otherwise).
 */
export async function scoreStoredAssessment(
  db: Kysely<Database>,
  definition: InstrumentDefinition,
  stored: {
    instrument_version: string;
    answers: Readonly<Record<string, unknown>>;
    freeText: readonly string[];
    assessed_at: Date;
  },
  found: Parameters<typeof caseScreeningContext>[0],
  t: Translate,
) {
  if (stored.instrument_version !== definition.version) return null;
  const body = storedScoreBody(definition, stored.answers, stored.freeText);
  const scored = await scoreInstrumentRequest(
    db,
    definition,
    {
      ...body,
      context: {
        ...caseScreeningContext(found, stored.assessed_at.getUTCFullYear()),
        ...storedSituation(stored.answers),
      },
    },
    t,
  );
  return scored.ok ? { request: scored.request, result: scored.result } : null;
}

/**
 * The newest assessment of every instrument used in the case, with its
 * advice (scored again as above; null when the instrument changed since):
 * the case page's "latest outcome per instrument".
 */
export async function latestResults(
  db: Kysely<Database>,
  config: Config,
  actor: CaseActor,
  found: Parameters<typeof caseScreeningContext>[0] & { id: string },
  t: Translate,
) {
  const all = await listAssessments(db, actor, found.id);
  const latest = new Map<string, (typeof all)[number]>();
  for (const assessment of all) latest.set(assessment.instrumentId, assessment);
  const results = await Promise.all(
    [...latest.values()].map(async (assessment) => {
      const definition = findInstrument(assessment.instrumentId);
      const stored = definition ? await getAssessment(db, config, actor, found.id, assessment.id) : undefined;
      const scored =
        definition && stored ? await scoreStoredAssessment(db, definition, stored, found, t) : null;
      return {
        id: assessment.id,
        instrumentId: assessment.instrumentId,
        title: definition?.title ?? assessment.instrumentId,
        assessedAt: assessment.assessedAt.toISOString(),
        band: assessment.band,
        flag: assessment.flag,
        score: assessment.score,
        advice: scored ? scored.result.advice : null,
      };
    }),
  );
  return results.sort((a, b) => b.assessedAt.localeCompare(a.assessedAt));
}
