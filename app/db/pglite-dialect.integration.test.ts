/**
 * The transaction and concurrency guarantees the app relies on. On PGlite they
 * come from our own dialect (pglite-dialect.server.ts: one connection, handed
 * out in turn); on a server from PostgreSQL itself. The same tests run on both.
 */
import { describe, expect, it } from "vitest";
import type { HelplineInput } from "../modules/advice/helpline-input";
import { upsertHelplines } from "../modules/advice/helpline.server";
import { testEngineLabel } from "./testing/test-database";
import { useTestDatabase } from "./testing/use-test-database";

const line = (id: string, urgent = false): HelplineInput => ({
  id,
  name: `Lijn ${id}`,
  phone: "0800-0000",
  purpose_nl: "Doel",
  purpose_en: "Purpose",
  availability_nl: "Altijd",
  availability_en: "Always",
  urgent,
});

/** A promise with its resolve function, to hold a transaction open. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Lets other queued work run (macrotasks included) without measuring time. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe(`transactions and concurrency on ${testEngineLabel}`, () => {
  const database = useTestDatabase({ emptyBeforeEach: true });

  const ids = async () =>
    (await database.db.selectFrom("helpline").select("id").orderBy("id").execute()).map((row) => row.id);

  it("keeps the writes of a transaction that succeeds", async () => {
    await database.db.transaction().execute(async (trx) => {
      await upsertHelplines(trx, [line("a")]);
      await trx.insertInto("seed_run").values({ name: "test", version: 1 }).execute();
    });
    expect(await ids()).toEqual(["a"]);
  });

  it("rolls back every write of a transaction that throws", async () => {
    const attempt = database.db.transaction().execute(async (trx) => {
      await upsertHelplines(trx, [line("a"), line("b")]);
      await trx.insertInto("seed_run").values({ name: "test", version: 1 }).execute();
      throw new Error("halverwege mis");
    });
    await expect(attempt).rejects.toThrow("halverwege mis");
    expect(await ids()).toEqual([]);
    expect(await database.db.selectFrom("seed_run").selectAll().execute()).toEqual([]);
  });

  it("rolls back when a statement inside the transaction is refused by the database", async () => {
    const attempt = database.db.transaction().execute(async (trx) => {
      await upsertHelplines(trx, [line("a")]);
      await trx
        .insertInto("helpline")
        .values({ ...line("B: not a valid id"), sort_order: 1 })
        .execute();
    });
    await expect(attempt).rejects.toThrow();
    expect(await ids()).toEqual([]);
  });

  it("reports an error and stores nothing when a failed statement is caught inside the transaction", async () => {
    // After a failed statement PostgreSQL aborts the transaction. Committing it
    // must neither keep the earlier writes nor pretend to have saved them: both
    // engines' dialects make the commit fail loudly.
    const attempt = database.db.transaction().execute(async (trx) => {
      await upsertHelplines(trx, [line("a")]);
      await trx
        .insertInto("helpline")
        .values({ ...line("B: not a valid id"), sort_order: 1 })
        .execute()
        .catch(() => undefined);
    });
    await expect(attempt).rejects.toThrow(/aborted|afgebroken/);
    expect(await ids()).toEqual([]);
  });

  it("does not let a query from elsewhere see or join an unfinished transaction", async () => {
    const written = gate();
    const hold = gate();
    let transactionFinished = false;
    const transaction = database.db.transaction().execute(async (trx) => {
      await upsertHelplines(trx, [line("in-transactie")]);
      written.open();
      await hold.opened;
      transactionFinished = true;
      throw new Error("terugdraaien");
    });
    await written.opened;

    // Meanwhile, other requests read and write outside the transaction.
    const reading = database.db
      .selectFrom("helpline")
      .select("id")
      .execute()
      .then((rows) => ({ rows: rows.map((row) => row.id), whileOpen: !transactionFinished }));
    const writing = upsertHelplines(database.db, [line("erbuiten")]);
    await settle();
    hold.open();

    await expect(transaction).rejects.toThrow("terugdraaien");
    const read = await reading;
    // The uncommitted row is never visible to the other reader, whenever it ran.
    expect(read.rows).not.toContain("in-transactie");
    await writing;
    // The outside write was not swallowed by the rolled-back transaction.
    expect(await ids()).toEqual(["erbuiten"]);
  });

  it("lets another reader see a transaction's rows only after it commits", async () => {
    const written = gate();
    const hold = gate();
    let committed = false;
    const transaction = database.db
      .transaction()
      .execute(async (trx) => {
        await upsertHelplines(trx, [line("nieuw")]);
        written.open();
        await hold.opened;
      })
      .then(() => {
        committed = true;
      });
    await written.opened;

    const observations: { sawRow: boolean; afterCommit: boolean }[] = [];
    const observe = () =>
      database.db
        .selectFrom("helpline")
        .select("id")
        .execute()
        .then((rows) => {
          observations.push({ sawRow: rows.some((row) => row.id === "nieuw"), afterCommit: committed });
        });
    const early = observe();
    await settle();
    hold.open();
    await transaction;
    await Promise.all([early, observe()]);

    for (const observation of observations) {
      if (observation.sawRow) expect(observation).toEqual({ sawRow: true, afterCommit: true });
    }
    expect(observations.at(-1)).toEqual({ sawRow: true, afterCommit: true });
  });

  it("reports how many rows an insert, update and delete touched", async () => {
    const inserted = await database.db
      .insertInto("helpline")
      .values(
        [line("a", true), line("b", true), line("c")].map((item, index) => ({ ...item, sort_order: index })),
      )
      .executeTakeFirstOrThrow();
    expect(inserted.numInsertedOrUpdatedRows).toBe(3n);

    const updated = await database.db
      .updateTable("helpline")
      .set({ name: "Nieuwe naam" })
      .where("urgent", "=", true)
      .executeTakeFirstOrThrow();
    expect(updated.numUpdatedRows).toBe(2n);

    const none = await database.db
      .updateTable("helpline")
      .set({ name: "Niemand" })
      .where("id", "=", "bestaat-niet")
      .executeTakeFirstOrThrow();
    expect(none.numUpdatedRows).toBe(0n);

    const deleted = await database.db
      .deleteFrom("helpline")
      .where("id", "in", ["a", "c"])
      .executeTakeFirstOrThrow();
    expect(deleted.numDeletedRows).toBe(2n);
    expect(await ids()).toEqual(["b"]);
  });

  it("answers many parallel queries correctly", async () => {
    await upsertHelplines(database.db, [line("a"), line("b"), line("c")]);
    const counts = await Promise.all(
      Array.from({ length: 20 }, () =>
        database.db
          .selectFrom("helpline")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow(),
      ),
    );
    expect(counts.map((row) => row.n)).toEqual(Array(20).fill(3));
  });
});
