import type { Route } from "./+types/instrument-score";
import { localeFromCookieHeader, translator } from "../../i18n";
import { jsonError, jsonResponse } from "../../modules/screening/api-response";
import { readJsonBody } from "../../modules/screening/api-request";
import { findInstrument } from "../../modules/screening/instruments";
import { scoreInstrumentRequest } from "../../modules/screening/score.server";

/** GET is not how you score: say so, in JSON. */
export function loader({ request }: Route.LoaderArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  return jsonError(405, t("screening.api.postOnly"));
}

/**
 * POST /api/instruments/:id/score with `{ answers, context, override? }`:
 * the result as JSON (band or flag, scores, explanation, advice). Nothing is stored.
 */
export async function action({ params, request, context }: Route.ActionArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const definition = findInstrument(params.id);
  if (!definition) return jsonError(404, t("screening.api.notFound", { id: params.id }));
  const body = await readJsonBody(request, t);
  if (!body.ok) return body.response;
  const scored = await scoreInstrumentRequest(context.db, definition, body.value, t);
  if (!scored.ok) return jsonError(400, t("screening.api.invalid"), scored.details);
  const { kind: _kind, ...result } = scored.result;
  return jsonResponse(result, 200, { "Cache-Control": "no-store" });
}
