import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { translator } from "../../i18n";
import routes from "../../routes";
import { createRateLimits, type RateLimits } from "../../security/rate-limit.server";
import { addAssessment } from "../cases/assessments.server";
import { createCase } from "../cases/cases.server";
import { recordConsent } from "../cases/consents.server";
import { createReferral } from "../cases/referrals.server";
import { findInstrument } from "../screening/instruments";
import { scoreInstrumentRequest } from "../screening/score.server";
import { createTenant, createUser } from "./accounts.server";
import { can, roles, type Permission, type Role } from "./permissions";
import { createSession, sessionCookieName } from "./sessions.server";

/**
 * Every route of app/routes.ts × every role (and no one) × own or other
 * organisation → the expected status. The table below must name every route:
 * a new route without an entry fails the first test, so it cannot be forgotten.
 */
type Access =
  | { kind: "public" }
  | {
      kind: "signed-in";
      anyOf: Permission[];
      tenantParam?: "id";
      /** `:id` is a case: the own organisation's case (owned by the professional) or another's. */
      caseParam?: "id";
      /** Other route parameters, the same for every call. */
      params?: Record<string, string>;
      action?: boolean;
    }
  | { kind: "flow" }; // sign-in steps and links: guarded by their own token or half-way session

const workspace: Permission[] = [
  "manage:user:org",
  "manage:organisation:any",
  "edit:directory:any",
  "edit:content:any",
  "read:audit:org",
];

const seededPage = { section: "kennisbank", id: "daders", locale: "nl" };
const seededItem = { id: "podcast-na-de-daad" };
const content = (params: Record<string, string> = {}): Access => ({
  kind: "signed-in",
  anyOf: ["edit:content:any"],
  action: true,
  params,
});
const caseReaders: Permission[] = ["read:case:own", "read:case:org"];
const caseWriters: Permission[] = ["write:case:own", "write:case:org"];
const casePage = (params?: Record<string, string>): Access => ({
  kind: "signed-in",
  anyOf: caseReaders,
  caseParam: "id",
  action: true,
  ...(params ? { params } : {}),
});

const expectations: Record<string, Access> = {
  "": { kind: "public" },
  wegwijzer: { kind: "public" },
  "wegwijzer/diensten/:id": { kind: "public" },
  "wegwijzer/organisaties/:id": { kind: "public" },
  "wegwijzer/plaatsen": { kind: "public" },
  "api/hsds": { kind: "public" },
  "api/hsds/*": { kind: "public" },
  "api/openapi.json": { kind: "public" },
  signaleren: { kind: "public" },
  "signaleren/:id": { kind: "public" },
  "signaleren/:id/pdf": { kind: "public" },
  "api/instruments": { kind: "public" },
  "api/instruments/:id": { kind: "public" },
  "api/instruments/:id/fhir": { kind: "public" },
  "api/instruments/:id/fhir/response": { kind: "public" },
  "api/instruments/:id/score": { kind: "public" },
  kennisbank: { kind: "public" },
  "kennisbank/:id": { kind: "public" },
  bibliotheek: { kind: "public" },
  "bibliotheek/:id": { kind: "public" },
  jongeren: { kind: "public" },
  "jongeren/:id": { kind: "public" },
  ouders: { kind: "public" },
  "ouders/:id": { kind: "public" },
  zoeken: { kind: "public" },
  bronnen: { kind: "public" },
  taal: { kind: "public" },
  "_test/fout": { kind: "public" },
  "*": { kind: "public" },
  inloggen: { kind: "flow" },
  "inloggen/code": { kind: "flow" },
  uitloggen: { kind: "flow" },
  "uitnodiging/:token": { kind: "flow" },
  "wachtwoord-vergeten": { kind: "flow" },
  "wachtwoord-herstellen/:token": { kind: "flow" },
  account: { kind: "signed-in", anyOf: ["read:account:own"], action: true },
  beheer: { kind: "signed-in", anyOf: workspace },
  "beheer/gebruikers": { kind: "signed-in", anyOf: ["manage:user:org"], action: true },
  "beheer/gebruikers/:id": { kind: "signed-in", anyOf: ["manage:user:org"], tenantParam: "id", action: true },
  "beheer/organisaties": { kind: "signed-in", anyOf: ["manage:organisation:any"], action: true },
  "beheer/suggesties": { kind: "signed-in", anyOf: ["edit:directory:any"], action: true },
  "beheer/wegwijzer": { kind: "signed-in", anyOf: ["edit:directory:any"] },
  "beheer/wegwijzer/diensten/nieuw": { kind: "signed-in", anyOf: ["edit:directory:any"], action: true },
  "beheer/wegwijzer/diensten/:id": {
    kind: "signed-in",
    anyOf: ["edit:directory:any"],
    action: true,
    params: { id: "fier-ravi" },
  },
  "beheer/wegwijzer/organisaties/nieuw": { kind: "signed-in", anyOf: ["edit:directory:any"], action: true },
  "beheer/wegwijzer/organisaties/:id": {
    kind: "signed-in",
    anyOf: ["edit:directory:any"],
    action: true,
    params: { id: "fier" },
  },
  "beheer/logboek": { kind: "signed-in", anyOf: ["read:audit:org"] },
  "beheer/outbox": { kind: "signed-in", anyOf: ["read:outbox:any"] },
  "beheer/kennisbank": { kind: "signed-in", anyOf: ["edit:content:any"] },
  "beheer/kennisbank/:section/:id/:locale": content(seededPage),
  "beheer/kennisbank/:section/:id/:locale/geschiedenis": content(seededPage),
  "beheer/bibliotheek": { kind: "signed-in", anyOf: ["edit:content:any"] },
  "beheer/bibliotheek/nieuw": content(),
  "beheer/bibliotheek/:id": content(seededItem),
  "beheer/bibliotheek/:id/geschiedenis": content(seededItem),
  meldingen: { kind: "signed-in", anyOf: caseReaders, action: true },
  casussen: { kind: "signed-in", anyOf: caseReaders, action: true },
  "casussen/nieuw": { kind: "signed-in", anyOf: caseWriters, action: true },
  "casussen/:id": casePage(),
  "casussen/:id/bewerken": casePage(),
  "casussen/:id/signaleren/:instrumentId": casePage({ instrumentId: "signalen-seksuele-uitbuiting" }),
  // "$assessment": the assessment filled in in beforeAll on the own organisation's case.
  "casussen/:id/beoordelingen/:assessmentId": {
    kind: "signed-in",
    anyOf: caseReaders,
    caseParam: "id",
    params: { assessmentId: "$assessment" },
  },
  "casussen/:id/stappen/:step": casePage({ step: "3" }),
  "casussen/:id/toestemming": casePage(),
  "casussen/:id/afsluiten": casePage(),
  "casussen/:id/verwijzingen": casePage(),
  // "$referral": the referral made in beforeAll on the own organisation's case.
  "casussen/:id/verwijzingen/:referralId/brief": {
    kind: "signed-in",
    anyOf: caseReaders,
    caseParam: "id",
    params: { referralId: "$referral" },
  },
  "casussen/:id/meldingen/:kind": casePage({ kind: "veilig-thuis" }),
  "casussen/:id/meldingen/:kind/pdf": {
    kind: "signed-in",
    anyOf: caseReaders,
    caseParam: "id",
    params: { kind: "comensha" },
  },
  "casussen/:id/inzage/:format": {
    kind: "signed-in",
    anyOf: caseReaders,
    caseParam: "id",
    params: { format: "json" },
  },
};

interface RouteEntry {
  path?: string;
  index?: boolean;
  file: string;
  children?: RouteEntry[];
}

function flatten(entries: readonly RouteEntry[]): Array<{ path: string; file: string }> {
  return entries.flatMap((entry) => [
    { path: entry.index ? "" : (entry.path ?? ""), file: entry.file },
    ...flatten(entry.children ?? []),
  ]);
}

const table = flatten(routes as unknown as RouteEntry[]);

type Module = {
  loader?: (args: unknown) => Promise<unknown>;
  action?: (args: unknown) => Promise<unknown>;
};

/** The status a loader or action answers with: thrown or returned Response, data(), or a plain value. */
async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try {
    return statusOfValue(await run());
  } catch (error) {
    const status = statusOfValue(error);
    if (status === 200) throw error;
    return status;
  }
}

function statusOfValue(value: unknown): number {
  if (value instanceof Response) return value.status;
  if (value && typeof value === "object" && "init" in value && "data" in value) {
    return (value as { init: ResponseInit | null }).init?.status ?? 200;
  }
  return 200;
}

describe(`authorisation matrix (every route × role × organisation) on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const config = parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ZICHT_SECRET_KEY: "matrix-test-key-matrix-test-key-matrix",
    ZICHT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "zicht-matrix-")),
  });
  const cookies = new Map<Role, string>();
  const ownUser: Partial<Record<Role, string>> = {};
  let otherOrgUser = "";
  let ownCase = "";
  let otherOrgCase = "";
  let ownReferral = "";
  let ownAssessment = "";
  /** The route's fixed params, with "$referral" and "$assessment" replaced by their ids. */
  const fixedParams = (params: Record<string, string> | undefined) =>
    Object.fromEntries(
      Object.entries(params ?? {}).map(([name, value]) => [
        name,
        value === "$referral" ? ownReferral : value === "$assessment" ? ownAssessment : value,
      ]),
    );

  beforeAll(async () => {
    const db = database.db;
    await runSeeds(db);
    await createTenant(db, { id: "org-a", name: "A" });
    await createTenant(db, { id: "org-b", name: "B" });
    for (const role of roles) {
      const id = await createUser(db, { tenantId: "org-a", email: `${role}@a.nl`, role });
      ownUser[role] = id;
      const { token } = await createSession(db, id, {
        secondFactorDone: true,
        userAgent: "test",
        now: new Date(),
      });
      cookies.set(role, `${sessionCookieName}=${token}`);
    }
    otherOrgUser = await createUser(db, { tenantId: "org-b", email: "someone@b.nl", role: "professional" });
    const caseFields = {
      birthYear: 2010,
      gender: "unknown" as const,
      lvb: "unknown" as const,
      municipalityCode: null,
      exploitationForms: [],
    };
    ownCase = await createCase(
      db,
      config,
      { userId: ownUser.professional!, tenantId: "org-a", role: "professional" },
      { ...caseFields, pseudonym: "Matrix-A" },
    );
    otherOrgCase = await createCase(
      db,
      config,
      { userId: otherOrgUser, tenantId: "org-b", role: "professional" },
      { ...caseFields, pseudonym: "Matrix-B" },
    );
    // Consent for referral and CoMensha registration, and a referral, so the letter and the
    // CoMensha summary answer 200 for those who may read the case.
    const owner = { userId: ownUser.professional!, tenantId: "org-a", role: "professional" as const };
    // Whoever the rule for the case's age asks for: the young person and a parent, in writing.
    for (const purpose of ["referral", "comensha_registration"] as const) {
      for (const givenBy of ["young_person", "parent"] as const) {
        await recordConsent(db, config, owner, ownCase, {
          purpose,
          target: null,
          givenBy,
          givenOn: "2026-01-01",
          form: "written",
        });
      }
    }
    const referral = await createReferral(db, config, owner, ownCase, {
      serviceId: "fier-advies-en-aanmeldingen",
      question: "Kunnen jullie helpen?",
    });
    if (!referral.ok) throw new Error(`no referral: ${referral.problem}`);
    ownReferral = referral.id;
    const definition = findInstrument("signalen-seksuele-uitbuiting")!;
    const scored = await scoreInstrumentRequest(
      db,
      definition,
      { answers: {}, context: {} },
      translator("nl"),
    );
    if (!scored.ok) throw new Error("no assessment");
    ownAssessment = (await addAssessment(db, config, owner, ownCase, { definition, ...scored }))!;
  }, 60_000);

  const logger = pino({ level: "silent" });
  let rateLimits: RateLimits | undefined;
  const context = () => ({
    db: database.db,
    config,
    logger,
    cspNonce: "test",
    clientAddress: "192.0.2.10",
    rateLimits: (rateLimits ??= createRateLimits(database.db, { config, logger })),
  });

  const call = async (
    file: string,
    kind: "loader" | "action",
    role: Role | null,
    params: Record<string, string>,
    body?: URLSearchParams,
  ) => {
    const module = (await import(`../../${file}`)) as Module;
    const handler = module[kind];
    if (!handler) return null;
    const headers = new Headers(role ? { Cookie: cookies.get(role)! } : {});
    const request = new Request("http://localhost/x", {
      method: kind === "loader" ? "GET" : "POST",
      headers,
      body,
    });
    return statusOf(() => handler({ request, params, context: context() }));
  };

  it("names every route of app/routes.ts, and no route that is gone", () => {
    const paths = table.map((entry) => entry.path);
    expect(paths.filter((route) => !(route in expectations))).toEqual([]);
    expect(Object.keys(expectations).filter((route) => !paths.includes(route))).toEqual([]);
  });

  const guarded = table.filter((entry) => expectations[entry.path]?.kind === "signed-in");

  it.each(guarded.map((entry) => [entry.path, entry.file]))(
    "/%s: no one → sign-in; each role → 200 with the permission, else 403; other organisation → 404",
    async (route, file) => {
      const access = expectations[route] as Extract<Access, { kind: "signed-in" }>;
      const ownParams = (role: Role): Record<string, string> => ({
        ...fixedParams(access.params),
        ...(access.tenantParam
          ? { [access.tenantParam]: ownUser[role === "org_admin" ? "professional" : role]! }
          : {}),
        ...(access.caseParam ? { [access.caseParam]: ownCase } : {}),
      });
      expect(await call(file, "loader", null, ownParams("professional"))).toBe(302);
      for (const role of roles) {
        const allowed = access.anyOf.some((permission) => can(role, permission));
        expect({ role, status: await call(file, "loader", role, ownParams(role)) }).toEqual({
          role,
          status: allowed ? 200 : 403,
        });
        if (allowed && access.tenantParam) {
          expect({
            role,
            other: await call(file, "loader", role, { [access.tenantParam]: otherOrgUser }),
          }).toEqual({
            role,
            other: 404,
          });
        }
        if (allowed && access.caseParam) {
          expect({
            role,
            other: await call(file, "loader", role, {
              ...fixedParams(access.params),
              [access.caseParam]: otherOrgCase,
            }),
          }).toEqual({ role, other: 404 });
        }
        if (access.action) {
          // Without the session's form token nothing changes: 403 (or 403 for lacking the permission).
          const status = await call(
            file,
            "action",
            role,
            ownParams(role),
            new URLSearchParams({ intent: "x" }),
          );
          expect({ role, action: status }).toEqual({ role, action: 403 });
        }
      }
    },
    60_000,
  );

  it("lets an org admin's form with the right token through to validation, but not for another organisation", async () => {
    const me = "org_admin" as const;
    const token = (
      await database.db
        .selectFrom("user_session")
        .select("csrf_token")
        .where("user_id", "=", ownUser[me]!)
        .executeTakeFirstOrThrow()
    ).csrf_token;
    const file = table.find((entry) => entry.path === "beheer/gebruikers/:id")!.file;
    const body = () => new URLSearchParams({ csrf: token, role: "org_admin" });
    expect(await call(file, "action", me, { id: otherOrgUser }, body())).toBe(404);
    expect(await call(file, "action", me, { id: ownUser.professional! }, body())).toBe(200);
    const changed = await database.db
      .selectFrom("user_account")
      .select("role")
      .where("id", "=", otherOrgUser)
      .executeTakeFirstOrThrow();
    expect(changed.role).toBe("professional");
  });
});
