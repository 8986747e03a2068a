import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../config.server";
import { testEngineLabel } from "../db/testing/test-database";
import { useTestDatabase } from "../db/testing/use-test-database";
import { action as signInAction } from "../routes/accounts/sign-in";
import {
  consumeAll,
  createRateLimit,
  createRateLimits,
  createSharedLimiter,
  rateLimitSettings,
  type RateLimitEnvironment,
  type RateLimits,
} from "./rate-limit.server";

/**
 * The rate limits count in the database, so that several Zicht processes on
 * one PostgreSQL server share them (decision 013). "Two processes" here are
 * two sets of limiter instances made separately over the same database, as
 * two servers would make them at start. The library reads the clock through
 * `Date.now()`; the tests set that clock instead of waiting.
 */
describe(`shared rate limits on ${testEngineLabel}`, () => {
  const database = useTestDatabase({ emptyBeforeEach: true });
  const start = new Date("2026-11-29T10:00:00.000Z");
  const environment = (): RateLimitEnvironment & { errors: string[] } => {
    const errors: string[] = [];
    return { hashKey: (key) => `h-${key}`, onStoreError: (limit) => errors.push(limit), errors };
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const storedRows = async () =>
    (
      await sql<{
        key: string;
        points: number;
      }>`select key, points from rate_limit order by key`.execute(database.db)
    ).rows;

  it("shares one count between two processes: the fourth attempt over both is refused, and passes after the window", async () => {
    const limit = { name: "test-shared", points: 3, durationSeconds: 60 };
    const first = createRateLimit(database.db, limit, environment());
    const second = createRateLimit(database.db, limit, environment());

    expect(await first.consume("198.51.100.1")).toBe(0);
    expect(await second.consume("198.51.100.1")).toBe(0);
    vi.setSystemTime(new Date(start.getTime() + 10_000));
    expect(await first.consume("198.51.100.1")).toBe(0);

    // Over both instances: refused, with the rest of the window (60 s from the first attempt) to wait.
    expect(await second.consume("198.51.100.1")).toBe(50);
    expect(await first.consume("198.51.100.1")).toBe(50);
    // Another key has its own count.
    expect(await second.consume("198.51.100.2")).toBe(0);

    vi.setSystemTime(new Date(start.getTime() + 59_999));
    expect(await first.consume("198.51.100.1")).toBeGreaterThan(0);
    vi.setSystemTime(new Date(start.getTime() + 60_001));
    expect(await second.consume("198.51.100.1")).toBe(0);
    expect(await first.consume("198.51.100.1")).toBe(0);
    expect(await first.consume("198.51.100.1")).toBe(0);
    expect(await second.consume("198.51.100.1")).toBeGreaterThan(0);
  });

  it("counts attempts that arrive at the same moment exactly once each", async () => {
    const limit = { name: "test-concurrent", points: 5, durationSeconds: 60 };
    const processes = [1, 2, 3].map(() => createRateLimit(database.db, limit, environment()));
    const waits = await Promise.all(
      Array.from({ length: 12 }, (_, index) => processes[index % 3]!.consume("same-key")),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
    expect(waits.filter((wait) => wait > 0)).toHaveLength(7);
    expect(await storedRows()).toEqual([{ key: "test-concurrent:h-same-key", points: 12 }]);
  });

  it("keeps limits apart and stores a keyed hash, never the address or e-mail address", async () => {
    const config = parseConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      ZICHT_SECRET_KEY: "rate-limit-test-key-rate-limit-test-key",
    });
    const limits = createRateLimits(database.db, { config, logger: pino({ level: "silent" }) });
    const other = createRateLimits(database.db, { config, logger: pino({ level: "silent" }) });
    for (let attempt = 0; attempt < rateLimitSettings.signInAccount.points; attempt++) {
      expect(await consumeAll([[attempt % 2 ? limits.signInAccount : other.signInAccount, "a@b.nl"]])).toBe(
        0,
      );
    }
    expect(await other.signInAccount.consume("a@b.nl")).toBe(rateLimitSettings.signInAccount.durationSeconds);
    // The same key in another limit counts on its own.
    expect(await limits.reset.consume("a@b.nl")).toBe(0);

    const rows = await storedRows();
    expect(rows.map((row) => row.key.replace(/:[0-9a-f]{64}$/, ":<hash>"))).toEqual([
      "reset:<hash>",
      "sign-in-account:<hash>",
    ]);
    expect(JSON.stringify(rows)).not.toContain("a@b.nl");
  });

  it("falls back to counting in this process, with one warning, while the shared table fails", async () => {
    const lines: Array<{ level: number; msg: string; limit: string }> = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const config = parseConfig({
      NODE_ENV: "test",
      ZICHT_SECRET_KEY: "rate-limit-test-key-rate-limit-test-key",
    });
    const limits = createRateLimits(database.db, { config, logger });
    await sql`alter table rate_limit rename to rate_limit_away`.execute(database.db);
    try {
      const points = rateLimitSettings.suggestion.points;
      for (let attempt = 0; attempt < points; attempt++) {
        expect(await limits.suggestion.consume("192.0.2.7")).toBe(0);
      }
      // Still limited, now by this process alone.
      expect(await limits.suggestion.consume("192.0.2.7")).toBe(rateLimitSettings.suggestion.durationSeconds);
    } finally {
      await sql`alter table rate_limit_away rename to rate_limit`.execute(database.db);
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, limit: "suggestion" });
    expect(lines[0]!.msg).toContain("gedeelde snelheidslimiet niet bereikbaar");

    // The table is back: counting is shared again (it starts afresh there).
    expect(await limits.suggestion.consume("192.0.2.7")).toBe(0);
    expect(await storedRows()).toHaveLength(1);
  });

  it("deletes rows that expired more than an hour ago, and only those", async () => {
    const old = createRateLimit(
      database.db,
      { name: "test-old", points: 3, durationSeconds: 60 },
      environment(),
    );
    await old.consume("a");
    vi.setSystemTime(new Date(start.getTime() + 2 * 3_600_000));
    const recent = createRateLimit(
      database.db,
      { name: "test-recent", points: 3, durationSeconds: 60 },
      environment(),
    );
    await recent.consume("b");
    vi.setSystemTime(new Date(start.getTime() + 2 * 3_600_000 + 120_000));

    // What the library's timer (sweepExpired) runs every 5 minutes: rows expired an hour ago.
    const sweeper = createSharedLimiter(database.db, { name: "sweep", points: 1, durationSeconds: 1 }, false);
    await (sweeper as unknown as { clearExpired(before: number): Promise<void> }).clearExpired(
      Date.now() - 3_600_000,
    );
    expect((await storedRows()).map((row) => row.key)).toEqual(["test-recent:h-b"]);
  });

  describe("the sign-in form", () => {
    const config = parseConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      ZICHT_SECRET_KEY: "rate-limit-test-key-rate-limit-test-key",
      ZICHT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "zicht-rate-limit-")),
    });
    const logger = pino({ level: "silent" });

    const signIn = async (rateLimits: RateLimits, clientAddress: string) => {
      const request = new Request("http://localhost/inloggen", {
        method: "POST",
        body: new URLSearchParams({ email: "Iemand@Example.org", password: "niet-het-wachtwoord" }),
      });
      const context = { db: database.db, config, logger, cspNonce: "test", clientAddress, rateLimits };
      const result = (await signInAction({ request, params: {}, context } as never)) as unknown as {
        init: ResponseInit | null;
        data: { retryAfter: number };
      };
      return {
        status: result.init?.status ?? 200,
        retryAfter: new Headers(result.init?.headers).get("Retry-After"),
        minutes: result.data.retryAfter,
      };
    };

    it("refuses the eleventh attempt for one e-mail address over two processes with 429 and Retry-After", async () => {
      const processA = createRateLimits(database.db, { config, logger });
      const processB = createRateLimits(database.db, { config, logger });
      for (let attempt = 0; attempt < 10; attempt++) {
        const result = await signIn(attempt % 2 ? processA : processB, `203.0.113.${attempt}`);
        expect(result.status).toBe(401);
      }
      const refused = await signIn(processA, "203.0.113.99");
      expect(refused).toEqual({ status: 429, retryAfter: "900", minutes: 15 });
    });
  });
});
