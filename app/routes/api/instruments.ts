import type { Route } from "./+types/instruments";
import { jsonResponse } from "../../modules/screening/api-response";
import { instruments } from "../../modules/screening/instruments";

/** GET /api/instruments: the list of instruments with links to their definition and FHIR export. */
export function loader(_args: Route.LoaderArgs) {
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
