import { CompiledQuery, type Kysely } from "kysely";
import type { Logger } from "pino";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config.server";
import type { Database } from "../db/database";
import { keyedHash, secretKey } from "../modules/accounts/secrets.server";

/**
 * Rate limits for public forms and sign-in (decision 013). The counts live in
 * the database (`rate_limit`, one row per limit and key), so every Zicht
 * process on the same PostgreSQL server shares them; on embedded PGlite the
 * same table serves the one process. rate-limiter-flexible's
 * RateLimiterPostgres does the counting with one atomic upsert; it reaches
 * the database through our Kysely instance (see `pgClientFor`).
 *
 * A limit answers how long to wait; the route turns that into a 429 with a
 * Dutch message and `Retry-After`. When the database does not answer, a limit
 * falls back to counting in this process's memory and logs a warning.
 */
export interface RateLimit {
  /** Counts one attempt; returns the seconds to wait when over the limit, else 0. */
  consume(key: string): Promise<number>;
}

/** The limits of one process, created once with its database (server/http.ts). */
export interface RateLimits {
  /** "Klopt dit niet?": suggestions per address. */
  suggestion: RateLimit;
  /** Sign-in attempts per client address. */
  signInAddress: RateLimit;
  /** Sign-in attempts per e-mail address (the lockout acts before that). */
  signInAccount: RateLimit;
  /** Second-factor codes per session user and per address. */
  secondFactor: RateLimit;
  /** Password reset requests per address, per e-mail and per code. */
  reset: RateLimit;
  /** Invitations and invitation pages per address or user. */
  invitation: RateLimit;
}

/** How many attempts per how many seconds, per limit. */
export const rateLimitSettings: Record<keyof RateLimits, { points: number; durationSeconds: number }> = {
  suggestion: { points: 5, durationSeconds: 600 },
  signInAddress: { points: 20, durationSeconds: 600 },
  signInAccount: { points: 10, durationSeconds: 900 },
  secondFactor: { points: 10, durationSeconds: 600 },
  reset: { points: 5, durationSeconds: 3600 },
  invitation: { points: 20, durationSeconds: 3600 },
};

/** The table of the shared counts (migration 20261129_1000_rate-limit). */
export const rateLimitTable = "rate_limit";

/**
 * rate-limiter-flexible speaks to PostgreSQL through a `pg` client:
 * `query({ text, values })` answering `{ rows, rowCount }`. This object gives
 * it that call on top of our Kysely instance, so the limiter uses the same
 * pool (PostgreSQL) or the same serialised connection (PGlite) as the rest of
 * Zicht, and works on both engines.
 */
function pgClientFor(db: Kysely<Database>) {
  return {
    async query(query: { text: string; values?: readonly unknown[] }) {
      const result = await db.executeQuery(CompiledQuery.raw(query.text, [...(query.values ?? [])]));
      return {
        rows: result.rows,
        rowCount: result.numAffectedRows === undefined ? result.rows.length : Number(result.numAffectedRows),
      };
    },
  };
}

function secondsToWait(result: RateLimiterRes): number {
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}

async function consumeOne(limiter: RateLimiterMemory | RateLimiterPostgres, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return secondsToWait(error);
    throw error;
  }
}

export interface RateLimitOptions {
  /** Names the limit; its rows are `<name>:<hashed key>`. Unique per limit. */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * rate-limiter-flexible's limiter over the shared table, through our database
 * handle. The table comes from our migration (`tableCreated`: the library runs
 * no DDL). With `sweepExpired` the library deletes, every 5 minutes, the rows
 * that expired more than an hour ago (its `clearExpired`).
 */
export function createSharedLimiter(
  db: Kysely<Database>,
  options: RateLimitOptions,
  sweepExpired: boolean,
): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: pgClientFor(db),
    storeType: "client",
    tableName: rateLimitTable,
    tableCreated: true,
    clearExpiredByTimeout: sweepExpired,
    keyPrefix: options.name,
    points: options.points,
    duration: options.durationSeconds,
  });
}

export interface RateLimitEnvironment {
  /** What is stored instead of the caller's key (an address or e-mail address). */
  hashKey(key: string): string;
  /** Told when the shared store failed and this process counted on its own. */
  onStoreError(limit: string, error: unknown): void;
  /**
   * Let this limit delete expired rows of the whole table (every 5 minutes,
   * rows expired for more than an hour). One limit per process is enough.
   */
  sweepExpired?: boolean;
}

/**
 * One limit over the shared table. Instances made with the same database and
 * name share their counts, in one process or in several.
 */
export function createRateLimit(
  db: Kysely<Database>,
  options: RateLimitOptions,
  environment: RateLimitEnvironment,
): RateLimit {
  const shared = createSharedLimiter(db, options, environment.sweepExpired ?? false);
  const fallback = new RateLimiterMemory({
    keyPrefix: options.name,
    points: options.points,
    duration: options.durationSeconds,
  });
  return {
    async consume(key) {
      const stored = environment.hashKey(key);
      try {
        return await consumeOne(shared, stored);
      } catch (error) {
        environment.onStoreError(options.name, error);
        return consumeOne(fallback, stored);
      }
    },
  };
}

/**
 * Logs a failing shared store as a warning, at most once a minute per
 * process (an outage would otherwise write a line for every attempt).
 */
function storeErrorLogger(logger: Logger, intervalMs = 60_000): RateLimitEnvironment["onStoreError"] {
  let lastLoggedAt = Number.NEGATIVE_INFINITY;
  let notLogged = 0;
  return (limit, error) => {
    const now = Date.now();
    if (now - lastLoggedAt < intervalMs) {
      notLogged += 1;
      return;
    }
    logger.warn(
      { err: error, limit, alsoFailedSinceLastWarning: notLogged },
      "gedeelde snelheidslimiet niet bereikbaar: dit proces telt tijdelijk alleen zijn eigen pogingen",
    );
    lastLoggedAt = now;
    notLogged = 0;
  };
}

/**
 * The limits of this process. Keys are stored as a keyed hash (the platform's
 * secret key, like the audit log's addresses), never as is; every process on
 * one database therefore needs the same secret key to share its counts.
 */
export function createRateLimits(
  db: Kysely<Database>,
  options: { config: Config; logger: Logger },
): RateLimits {
  const environment: RateLimitEnvironment = {
    hashKey: (key) => keyedHash(secretKey(options.config), `rate-limit:${key}`),
    onStoreError: storeErrorLogger(options.logger),
  };
  const limit = (name: keyof RateLimits, kebab: string, sweepExpired = false) =>
    createRateLimit(db, { name: kebab, ...rateLimitSettings[name] }, { ...environment, sweepExpired });
  return {
    suggestion: limit("suggestion", "suggestion"),
    signInAddress: limit("signInAddress", "sign-in-address", true),
    signInAccount: limit("signInAccount", "sign-in-account"),
    secondFactor: limit("secondFactor", "second-factor"),
    reset: limit("reset", "reset"),
    invitation: limit("invitation", "invitation"),
  };
}

/** Consumes several limits at once; the longest wait wins. */
export async function consumeAll(entries: Array<[RateLimit, string]>): Promise<number> {
  const waits = await Promise.all(entries.map(([limit, key]) => limit.consume(key)));
  return Math.max(0, ...waits);
}
