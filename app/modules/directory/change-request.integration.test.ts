import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { action } from "../../routes/directory/service";
import { createRateLimits, type RateLimits } from "../../security/rate-limit.server";
import { getServices } from "./read.server";
import { decideChangeRequest, listChangeRequests } from "./change-request.server";

/** "Klopt dit niet?" through the route's action, as a form post would reach it. */
describe(`suggestions ("Klopt dit niet?") on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await runSeeds(database.db);
  });

  const config = parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    // A key of its own, so the test never writes a key folder into the repository.
    ZICHT_SECRET_KEY: "change-request-test-key-change-request-test",
  });
  const logger = pino({ level: "silent" });
  let rateLimits: RateLimits | undefined;

  const post = async (fields: Record<string, string>, clientAddress = "192.0.2.1") => {
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
    const result = await action({ request, params: { id: "fier-ravi" }, context } as never);
    const response = result as unknown as {
      init: ResponseInit | null;
      data: { sent: boolean; errors: Record<string, string> };
    };
    return {
      status: response.init?.status ?? 200,
      headers: new Headers(response.init?.headers),
      body: response.data,
    };
  };

  it("refuses bad input field by field and stores nothing", async () => {
    const result = await post({ field: "telefoon", proposedValue: "  ", email: "nee" });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual({
      field: "Kies wat er niet klopt.",
      proposedValue: "Schrijf op wat het moet zijn.",
      email: "Vul een geldig e-mailadres in, of laat het leeg.",
    });
    expect(await listChangeRequests(database.db)).toEqual([]);
  });

  it("stores a valid suggestion with the current value and leaves the service as it was", async () => {
    const result = await post({
      field: "phone",
      proposedValue: "088-2080001",
      explanation: "Nieuw nummer",
      email: "",
    });
    expect(result.status).toBe(200);
    expect(result.body.sent).toBe(true);
    const [request] = await listChangeRequests(database.db);
    expect(request).toMatchObject({
      service_id: "fier-ravi",
      field: "phone",
      current_value: "088-2080000",
      proposed_value: "088-2080001",
      explanation: "Nieuw nummer",
      email: null,
      status: "pending",
    });
    const [service] = await getServices(database.db, ["fier-ravi"]);
    expect(service?.phones.map((phone) => phone.number)).toEqual(["088-2080000"]);
  });

  it("limits suggestions per address: 429 with Retry-After, nothing stored", async () => {
    const address = "198.51.100.7";
    for (let index = 0; index < 5; index++) {
      expect((await post({ field: "other", proposedValue: `poging ${index}` }, address)).status).toBe(200);
    }
    const before = (await listChangeRequests(database.db)).length;
    const refused = await post({ field: "other", proposedValue: "een te veel" }, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await listChangeRequests(database.db)).length).toBe(before);
    // Another address is not affected.
    expect((await post({ field: "other", proposedValue: "ander adres" }, "203.0.113.9")).status).toBe(200);
  });

  it("does not apply an accepted phone number that is not a phone number; the service stays as it was", async () => {
    expect(
      (await post({ field: "phone", proposedValue: "bel maar via de receptie" }, "203.0.113.50")).status,
    ).toBe(200);
    const pending = await listChangeRequests(database.db);
    const request = pending.find((item) => item.proposed_value === "bel maar via de receptie");
    const result = await database.db
      .transaction()
      .execute((trx) => decideChangeRequest(trx, Number(request?.id), "accepted", "user:test", new Date()));
    // Not applied and still pending: the editor works it into the service's form.
    expect(result).toEqual({ serviceId: "fier-ravi", outcome: "needs-form" });
    expect((await listChangeRequests(database.db)).map((item) => item.id)).toContain(request?.id);
    const [service] = await getServices(database.db, ["fier-ravi"]);
    expect(service?.phones.map((phone) => phone.number)).toEqual(["088-2080000"]);
  });
});
