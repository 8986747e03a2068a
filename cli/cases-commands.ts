import type { Command } from "commander";
import type { Kysely } from "kysely";
import type { Config } from "../app/config.server";
import type { Database } from "../app/db/database";
import { migrateToLatest } from "../app/db/migrate.server";
import { writeAudit } from "../app/modules/accounts/audit.server";
import { rotateNotes } from "../app/modules/cases/cases.server";
import { caseKeys } from "../app/modules/cases/case-keys.server";
import { runRetention } from "../app/modules/cases/retention.server";

/**
 * The case commands: `zicht keys rotate` (re-encrypt every case note with
 * the newest key of ZICHT_CASE_KEYS) and `zicht retention run` (delete or
 * anonymise closed cases past their retention period). Both act as the
 * platform itself and are audited.
 */
type WithDatabase = <T>(work: (handle: { db: Kysely<Database> }, config: Config) => Promise<T>) => Promise<T>;

export function addCaseCommands(
  program: Command,
  withDatabase: WithDatabase,
  out: { log: (line: string) => void },
): void {
  const keys = program.command("keys").description("sleutels van de versleutelde casusnotities");
  keys
    .command("rotate")
    .description(
      "versleutel alle oudere casusnotities opnieuw met de nieuwste sleutel (de eerste in ZICHT_CASE_KEYS)",
    )
    .action(async () => {
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        const count = await rotateNotes(db, config);
        await writeAudit(db, config, { action: "case.notes_rotated", actorUserId: null, tenantId: null });
        const current = caseKeys(config)[0]?.id ?? "";
        out.log(
          `${count} ${count === 1 ? "notitie" : "notities"} opnieuw versleuteld met sleutel ${current}. Oudere sleutels kunnen nu uit ZICHT_CASE_KEYS.`,
        );
      });
    });

  const retention = program.command("retention").description("bewaartermijn van gesloten casussen");
  retention
    .command("run")
    .description("verwijder (of anonimiseer) gesloten casussen waarvan de bewaartermijn voorbij is")
    .action(async () => {
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        const result = await runRetention(db, config);
        out.log(
          `Bewaartermijn: ${result.deleted} ${result.deleted === 1 ? "casus" : "casussen"} verwijderd, ${result.anonymised} omgezet naar anonieme cijfers.`,
        );
      });
    });
}
