import type { Route } from "./+types/openapi";
import { openApiResponse } from "../../modules/directory/openapi-response";

/**
 * GET /api/openapi.json: the OpenAPI 3.1 document of /api/hsds and
 * /api/instruments, readable from any origin (CORS), with ZICHT_PUBLIC_URL
 * as its server. Other methods: 405 in the API's error shape.
 */
export function loader({ request, context }: Route.LoaderArgs) {
  return openApiResponse(request, context.config.publicUrl);
}

export function action({ request, context }: Route.ActionArgs) {
  return openApiResponse(request, context.config.publicUrl);
}
