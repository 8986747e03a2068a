import type { Route } from "./+types/instrument-score";
import { localeFromCookieHeader, translator } from "../../i18n";
import {
  jsonError,
  jsonMethodNotAllowed,
  jsonResponse,
  postMethods,
  preflight,
} from "../../modules/screening/api-response";
import { readJsonBody } from "../../modules/screening/api-request";
import { findInstrument } from "../../modules/screening/instruments";
import { scoreInstrumentRequest } from "../../modules/screening/score.server";

/** OPTIONS is the CORS preflight; GET and HEAD are not how you score: say so, in JSON. */
export function loader({ request }: Route.LoaderArgs) {
  if (request.method === "OPTIONS") return preflight(postMethods);
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  return jsonMethodNotAllowed(postMethods, t("screening.api.postOnly"));
}

/**
 * POST /api/instruments/:id/score with `{ answers, context, override? }`:
 * the result as JSON (band or flag, scores, explanation, advice). Nothing is stored.
 * PUT, PATCH and DELETE get a 405.
 */
export async function action({ params, request, context }: Route.ActionArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  if (request.method !== "POST") return jsonMethodNotAllowed(postMethods, t("screening.api.postOnly"));
  const definition = findInstrument(params.id);
  if (!definition) return jsonError(404, t("screening.api.notFound", { id: params.id }));
  const body = await readJsonBody(request, t);
  if (!body.ok) return body.response;
  const scored = await scoreInstrumentRequest(context.db, definition, body.value, t);
  if (!scored.ok) return jsonError(400, t("screening.api.invalid"), scored.details);
  const { kind: _kind, ...result } = scored.result;
  return jsonResponse(result, 200, { "Cache-Control": "no-store" });
}
