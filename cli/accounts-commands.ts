import { type Command, CommanderError } from "commander";
import type { Kysely } from "kysely";
import type { Config } from "../app/config.server";
import type { Database } from "../app/db/database";
import { migrateToLatest } from "../app/db/migrate.server";
import {
  createTenant,
  disableUser,
  findUserForSignIn,
  getTenant,
} from "../app/modules/accounts/accounts.server";
import { verifyAudit, writeAudit } from "../app/modules/accounts/audit.server";
import { EmailInUseError, inviteUser } from "../app/modules/accounts/invitations.server";
import { isRole, roles } from "../app/modules/accounts/permissions";
import { organisationExists } from "../app/modules/directory/read.server";
import { terminalText } from "./terminal-text";

/**
 * The accounts commands: `zicht org create`, `zicht user create|disable`,
 * `zicht audit verify`. They act as the platform itself (no signed-in user)
 * and are logged in the audit log as such.
 */
type WithDatabase = <T>(work: (handle: { db: Kysely<Database> }, config: Config) => Promise<T>) => Promise<T>;

/** A refusal with one clear Dutch line; exit code 1. */
export class AccountsCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AccountsCommandError";
  }
}

function usage(message: string): never {
  throw new CommanderError(2, "zicht.confirm", message);
}

export function addAccountCommands(
  program: Command,
  withDatabase: WithDatabase,
  out: { log: (line: string) => void },
): void {
  const org = program.command("org").description("organisaties die Zicht gebruiken");
  org
    .command("create")
    .description("voeg een organisatie toe")
    .requiredOption("--id <code>", "korte naam: kleine letters, cijfers en streepjes")
    .requiredOption("--name <naam>", "naam van de organisatie")
    .option("--directory <id>", "de code van deze organisatie in de wegwijzer")
    .action(async (options: { id: string; name: string; directory?: string }) => {
      if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(options.id))
        usage("--id: gebruik kleine letters, cijfers en streepjes (hoogstens 80).");
      if (!options.name.trim() || options.name.length > 200)
        usage("--name: vul een naam in van hoogstens 200 tekens.");
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        if (await getTenant(db, options.id))
          throw new AccountsCommandError(`De organisatie ${terminalText(options.id)} bestaat al.`);
        if (options.directory) {
          if (!(await organisationExists(db, options.directory)))
            throw new AccountsCommandError(`${terminalText(options.directory)} staat niet in de wegwijzer.`);
        }
        await createTenant(db, {
          id: options.id,
          name: options.name.trim(),
          directoryOrganizationId: options.directory ?? null,
        });
        await writeAudit(db, config, {
          action: "organisation.created",
          actorUserId: null,
          tenantId: options.id,
          targetType: "organisation",
          targetId: options.id,
        });
        out.log(`Organisatie ${terminalText(options.id)} toegevoegd.`);
      });
    });

  const user = program.command("user").description("gebruikers");
  user
    .command("create")
    .description("nodig iemand uit; toont een uitnodigingslink die één keer en 72 uur werkt")
    .requiredOption("--email <adres>", "e-mailadres")
    .requiredOption("--role <rol>", `rol: ${roles.join(", ")}`)
    .requiredOption("--org <code>", "de organisatie (zie zicht org create)")
    .option("--name <naam>", "naam")
    .action(async (options: { email: string; role: string; org: string; name?: string }) => {
      const role = options.role;
      if (!isRole(role)) usage(`--role: kies uit ${roles.join(", ")}.`);
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.email.trim()))
        usage("--email: vul een geldig e-mailadres in.");
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        if (!(await getTenant(db, options.org)))
          throw new AccountsCommandError(
            `De organisatie ${terminalText(options.org)} bestaat niet. Maak haar eerst met zicht org create.`,
          );
        try {
          const { link } = await inviteUser(
            db,
            config,
            { tenantId: options.org, email: options.email, name: options.name, role },
            { userId: null },
          );
          out.log(`Uitnodiging gemaakt. Deze link werkt één keer en 72 uur lang:\n${terminalText(link)}`);
        } catch (error) {
          if (error instanceof EmailInUseError) throw new AccountsCommandError(error.message);
          throw error;
        }
      });
    });
  user
    .command("disable")
    .description("zet een account uit en log het overal uit")
    .requiredOption("--email <adres>", "e-mailadres")
    .action(async (options: { email: string }) => {
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        const found = await findUserForSignIn(db, options.email);
        if (!found)
          throw new AccountsCommandError(
            `Er is geen account met het e-mailadres ${terminalText(options.email)}.`,
          );
        await disableUser(db, found.tenant_id, found.id, new Date());
        await writeAudit(db, config, {
          action: "user.disabled",
          actorUserId: null,
          tenantId: found.tenant_id,
          targetType: "user",
          targetId: found.id,
        });
        out.log(`Het account van ${terminalText(found.email)} is uitgezet.`);
      });
    });

  const audit = program.command("audit").description("het logboek");
  audit
    .command("verify")
    .description("controleer dat niemand het logboek heeft gewijzigd")
    .action(async () => {
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        const result = await verifyAudit(db, config);
        if (result.brokenAt !== null) {
          throw new AccountsCommandError(
            `Het logboek klopt niet vanaf regel ${result.brokenAt}: die regel of een regel ervoor is gewijzigd of verwijderd.`,
          );
        }
        out.log(`Het logboek klopt (${result.rows} regels gecontroleerd).`);
      });
    });
}
