import type { Route } from "./+types/instrument-fhir-response";
import { localeFromCookieHeader, translator } from "../../i18n";
import { jsonError, jsonResponse } from "../../modules/screening/api-response";
import { readJsonBody } from "../../modules/screening/api-request";
import { toQuestionnaireResponse } from "../../modules/screening/fhir";
import { findInstrument } from "../../modules/screening/instruments";
import { parseScoreRequest } from "../../modules/screening/score-request";

export function loader({ request }: Route.LoaderArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  return jsonError(405, t("screening.api.postOnly"));
}

/** POST /api/instruments/:id/fhir/response: the same body as /score, as an HL7 FHIR R4 QuestionnaireResponse. */
export async function action({ params, request }: Route.ActionArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const definition = findInstrument(params.id);
  if (!definition) return jsonError(404, t("screening.api.notFound", { id: params.id }));
  const body = await readJsonBody(request, t);
  if (!body.ok) return body.response;
  const parsed = parseScoreRequest(definition, body.value, t);
  if (!parsed.ok) return jsonError(400, t("screening.api.invalid"), parsed.details);
  return jsonResponse(
    toQuestionnaireResponse(definition, parsed.request.answers, new URL(request.url).origin),
    200,
    { "Content-Type": "application/fhir+json; charset=utf-8", "Cache-Control": "no-store" },
  );
}
