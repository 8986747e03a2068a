import type { Route } from "./+types/instruments";
import { localeFromCookieHeader, translator } from "../../i18n";
import {
  jsonMethodNotAllowed,
  jsonResponse,
  preflight,
  readMethods,
} from "../../modules/screening/api-response";
import { instruments } from "../../modules/screening/instruments";

/** GET /api/instruments: the list of instruments with links to their definition and FHIR export. */
export function loader({ request }: Route.LoaderArgs) {
  if (request.method === "OPTIONS") return preflight(readMethods);
  return jsonResponse({
    instruments: instruments.map((definition) => ({
      id: definition.id,
      version: definition.version,
      title: definition.title,
      summary: definition.summary,
      audience: definition.audience,
      languageLevel: definition.languageLevel,
      kind: definition.kind,
      links: {
        definition: `/api/instruments/${definition.id}`,
        fhir: `/api/instruments/${definition.id}/fhir`,
        score: `/api/instruments/${definition.id}/score`,
        form: `/signaleren/${definition.id}`,
      },
    })),
  });
}

/** POST, PUT, PATCH, DELETE: the list is read-only. */
export function action({ request }: Route.ActionArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  return jsonMethodNotAllowed(readMethods, t("screening.api.getOnly"));
}
