import type { Translate } from "../../i18n";
import { jsonError } from "./api-response";

/** The JSON body of an API request, or the 400/405 answer that says why it cannot be read. */
export async function readJsonBody(
  request: Request,
  t: Translate,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (request.method !== "POST") return { ok: false, response: jsonError(405, t("screening.api.postOnly")) };
  try {
    return { ok: true, value: JSON.parse(await request.text()) as unknown };
  } catch {
    return { ok: false, response: jsonError(400, t("screening.api.badJson")) };
  }
}
