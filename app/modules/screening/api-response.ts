/**
 * JSON answers of the instruments API: data, or `{ error, details }` with
 * the right status. Results are personal: never cached.
 */
export function jsonResponse(
  body: unknown,
  status = 200,
  extraHeaders: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...extraHeaders },
  });
}

export function jsonError(
  status: number,
  error: string,
  details: ReadonlyArray<{ field: string; message: string }> = [],
): Response {
  return jsonResponse({ error, details }, status, { "Cache-Control": "no-store" });
}
