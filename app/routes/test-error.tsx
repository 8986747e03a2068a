import { data } from "react-router";
import type { Route } from "./+types/test-error";

/**
 * Lets the end-to-end suite prove that a failing loader gives the friendly
 * 500 page and a log line. Exists only when ZICHT_TEST_ROUTES=true; otherwise 404.
 */
export function loader({ context }: Route.LoaderArgs) {
  if (!context.config.testRoutes) throw data(null, { status: 404 });
  throw new Error("Opzettelijke testfout in een loader");
}

export default function TestError() {
  return null;
}
