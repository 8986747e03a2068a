import { openApiDocument } from "./openapi";

/**
 * The HTTP answer for /api/openapi.json (pure: a Request in, a Response out):
 * the document on GET (HEAD without body), 204 on a CORS preflight, 405 with
 * `Allow` and the API's error shape on anything else. CORS on every answer.
 */

const cors = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
  "Access-Control-Max-Age": "86400",
};
const allowed = "GET, HEAD, OPTIONS";

export function openApiResponse(request: Request, publicUrl: string): Response {
  const method = request.method.toUpperCase();
  if (method === "OPTIONS") return new Response(null, { status: 204, headers: { ...cors, Allow: allowed } });
  const headers = { "Content-Type": "application/json; charset=utf-8", ...cors };
  if (method !== "GET" && method !== "HEAD") {
    const body = {
      error: "Dit document kan alleen gelezen worden: gebruik GET.",
      details: [{ method, allowed: allowed.split(", ") }],
    };
    return new Response(JSON.stringify(body), { status: 405, headers: { ...headers, Allow: allowed } });
  }
  const body = JSON.stringify(openApiDocument(publicUrl));
  return new Response(method === "HEAD" ? null : body, { status: 200, headers });
}
