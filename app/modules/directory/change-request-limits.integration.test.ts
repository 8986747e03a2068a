import pino from "pino";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { loader as suggestionsLoader } from "../../routes/admin/suggestions";
import { action as serviceAction } from "../../routes/directory/service";
import { createRateLimits, type RateLimits } from "../../security/rate-limit.server";
import { createTenant, createUser } from "../accounts/accounts.server";
import { createSession, sessionCookieName } from "../accounts/sessions.server";
import type { Suggestion } from "./change-request";
import {
  countChangeRequests,
  createChangeRequest,
  listChangeRequests,
  submitChangeRequest,
} from "./change-request.server";

/**
 * Issue 13, finding 13: the suggestion queue cannot be flooded from rotating
 * addresses. Limits counted in the database (per service, per hour for the
 * platform), duplicates stored once, the editors' list a page at a time.
 */
describe(`suggestion queue limits and paging on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const config = parseConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" });
  const logger = pino({ level: "silent" });
  let rateLimits: RateLimits | undefined;
  let editorCookie = "";

  beforeAll(async () => {
    await runSeeds(database.db);
    await createTenant(database.db, { id: "redactie", name: "Redactie" });
    const id = await createUser(database.db, {
      tenantId: "redactie",
      email: "redacteur@redactie.nl",
      name: "Eva",
      role: "editor",
    });
    const { token } = await createSession(database.db, id, {
      secondFactorDone: true,
      userAgent: "test",
      now: new Date(),
    });
    editorCookie = `${sessionCookieName}=${token}`;
  }, 60_000);

  beforeEach(async () => {
    await database.db.deleteFrom("change_request").execute();
  });

  const suggestion = (proposedValue: string, field: Suggestion["field"] = "other"): Suggestion => ({
    field,
    proposedValue,
    explanation: "",
    email: "",
  });
  const now = new Date("2026-12-03T12:00:00Z");
  const minutes = (count: number) => new Date(now.getTime() + count * 60_000);

  it("stores at most the limit of pending suggestions per service; other services still take them", async () => {
    const limits = { perService: 3, perHour: 100 };
    const outcomes = [];
    for (let index = 0; index < 5; index++) {
      outcomes.push(
        (
          await submitChangeRequest(
            database.db,
            "fier-ravi",
            "",
            suggestion(`voorstel ${index}`),
            now,
            limits,
          )
        ).outcome,
      );
    }
    expect(outcomes).toEqual(["store", "store", "store", "service-full", "service-full"]);
    expect((await listChangeRequests(database.db)).map((row) => row.proposed_value)).toEqual([
      "voorstel 0",
      "voorstel 1",
      "voorstel 2",
    ]);
    const [other] = await database.db
      .selectFrom("service")
      .select("id")
      .where("id", "!=", "fier-ravi")
      .execute();
    expect(
      (await submitChangeRequest(database.db, other!.id, "", suggestion("elders"), now, limits)).outcome,
    ).toBe("store");
  });

  it("a decided suggestion no longer counts for its service", async () => {
    const limits = { perService: 1, perHour: 100 };
    const first = await submitChangeRequest(database.db, "fier-ravi", "", suggestion("een"), now, limits);
    expect(
      (await submitChangeRequest(database.db, "fier-ravi", "", suggestion("twee"), now, limits)).outcome,
    ).toBe("service-full");
    await database.db
      .updateTable("change_request")
      .set({ status: "rejected" })
      .where("id", "=", first.id!)
      .execute();
    expect(
      (await submitChangeRequest(database.db, "fier-ravi", "", suggestion("twee"), now, limits)).outcome,
    ).toBe("store");
  });

  it("takes at most the hourly limit on the whole platform; an hour later it takes them again", async () => {
    const services = (
      await database.db.selectFrom("service").select("id").orderBy("id").limit(4).execute()
    ).map((row) => row.id);
    const limits = { perService: 100, perHour: 3 };
    const outcomes = [];
    for (const [index, serviceId] of services.entries()) {
      outcomes.push(
        (
          await submitChangeRequest(
            database.db,
            serviceId,
            "",
            suggestion(`uur ${index}`),
            minutes(index),
            limits,
          )
        ).outcome,
      );
    }
    expect(outcomes).toEqual(["store", "store", "store", "platform-busy"]);
    expect(await countChangeRequests(database.db)).toBe(3);
    // 61 minutes after the first one, that one no longer counts.
    expect(
      (await submitChangeRequest(database.db, services[3]!, "", suggestion("later"), minutes(61), limits))
        .outcome,
    ).toBe("store");
  });

  it("parallel posts cannot overshoot the limit", async () => {
    const limits = { perService: 5, perHour: 100 };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        submitChangeRequest(database.db, "fier-ravi", "", suggestion(`tegelijk ${index}`), now, limits),
      ),
    );
    expect(results.filter((result) => result.outcome === "store")).toHaveLength(5);
    expect(await countChangeRequests(database.db)).toBe(5);
  });

  it("stores an identical pending suggestion (same service, field and value) once", async () => {
    const first = await submitChangeRequest(
      database.db,
      "fier-ravi",
      "",
      suggestion("088-2080001", "phone"),
      now,
    );
    const again = await submitChangeRequest(
      database.db,
      "fier-ravi",
      "",
      suggestion("088-2080001", "phone"),
      now,
    );
    expect(first.outcome).toBe("store");
    expect(again).toEqual({ outcome: "duplicate", id: null });
    // Another field or another value is another suggestion.
    expect(
      (await submitChangeRequest(database.db, "fier-ravi", "", suggestion("088-2080001", "other"), now))
        .outcome,
    ).toBe("store");
    expect(
      (await submitChangeRequest(database.db, "fier-ravi", "", suggestion("088-2080002", "phone"), now))
        .outcome,
    ).toBe("store");
    expect(await countChangeRequests(database.db)).toBe(3);
  });

  const post = async (fields: Record<string, string>, clientAddress: string) => {
    const request = new Request("http://localhost/wegwijzer/diensten/fier-ravi", {
      method: "POST",
      body: new URLSearchParams(fields),
    });
    const context = {
      db: database.db,
      config,
      logger,
      cspNonce: "test",
      clientAddress,
      rateLimits: (rateLimits ??= createRateLimits(database.db, { config, logger })),
    };
    const result = (await serviceAction({
      request,
      params: { id: "fier-ravi" },
      context,
    } as never)) as unknown as {
      init: ResponseInit | null;
      data: { sent: boolean; queueFull?: string };
    };
    return { status: result.init?.status ?? 200, body: result.data };
  };

  it("the form answers 429 with the queue message when the service is full, from any address; nothing stored", async () => {
    // Fill the service's queue to the real limit directly (20 pending).
    for (let index = 0; index < 20; index++) {
      await createChangeRequest(database.db, "fier-ravi", "", suggestion(`vol ${index}`), new Date());
    }
    // A fresh address each time: the per-address limit does not help here.
    const refused = await post({ field: "other", proposedValue: "nog een" }, "203.0.113.201");
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ sent: false, queueFull: "service-full" });
    expect(await countChangeRequests(database.db)).toBe(20);
    // A duplicate of a pending one is thanked and not stored again.
    const duplicate = await post({ field: "other", proposedValue: "vol 3" }, "203.0.113.202");
    expect(duplicate).toMatchObject({ status: 200, body: { sent: true } });
    expect(await countChangeRequests(database.db)).toBe(20);
  });

  const page = async (query: string) => {
    const request = new Request(`http://localhost/beheer/suggesties${query}`, {
      headers: { Cookie: editorCookie },
    });
    const context = { db: database.db, config, logger, cspNonce: "test", clientAddress: "192.0.2.30" };
    return (await suggestionsLoader({ request, params: {}, context } as never)) as {
      page: number;
      pageCount: number;
      total: number;
      suggestions: Array<{ proposed: string }>;
    };
  };

  it("/beheer/suggesties shows 25 per page, oldest first, with the page count", async () => {
    const services = (
      await database.db.selectFrom("service").select("id").orderBy("id").limit(3).execute()
    ).map((row) => row.id);
    for (let index = 0; index < 60; index++) {
      const value = `nummer ${String(index).padStart(2, "0")}`;
      await createChangeRequest(database.db, services[index % 3]!, "", suggestion(value), minutes(index));
    }
    const first = await page("");
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 60 });
    expect(first.suggestions.map((row) => row.proposed)).toEqual(
      Array.from({ length: 25 }, (_, index) => `nummer ${String(index).padStart(2, "0")}`),
    );
    const third = await page("?pagina=3");
    expect(third.page).toBe(3);
    expect(third.suggestions.map((row) => row.proposed)).toEqual(
      Array.from({ length: 10 }, (_, index) => `nummer ${String(index + 50)}`),
    );
    // Past the end (the last ones were just decided): the last page; nonsense: the first.
    expect((await page("?pagina=9")).page).toBe(3);
    expect((await page("?pagina=abc")).page).toBe(1);
    // The CLI's --limit: the oldest n.
    expect(
      (await listChangeRequests(database.db, "pending", { limit: 2 })).map((row) => row.proposed_value),
    ).toEqual(["nummer 00", "nummer 01"]);
  });
});
