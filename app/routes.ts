import { index, route, type RouteConfig } from "@react-router/dev/routes";

/**
 * The explicit route table. Dutch URLs, English file names (DESIGN.md).
 * Health checks (/healthz, /readyz) are served by server/http.ts, not here.
 * Knowledge, youth and parent pages share one route module (one per section id).
 */
export default [
  index("routes/home.tsx"),
  route("wegwijzer", "routes/directory/index.tsx"),
  route("wegwijzer/diensten/:id", "routes/directory/service.tsx"),
  route("wegwijzer/organisaties/:id", "routes/directory/organisation.tsx"),
  route("wegwijzer/plaatsen", "routes/directory/places.ts"),
  route("api/hsds", "routes/api/hsds.ts", { id: "api-hsds-root" }),
  route("api/hsds/*", "routes/api/hsds.ts"),
  route("signaleren", "routes/screening/index.tsx"),
  route("signaleren/:id", "routes/screening/instrument.tsx"),
  route("signaleren/:id/pdf", "routes/screening/result-pdf.tsx"),
  route("api/instruments", "routes/api/instruments.ts"),
  route("api/instruments/:id", "routes/api/instrument.ts"),
  route("api/instruments/:id/fhir", "routes/api/instrument-fhir.ts"),
  route("api/instruments/:id/fhir/response", "routes/api/instrument-fhir-response.ts"),
  route("api/instruments/:id/score", "routes/api/instrument-score.ts"),
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
