import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import type { Translate } from "../../i18n";
import type { InstrumentDefinition } from "./definition";
import { evaluateInstrument, type ScreeningResult } from "./evaluate";
import { findFittingServices } from "./fitting-services.server";
import { adviceRules } from "./instruments";
import { parseScoreRequest, type RequestProblem, type ScoreRequest } from "./score-request";

/**
 * Checks a scoring request and, when it is sound, scores it with the advice
 * and the services that fit. The one path for the result page, the PDF and
 * the API. Nothing is stored: the answers live only in this request.
 */
export async function scoreInstrumentRequest(
  db: Kysely<Database>,
  definition: InstrumentDefinition,
  body: unknown,
  t: Translate,
): Promise<
  { ok: true; request: ScoreRequest; result: ScreeningResult } | { ok: false; details: RequestProblem[] }
> {
  const parsed = parseScoreRequest(definition, body, t);
  if (!parsed.ok) return parsed;
  const fittingServices = await findFittingServices(parsed.request.context, db);
  const result = evaluateInstrument(definition, parsed.request, { rules: adviceRules, fittingServices, t });
  return { ok: true, request: parsed.request, result };
}
