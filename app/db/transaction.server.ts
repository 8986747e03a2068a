import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "./database";

let savepoints = 0;

/**
 * Runs `work` in a transaction, also when `db` already is one. Kysely
 * refuses `transaction()` on a transaction, so a repository function that
 * needs one calls this instead: on its own it opens (and commits or rolls
 * back) a transaction; inside a caller's transaction it runs under a
 * savepoint, so its writes still go together or not at all, and the
 * caller's transaction decides whether they are kept. An error rolls back
 * to the savepoint and is thrown on, so a caller that catches it can go on.
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (!db.isTransaction) return db.transaction().execute(work);
  const trx = db as Transaction<Database>;
  const name = sql.id(`zicht_nested_${++savepoints}`);
  await sql`savepoint ${name}`.execute(trx);
  let result: T;
  try {
    result = await work(trx);
  } catch (error) {
    await sql`rollback to savepoint ${name}`.execute(trx);
    throw error;
  }
  await sql`release savepoint ${name}`.execute(trx);
  return result;
}
