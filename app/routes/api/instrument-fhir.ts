import type { Route } from "./+types/instrument-fhir";
import { localeFromCookieHeader, translator } from "../../i18n";
import {
  fhirError,
  fhirMethodNotAllowed,
  fhirResponse,
  preflight,
  readMethods,
} from "../../modules/screening/api-response";
import { operationOutcome, toQuestionnaire } from "../../modules/screening/fhir";
import { findInstrument } from "../../modules/screening/instruments";

/**
 * GET /api/instruments/:id/fhir: the instrument as an HL7 FHIR R4
 * Questionnaire, its canonical URL under ZICHT_PUBLIC_URL. Errors are
 * OperationOutcomes.
 */
export function loader({ params, request, context }: Route.LoaderArgs) {
  if (request.method === "OPTIONS") return preflight(readMethods);
  const definition = findInstrument(params.id);
  if (!definition) {
    const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
    return fhirError(
      404,
      operationOutcome([{ code: "not-found", diagnostics: t("screening.api.notFound", { id: params.id }) }]),
    );
  }
  return fhirResponse(toQuestionnaire(definition, context.config.publicUrl));
}

/** POST, PUT, PATCH, DELETE: the Questionnaire is read-only. */
export function action({ request }: Route.ActionArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  return fhirMethodNotAllowed(
    readMethods,
    operationOutcome([{ code: "not-supported", diagnostics: t("screening.api.getOnly") }]),
  );
}
