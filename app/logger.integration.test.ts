import { Writable } from "node:stream";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { testEngineLabel } from "./db/testing/test-database";
import { useTestDatabase } from "./db/testing/use-test-database";
import { createLogger } from "./logger.server";

/** A logger that writes its JSON lines into an array. */
function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString("utf8"));
      done();
    },
  });
  return { logger: createLogger({ level: "info", format: "json" }, destination), lines };
}

describe(`the log keeps personal data out of database errors, on ${testEngineLabel}`, () => {
  const database = useTestDatabase();

  it("a unique-key violation with an e-mail address in the input logs the code and constraint, not the address", async () => {
    const db = database.db;
    await sql`create temporary table log_probe (email text primary key)`.execute(db);
    await sql`insert into log_probe (email) values (${"pia.jansen@example.org"})`.execute(db);
    const error = await sql`insert into log_probe (email) values (${"pia.jansen@example.org"})`
      .execute(db)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(Error);
    const { logger, lines } = capturingLogger();
    logger.error({ err: error, method: "POST", path: "/inloggen" }, "onverwachte fout in een route");
    const line = lines.join("\n");
    expect(line).toContain("23505");
    expect(line).toContain("onverwachte fout in een route");
    expect(line).not.toContain("pia.jansen");
    expect(line).not.toContain("example.org");
  });

  it("a type error quoting the value logs no value", async () => {
    const error = await sql`select ${"pia.jansen@example.org"}::uuid`.execute(database.db).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    const { logger, lines } = capturingLogger();
    logger.error({ err: error }, "fout");
    const line = lines.join("\n");
    expect(line).toContain("22P02");
    expect(line).not.toContain("pia.jansen");
  });
});
