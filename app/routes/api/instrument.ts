import type { Route } from "./+types/instrument";
import { localeFromCookieHeader, translator } from "../../i18n";
import {
  jsonError,
  jsonMethodNotAllowed,
  jsonResponse,
  preflight,
  readMethods,
} from "../../modules/screening/api-response";
import { findInstrument } from "../../modules/screening/instruments";

/** GET /api/instruments/:id: the definition (the validated content of content/instruments). */
export function loader({ params, request }: Route.LoaderArgs) {
  if (request.method === "OPTIONS") return preflight(readMethods);
  const definition = findInstrument(params.id);
  if (!definition) {
    const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
    return jsonError(404, t("screening.api.notFound", { id: params.id }));
  }
  return jsonResponse(definition);
}

/** POST, PUT, PATCH, DELETE: a definition is read-only. */
export function action({ request }: Route.ActionArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  return jsonMethodNotAllowed(readMethods, t("screening.api.getOnly"));
}
