import { type Command, CommanderError } from "commander";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Config } from "../app/config.server";
import type { Database } from "../app/db/database";
import { migrateToLatest } from "../app/db/migrate.server";
import {
  createTenant,
  disableUser,
  findUserForSignIn,
  getTenant,
  listPlatformAdminEmails,
} from "../app/modules/accounts/accounts.server";
import {
  initialiseAuditHead,
  verifyAudit,
  verifyCheckpoint,
  writeAudit,
  type AuditVerification,
  type CheckpointVerdict,
} from "../app/modules/accounts/audit.server";
import { sendMail } from "../app/modules/accounts/mail.server";
import { EmailInUseError, inviteUser } from "../app/modules/accounts/invitations.server";
import { isRole, roles } from "../app/modules/accounts/permissions";
import { organisationExists } from "../app/modules/directory/read.server";
import { terminalText } from "./terminal-text";

/**
 * The accounts commands: `zicht org create`, `zicht user create|disable`,
 * `zicht audit verify|checkpoint`. They act as the platform itself (no
 * signed-in user) and are logged in the audit log as such.
 */
type WithDatabase = <T>(
  work: (handle: { db: Kysely<Database> }, config: Config, logger: Logger) => Promise<T>,
) => Promise<T>;

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
    .description("controleer dat niemand het logboek heeft gewijzigd of ingekort")
    .option(
      "--checkpoint <waarde>",
      "controleer ook een eerder bewaard controlepunt (zicht audit checkpoint)",
    )
    .action(async (options: { checkpoint?: string }) => {
      await withDatabase(async ({ db }, config) => {
        await migrateToLatest(db);
        if (options.checkpoint !== undefined) {
          const point = await verifyCheckpoint(db, config, options.checkpoint);
          if (!point.ok) throw new AccountsCommandError(checkpointProblem(point));
          out.log(`Het controlepunt klopt: de eerste ${point.rows} regels zijn niet gewijzigd.`);
        }
        const result = await verifiedLog(db, config, out);
        out.log(`Het logboek klopt (${result.rows} regels gecontroleerd).`);
      });
    });
  audit
    .command("checkpoint")
    .description("toon de ondertekende stand van het logboek, om buiten deze server te bewaren")
    .option("--mail", "mail het controlepunt ook naar de platformbeheerders")
    .action(async (options: { mail?: boolean }) => {
      await withDatabase(async ({ db }, config, logger) => {
        await migrateToLatest(db);
        const result = await verifiedLog(db, config, out);
        if (result.head.state !== "signed") throw new AccountsCommandError(headProblem(result)!);
        const checkpoint = result.head.checkpoint;
        out.log(checkpoint);
        out.log(
          "Bewaar deze waarde buiten deze server (wachtwoordkluis, mail, papier). Later bewijst zicht audit verify --checkpoint <waarde> dat er tot hier niets is gewijzigd.",
        );
        // The configured level, not the quieter one the command line uses: this line is meant for log shipping.
        logger
          .child({}, { level: config.log.level })
          .info({ checkpoint, rows: result.rows }, "controlepunt van het logboek");
        if (options.mail) {
          const admins = await listPlatformAdminEmails(db);
          if (admins.length === 0)
            throw new AccountsCommandError(
              "Er is geen platformbeheerder om het controlepunt naar te mailen.",
            );
          for (const to of admins) {
            await sendMail(config, {
              to,
              subject: "Controlepunt van het logboek van Zicht",
              text: [
                "Dit is de ondertekende stand van het logboek van Zicht:",
                "",
                checkpoint,
                "",
                `Het logboek had toen ${result.rows} regels. Bewaar deze mail. Wilt u later weten of er tot hier iets is gewijzigd? Voer dan uit:`,
                `zicht audit verify --checkpoint ${checkpoint}`,
              ].join("\n"),
            });
          }
          out.log(
            `Gemaild naar ${admins.length === 1 ? "1 platformbeheerder" : `${admins.length} platformbeheerders`}.`,
          );
        }
      });
    });
}

/**
 * Checks the chain and its signed head; signs a head the migration left
 * unsigned once the chain is intact. Throws the problem as one Dutch line.
 */
async function verifiedLog(
  db: Kysely<Database>,
  config: Config,
  out: { log: (line: string) => void },
): Promise<AuditVerification> {
  let result = await verifyAudit(db, config);
  if (result.brokenAt === null && result.head.state === "unsigned") {
    const signed = await initialiseAuditHead(db, config);
    if (signed.initialised) out.log("De kop van het logboek is nu voor het eerst ondertekend.");
    result = signed;
  }
  const problem = headProblem(result);
  if (problem) throw new AccountsCommandError(problem);
  return result;
}

/** What is wrong with the log, as one Dutch line; null when nothing is. */
export function headProblem(result: AuditVerification): string | null {
  if (result.brokenAt !== null)
    return `Het logboek klopt niet vanaf regel ${result.brokenAt}: die regel of een regel ervoor is gewijzigd of verwijderd.`;
  const head = result.head;
  switch (head.state) {
    case "signed":
      return null;
    case "unsigned":
      return "De kop van het logboek is nog niet ondertekend. Voer zicht audit verify opnieuw uit.";
    case "missing":
      return "De kop van het logboek ontbreekt: iemand heeft hem verwijderd.";
    case "forged":
      return "De kop van het logboek is niet met onze sleutel ondertekend: iemand heeft hem gewijzigd, misschien om verwijderde regels te verbergen.";
    case "erased":
      return "De handtekening van de kop van het logboek is gewist, terwijl die al eerder was gezet: iemand heeft de kop gewijzigd.";
    case "mismatch": {
      const mismatch = head.mismatch;
      if (mismatch.kind === "truncated")
        return `Het logboek is ingekort: ${mismatch.missing === 1 ? "de laatste regel ontbreekt" : `de laatste ${mismatch.missing} regels ontbreken`} volgens de ondertekende kop.`;
      if (mismatch.kind === "unrecorded")
        return `Het logboek heeft ${mismatch.extra === 1 ? "1 regel" : `${mismatch.extra} regels`} na de ondertekende kop: die zijn buiten Zicht om toegevoegd, of de kop is blijven staan na eerder geknoei.`;
      return "Het logboek past niet bij de ondertekende kop: regels zijn gewijzigd en opnieuw berekend.";
    }
  }
}

/** Why a checkpoint does not hold, as one Dutch line. */
export function checkpointProblem(verdict: Exclude<CheckpointVerdict, { ok: true }>): string {
  switch (verdict.problem) {
    case "malformed":
      return "Dit controlepunt is ongeldig. Het ziet er zo uit: zc1.<regels>.<nummer>.<hash>.<handtekening>.";
    case "forged":
      return "Dit controlepunt is niet met onze sleutel ondertekend: het is veranderd of hoort bij een andere installatie.";
    case "shorter":
      return `Het logboek heeft nu ${verdict.rows} regels, minder dan de ${verdict.expected} bij het controlepunt: er zijn regels verwijderd.`;
    case "changed":
      return `Het logboek is vóór het controlepunt gewijzigd${verdict.brokenAt !== null ? ` (vanaf regel ${verdict.brokenAt})` : ""}: regel ${verdict.lastId} is niet meer dezelfde als toen.`;
  }
}
