import type { OperationOutcome } from "./fhir";

/**
 * Answers of the instruments API (/api/instruments…): data, or
 * `{ error, details }` with the right status (FHIR endpoints: an
 * OperationOutcome instead). Every answer allows any origin (CORS): the API
 * is public and reads no cookies but the language. Results are personal:
 * never cached.
 */

/** The methods an endpoint answers; anything else is a 405 with these in `Allow`. */
export type Methods = readonly string[];
export const readMethods: Methods = ["GET", "HEAD", "OPTIONS"];
export const postMethods: Methods = ["POST", "OPTIONS"];

export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
  "Access-Control-Max-Age": "86400",
} as const;

export const fhirContentType = "application/fhir+json; charset=utf-8";

export function jsonResponse(
  body: unknown,
  status = 200,
  extraHeaders: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...corsHeaders, ...extraHeaders },
  });
}

export function jsonError(
  status: number,
  error: string,
  details: ReadonlyArray<{ field: string; message: string }> = [],
  extraHeaders: Record<string, string> = {},
): Response {
  return jsonResponse({ error, details }, status, { "Cache-Control": "no-store", ...extraHeaders });
}

/** A FHIR resource (R4 JSON), as `application/fhir+json`. */
export function fhirResponse(
  resource: { resourceType: string },
  status = 200,
  extraHeaders: Record<string, string> = {},
): Response {
  return jsonResponse(resource, status, { "Content-Type": fhirContentType, ...extraHeaders });
}

/** A FHIR error: the OperationOutcome with the HTTP status that goes with it. */
export function fhirError(
  status: number,
  outcome: OperationOutcome,
  extraHeaders: Record<string, string> = {},
): Response {
  return fhirResponse(outcome, status, { "Cache-Control": "no-store", ...extraHeaders });
}

const allowHeaders = (methods: Methods) => ({
  Allow: methods.join(", "),
  "Access-Control-Allow-Methods": methods.join(", "),
});

/** The answer to a CORS preflight (OPTIONS): no body, which methods and headers may be used. */
export function preflight(methods: Methods): Response {
  return new Response(null, { status: 204, headers: { ...corsHeaders, ...allowHeaders(methods) } });
}

/** 405 for a method the endpoint does not take, with `Allow`: `{ error, details }`. */
export function jsonMethodNotAllowed(methods: Methods, message: string): Response {
  return jsonError(405, message, [], allowHeaders(methods));
}

/** 405 for a method a FHIR endpoint does not take, with `Allow`: an OperationOutcome. */
export function fhirMethodNotAllowed(methods: Methods, outcome: OperationOutcome): Response {
  return fhirError(405, outcome, allowHeaders(methods));
}
