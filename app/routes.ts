import { index, route, type RouteConfig } from "@react-router/dev/routes";

/**
 * The explicit route table. Dutch URLs, English file names (DESIGN.md).
 * Health checks (/healthz, /readyz) are served by server/http.ts, not here.
 * Knowledge, youth and parent pages share one route module (one per section id).
 */
export default [
  index("routes/home.tsx"),
  route("wegwijzer", "routes/directory/index.tsx"),
  route("signaleren", "routes/screening/index.tsx"),
  route("kennisbank", "routes/knowledge/index.tsx"),
  route("kennisbank/:id", "routes/knowledge/page.tsx", { id: "knowledge-page" }),
  route("bibliotheek", "routes/library/index.tsx"),
  route("bibliotheek/:id", "routes/library/item.tsx"),
  route("jongeren", "routes/youth/index.tsx"),
  route("jongeren/:id", "routes/knowledge/page.tsx", { id: "youth-page" }),
  route("ouders", "routes/parents/index.tsx"),
  route("ouders/:id", "routes/knowledge/page.tsx", { id: "parents-page" }),
  route("zoeken", "routes/search.tsx"),
  route("inloggen", "routes/accounts/sign-in.tsx"),
  route("taal", "routes/language.tsx"),
  route("_test/fout", "routes/test-error.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
