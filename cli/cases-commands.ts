import path from "node:path";
import type { Command } from "commander";
import type { Kysely } from "kysely";
import type { Config } from "../app/config.server";
import type { Database } from "../app/db/database";
import { migrateToLatest } from "../app/db/migrate.server";
import { writeAudit } from "../app/modules/accounts/audit.server";
import { rotateNotes } from "../app/modules/cases/notes.server";
import { caseKeys } from "../app/modules/cases/case-keys.server";
import { createDemo, demoTenantId } from "../app/modules/cases/demo.server";
import { runRetention } from "../app/modules/cases/retention.server";
import { runOverdueDigest } from "../app/modules/notifications/notifications.server";
import { AccountsCommandError } from "./accounts-commands";

/**
 * The case commands: `zicht keys rotate` (re-encrypt every case note with
 * the newest key of ZICHT_CASE_KEYS) and `zicht retention run` (delete or
 * anonymise closed cases past their retention period). Both act as the
 * platform itself and are audited. `zicht demo` makes a made-up
 * organisation with two people and three demo cases (not in production).
 * `zicht meldingen digest` sends today's e-mail of overdue tasks (once per
 * person per day; the server also sends it daily).
 */
type WithDatabase = <T>(work: (handle: { db: Kysely<Database> }, config: Config) => Promise<T>) => Promise<T>;

export function addCaseCommands(
  program: Command,
  withDatabase: WithDatabase,
  out: { log: (line: string) => void },
): void {
  program
    .command("demo")
    .description(
      "maak een verzonnen demo-organisatie met een professional, een aandachtsfunctionaris en drie demo-casussen (niet in productie)",
    )
    // --dev makes bin/zicht.js choose NODE_ENV=development (as for zicht start --dev).
    .option("--dev", "ontwikkelmodus (verplicht: zonder --dev draait zicht als productie)")
    .action(async () => {
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        const result = await createDemo(db, config);
        if (!result.ok) {
          throw new AccountsCommandError(
            result.reason === "production"
              ? "zicht demo is alleen voor ontwikkelen en uitproberen. Gebruik zicht demo --dev (en niet NODE_ENV=production)."
              : `De demo-organisatie (${demoTenantId}) bestaat al. Begin opnieuw met zicht db reset --yes.`,
          );
        }
        out.log(
          [
            `Demo-organisatie ${demoTenantId} gemaakt met de casussen ${result.cases.join(", ")}.`,
            "Open een link, kies een wachtwoord en stel de tweede stap in. Elke link werkt één keer en 72 uur lang.",
            `Professional: ${result.links.professional}`,
            `Aandachtsfunctionaris: ${result.links.safeguardingOfficer}`,
          ].join("\n"),
        );
      });
    });

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
          `${count} ${count === 1 ? "notitie" : "notities"} opnieuw versleuteld met sleutel ${current}. Oudere sleutels kunnen nu uit ${config.caseKeys ? "ZICHT_CASE_KEYS" : path.join(config.keyDir, "case.keys")}.`,
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

  const notifications = program.command("meldingen").description("meldingen voor professionals");
  notifications
    .command("digest")
    .description("stuur vandaag één e-mail per persoon met de taken die over tijd zijn (één keer per dag)")
    .action(async () => {
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        const sent = await runOverdueDigest(db, config, new Date());
        out.log(`Taken over tijd: ${sent} ${sent === 1 ? "e-mail" : "e-mails"} verstuurd.`);
      });
    });
}
