import type { Route } from "./+types/instrument-fhir-response";
import { localeFromCookieHeader, translator, type Translate } from "../../i18n";
import {
  fhirError,
  fhirMethodNotAllowed,
  fhirResponse,
  postMethods,
  preflight,
} from "../../modules/screening/api-response";
import { parseJsonBody } from "../../modules/screening/api-request";
import { operationOutcome, outcomeFromProblems, toQuestionnaireResponse } from "../../modules/screening/fhir";
import { findInstrument } from "../../modules/screening/instruments";
import { parseScoreRequest } from "../../modules/screening/score-request";

function postOnly(t: Translate): Response {
  return fhirMethodNotAllowed(
    postMethods,
    operationOutcome([{ code: "not-supported", diagnostics: t("screening.api.postOnly") }]),
  );
}

/** OPTIONS is the CORS preflight; GET and HEAD get a 405 OperationOutcome. */
export function loader({ request }: Route.LoaderArgs) {
  if (request.method === "OPTIONS") return preflight(postMethods);
  return postOnly(translator(localeFromCookieHeader(request.headers.get("Cookie"))));
}

/**
 * POST /api/instruments/:id/fhir/response: the same body as /score, as an
 * HL7 FHIR R4 QuestionnaireResponse (its `questionnaire` under
 * ZICHT_PUBLIC_URL). Errors are OperationOutcomes.
 */
export async function action({ params, request, context }: Route.ActionArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  if (request.method !== "POST") return postOnly(t);
  const definition = findInstrument(params.id);
  if (!definition)
    return fhirError(
      404,
      operationOutcome([{ code: "not-found", diagnostics: t("screening.api.notFound", { id: params.id }) }]),
    );
  const body = await parseJsonBody(request);
  if (!body.ok)
    return fhirError(400, operationOutcome([{ code: "structure", diagnostics: t("screening.api.badJson") }]));
  const parsed = parseScoreRequest(definition, body.value, t);
  if (!parsed.ok)
    return fhirError(
      400,
      outcomeFromProblems(parsed.details, {
        required: new Set([t("screening.error.criterionMissing"), t("screening.error.reason")]),
        structure: new Set([t("screening.error.shape")]),
      }),
    );
  return fhirResponse(
    toQuestionnaireResponse(definition, parsed.request.answers, context.config.publicUrl),
    200,
    { "Cache-Control": "no-store" },
  );
}
