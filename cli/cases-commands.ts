import type { Command } from "commander";
import type { Kysely } from "kysely";
import type { Config } from "../app/config.server";
import type { Database } from "../app/db/database";
import { migrateToLatest } from "../app/db/migrate.server";
import { writeAudit } from "../app/modules/accounts/audit.server";
import { caseKeys } from "../app/modules/cases/case-keys.server";
import { rotateNotes } from "../app/modules/cases/cases.server";

type WithDatabase = <T>(work: (handle: { db: Kysely<Database> }, config: Config) => Promise<T>) => Promise<T>;

/**
 * `zicht keys rotate`: re-encrypts every case note that is not under the
 * newest key of ZICHT_CASE_KEYS. Put the new key first, restart, run this;
 * afterwards the old key can be removed.
 */
export function addCaseCommands(
  program: Command,
  withDatabase: WithDatabase,
  out: { log: (line: string) => void },
): void {
  const keys = program.command("keys").description("sleutels van de versleutelde casusnotities");
  keys
    .command("rotate")
    .description(
      "versleutel alle casusnotities opnieuw met de nieuwste sleutel (de eerste in ZICHT_CASE_KEYS)",
    )
    .action(async () => {
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        const count = await rotateNotes(db, config);
        await writeAudit(db, config, { action: "case.notes_rotated", actorUserId: null, tenantId: null });
        out.log(`${count} notities opnieuw versleuteld met sleutel "${caseKeys(config)[0]?.id ?? ""}".`);
      });
    });
}
