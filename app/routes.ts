import { index, route, type RouteConfig } from "@react-router/dev/routes";

/**
 * The explicit route table. Dutch URLs, English file names (DESIGN.md).
 * Health checks (/healthz, /readyz) are served by server/http.ts, not here.
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
  route("kennisbank", "routes/knowledge/index.tsx"),
  route("bibliotheek", "routes/library/index.tsx"),
  route("jongeren", "routes/youth/index.tsx"),
  route("ouders", "routes/parents/index.tsx"),
  route("zoeken", "routes/search.tsx"),
  route("inloggen", "routes/accounts/sign-in.tsx"),
  route("inloggen/code", "routes/accounts/second-factor.tsx"),
  route("uitloggen", "routes/accounts/sign-out.tsx"),
  route("account", "routes/accounts/account.tsx"),
  route("uitnodiging/:token", "routes/accounts/invitation.tsx"),
  route("wachtwoord-vergeten", "routes/accounts/forgot-password.tsx"),
  route("wachtwoord-herstellen/:token", "routes/accounts/reset-password.tsx"),
  route("beheer", "routes/admin/index.tsx"),
  route("beheer/gebruikers", "routes/admin/users.tsx"),
  route("beheer/gebruikers/:id", "routes/admin/user.tsx"),
  route("beheer/organisaties", "routes/admin/organisations.tsx"),
  route("beheer/suggesties", "routes/admin/suggestions.tsx"),
  route("beheer/logboek", "routes/admin/audit.tsx"),
  route("beheer/outbox", "routes/admin/outbox.tsx"),
  route("taal", "routes/language.tsx"),
  route("_test/fout", "routes/test-error.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
