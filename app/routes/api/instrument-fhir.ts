import type { Route } from "./+types/instrument-fhir";
import { localeFromCookieHeader, translator } from "../../i18n";
import { jsonError, jsonResponse } from "../../modules/screening/api-response";
import { toQuestionnaire } from "../../modules/screening/fhir";
import { findInstrument } from "../../modules/screening/instruments";

/** GET /api/instruments/:id/fhir: the instrument as an HL7 FHIR R4 Questionnaire. */
export function loader({ params, request }: Route.LoaderArgs) {
  const definition = findInstrument(params.id);
  if (!definition) {
    const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
    return jsonError(404, t("screening.api.notFound", { id: params.id }));
  }
  return jsonResponse(toQuestionnaire(definition, new URL(request.url).origin), 200, {
    "Content-Type": "application/fhir+json; charset=utf-8",
  });
}
