import { afterAll, beforeAll, beforeEach } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * One test database for the whole test file (opened in beforeAll, closed in
 * afterAll), optionally emptied before every test. The returned object can be
 * used in tests as the database itself.
 */
export function useTestDatabase(options: { emptyBeforeEach?: boolean } = {}): TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  if (options.emptyBeforeEach) {
    beforeEach(async () => {
      await current().truncateAll();
    });
  }
  afterAll(async () => {
    await database?.close();
  });

  function current(): TestDatabase {
    if (!database) throw new Error("De testdatabase is niet geopend (zie de fout in beforeAll).");
    return database;
  }
  return {
    get db() {
      return current().db;
    },
    get engine() {
      return current().engine;
    },
    get url() {
      return current().url;
    },
    truncateAll: () => current().truncateAll(),
    close: () => current().close(),
  };
}
