import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, viaProxy, type TcpProxy } from "../../tests/e2e/support/postgres";
import { handleForPostgres, isDatabaseReachable, type DatabaseHandle } from "./connection.server";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "./testing/test-database";

/**
 * A PostgreSQL server that goes away and comes back (issue 13): the pool must
 * not crash the process when a connection in use dies, and must connect anew
 * when the server is back. A TCP proxy plays the network; the shared server
 * itself is never stopped. Only on PostgreSQL (TEST_DATABASE_URL).
 */
describe.skipIf(!testDatabaseUrl)("the PostgreSQL pool when the server goes away and returns", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    proxy = await startTcpProxy(database.url as string);
    handle = handleForPostgres(viaProxy(database.url as string, proxy.port), 3);
  });

  afterAll(async () => {
    await handle?.close();
    await proxy?.close();
    await database?.close();
  });

  it("fails the queries under way, keeps the process alive, and works again once the server is back", async () => {
    // Fill the pool: three connections, two of them busy when the line is cut.
    expect(await isDatabaseReachable(handle.db)).toBe(true);
    const busy = [1, 2].map(() => sql`select pg_sleep(30)`.execute(handle.db));
    const settled = Promise.allSettled(busy);
    // Wait until both sleeps run on the server (a state, not a time).
    for (;;) {
      const { rows } = await sql<{ count: number }>`
        select count(*)::int as count from pg_stat_activity where query like 'select pg_sleep(30)%'
        and datname = current_database()
      `.execute(database.db);
      if ((rows[0]?.count ?? 0) >= 2) break;
    }

    await proxy.cut();
    const outcomes = await settled;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    expect(await isDatabaseReachable(handle.db)).toBe(false);
    await expect(sql`select 1`.execute(handle.db)).rejects.toThrow();

    await proxy.restore();
    expect(await isDatabaseReachable(handle.db)).toBe(true);
    const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(handle.db);
    expect(rows).toEqual([{ ok: 1 }]);
  });
});
