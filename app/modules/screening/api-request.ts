import type { Translate } from "../../i18n";
import { jsonError, jsonMethodNotAllowed, postMethods } from "./api-response";

/** The request body parsed as JSON, or `ok: false` when it is not JSON. */
export async function parseJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: JSON.parse(await request.text()) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The JSON body of an API request, or the 400/405 answer that says why it cannot be read. */
export async function readJsonBody(
  request: Request,
  t: Translate,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (request.method !== "POST")
    return { ok: false, response: jsonMethodNotAllowed(postMethods, t("screening.api.postOnly")) };
  const body = await parseJsonBody(request);
  return body.ok ? body : { ok: false, response: jsonError(400, t("screening.api.badJson")) };
}
