import type { Route } from "./+types/hsds";
import { handleHsdsRequest } from "../../modules/directory/hsds-api.server";

/**
 * The HSDS 3.0 API under /api/hsds (registered twice in routes.ts: the root
 * and everything below it). A resource route: all the work, including
 * CORS, errors and methods other than GET, is in handleHsdsRequest. The
 * profile URI and openapi_url start with ZICHT_PUBLIC_URL, never the Host.
 */
export function loader({ request, context }: Route.LoaderArgs) {
  return handleHsdsRequest(context.db, request, { publicUrl: context.config.publicUrl });
}

export function action({ request, context }: Route.ActionArgs) {
  return handleHsdsRequest(context.db, request, { publicUrl: context.config.publicUrl });
}
