import type { Kysely } from "kysely";
import pino from "pino";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { flashCookieName } from "../flash/flash";
import { createTenant, createUser } from "../accounts/accounts.server";
import type { Role } from "../accounts/permissions";
import { createSession, sessionCookieName } from "../accounts/sessions.server";

/**
 * Test support for calling the case pages' real loaders and actions with a
 * signed-in person: who is signed in, the request they send (a form gets
 * their CSRF token unless it brings its own), and what came back (status,
 * redirect, whether a flash message was set), also when a Response was thrown.
 */
export interface SignedInPerson {
  userId: string;
  cookie: string;
  csrf: string;
}

/** A person with a session that has passed the second factor. */
export async function signedInPerson(
  db: Kysely<Database>,
  tenantId: string,
  key: string,
  role: Role,
): Promise<SignedInPerson> {
  const userId = await createUser(db, { tenantId, email: `${key}@${tenantId}.nl`, role });
  const session = await createSession(db, userId, {
    secondFactorDone: true,
    userAgent: "test",
    now: new Date(),
  });
  return { userId, cookie: `${sessionCookieName}=${session.token}`, csrf: session.csrfToken };
}

export interface RouteOutcome {
  status: number;
  location: string | null;
  flash: boolean;
}

function outcomeOf(value: unknown): RouteOutcome | null {
  if (value instanceof Response) {
    return {
      status: value.status,
      location: value.headers.get("Location"),
      flash: (value.headers.get("Set-Cookie") ?? "").startsWith(`${flashCookieName}=`),
    };
  }
  if (value && typeof value === "object" && "init" in value && "data" in value) {
    return {
      status: (value as { init: ResponseInit | null }).init?.status ?? 200,
      location: null,
      flash: false,
    };
  }
  return null;
}

type Handler = (args: never) => Promise<unknown>;
export type Form = Record<string, string | readonly string[]>;

/**
 * Calls handlers as `who` (null: anonymous). `call` answers the outcome,
 * `load` the loader's data (it throws what the loader throws).
 */
export function routeHarness(options: {
  db: () => Kysely<Database>;
  config: Config;
  people: Record<string, SignedInPerson>;
  clientAddress: string;
}) {
  const context = () => ({
    db: options.db(),
    config: options.config,
    logger: pino({ level: "silent" }),
    cspNonce: "test",
    clientAddress: options.clientAddress,
  });
  const request = (who: string | null, params: Record<string, string>, form?: Form) => {
    const person = who === null ? undefined : options.people[who];
    const body = new URLSearchParams();
    if (form) {
      if (person && !("csrf" in form)) body.set("csrf", person.csrf);
      for (const [name, value] of Object.entries(form)) {
        for (const item of typeof value === "string" ? [value] : value) body.append(name, item);
      }
    }
    return new Request(`http://localhost/casussen/${params.id ?? ""}`, {
      method: form ? "POST" : "GET",
      headers: person ? { Cookie: person.cookie } : {},
      ...(form ? { body } : {}),
    });
  };
  const call = async (
    handler: Handler,
    who: string | null,
    params: Record<string, string>,
    form?: Form,
  ): Promise<RouteOutcome> => {
    try {
      const answer = await handler({
        request: request(who, params, form),
        params,
        context: context(),
      } as never);
      return outcomeOf(answer) ?? { status: 200, location: null, flash: false };
    } catch (error) {
      const outcome = outcomeOf(error);
      if (!outcome) throw error;
      return outcome;
    }
  };
  const load = <T>(loader: (args: never) => Promise<T>, who: string, params: Record<string, string>) =>
    loader({ request: request(who, params), params, context: context() } as never);
  return { call, load, context };
}

/** Makes the organisations named and a signed-in person for each key: `{ pia: ["org-a", "professional"] }`. */
export async function signInPeople<Key extends string>(
  db: Kysely<Database>,
  spec: Record<Key, readonly [tenantId: string, role: Role]>,
): Promise<Record<Key, SignedInPerson>> {
  const entries = Object.entries(spec) as Array<[Key, readonly [string, Role]]>;
  for (const tenantId of new Set(entries.map(([, [tenant]]) => tenant))) {
    await createTenant(db, { id: tenantId, name: tenantId });
  }
  const people = {} as Record<Key, SignedInPerson>;
  for (const [key, [tenantId, role]] of entries) people[key] = await signedInPerson(db, tenantId, key, role);
  return people;
}
