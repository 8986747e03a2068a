import type { Route } from "./+types/instrument";
import { localeFromCookieHeader, translator } from "../../i18n";
import { jsonError, jsonResponse } from "../../modules/screening/api-response";
import { findInstrument } from "../../modules/screening/instruments";

/** GET /api/instruments/:id: the definition (the validated content of content/instruments). */
export function loader({ params, request }: Route.LoaderArgs) {
  const definition = findInstrument(params.id);
  if (!definition) {
    const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
    return jsonError(404, t("screening.api.notFound", { id: params.id }));
  }
  return jsonResponse(definition);
}
