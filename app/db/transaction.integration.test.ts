import { describe, expect, it } from "vitest";
import { testEngineLabel } from "./testing/test-database";
import { useTestDatabase } from "./testing/use-test-database";
import { inTransaction } from "./transaction.server";

/** inTransaction: its own transaction alone, a savepoint inside a caller's. */
describe(`inTransaction on ${testEngineLabel}`, () => {
  const database = useTestDatabase({ emptyBeforeEach: true });

  const tenants = async () =>
    (await database.db.selectFrom("tenant").select("id").orderBy("id").execute()).map((row) => row.id);
  const addTenant = (db: typeof database.db, id: string) =>
    db.insertInto("tenant").values({ id, name: id, directory_organization_id: null }).execute();

  it("alone, keeps all of its work or none of it", async () => {
    await inTransaction(database.db, async (trx) => {
      await addTenant(trx, "a");
      await addTenant(trx, "b");
    });
    await expect(
      inTransaction(database.db, async (trx) => {
        await addTenant(trx, "c");
        throw new Error("halfway");
      }),
    ).rejects.toThrow("halfway");
    expect(await tenants()).toEqual(["a", "b"]);
  });

  it("inside a transaction, a failing part is undone and the caller may go on", async () => {
    await database.db.transaction().execute(async (outer) => {
      await addTenant(outer, "before");
      await expect(
        inTransaction(outer, async (trx) => {
          await addTenant(trx, "inner");
          await addTenant(trx, "before"); // primary key: the database refuses
        }),
      ).rejects.toThrow();
      await inTransaction(outer, (trx) => addTenant(trx, "after"));
    });
    expect(await tenants()).toEqual(["after", "before"]);
  });

  it("inside a transaction that fails, nothing of the inner work is kept", async () => {
    await expect(
      database.db.transaction().execute(async (outer) => {
        await inTransaction(outer, (trx) => addTenant(trx, "inner"));
        await inTransaction(outer, async (trx) => {
          await inTransaction(trx, (deeper) => addTenant(deeper, "deeper"));
        });
        expect(await outer.selectFrom("tenant").select("id").orderBy("id").execute()).toEqual([
          { id: "deeper" },
          { id: "inner" },
        ]);
        throw new Error("the caller gives up");
      }),
    ).rejects.toThrow("the caller gives up");
    expect(await tenants()).toEqual([]);
  });
});
