import {
  CompiledQuery,
  PostgresDialect,
  PostgresDriver,
  type DatabaseConnection,
  type Driver,
  type PostgresDialectConfig,
} from "kysely";

/**
 * Kysely's PostgreSQL dialect with one change: committing a transaction that
 * an earlier (caught) error has aborted fails loudly, as it does on PGlite
 * (see pglite-dialect.server.ts). PostgreSQL silently turns such a commit into
 * a rollback; without this check the caller would believe its data was saved.
 */
export class CheckedPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;

  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new CheckedPostgresDriver(this.#config);
  }
}

class CheckedPostgresDriver extends PostgresDriver {
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    // Fails with "current transaction is aborted" in that state; Kysely then rolls back.
    await connection.executeQuery(CompiledQuery.raw("select 1"));
    await super.commitTransaction(connection);
  }
}
