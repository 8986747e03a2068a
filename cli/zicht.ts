import fs from "node:fs";
import { Command, CommanderError, Option } from "commander";
import dotenv from "dotenv";
import { ConfigError, parseConfig, type Config } from "../app/config.server";
import { DataDirLockedError } from "../app/db/lock.server";
import { dropEverything, migrateToLatest, MigrationError } from "../app/db/migrate.server";
import { runSeeds } from "../app/db/seed/index.server";
import { countChangeRequests, listChangeRequests } from "../app/modules/directory/change-request.server";
import { ContentError, defaultContentDir, writeContent } from "../app/modules/knowledge/content-files.server";
import { readStoredContent } from "../app/modules/knowledge/knowledge.server";
import type { Logger } from "pino";
import { createLogger } from "../app/logger.server";
import {
  contentCounts,
  exportDirectory,
  importRead,
  readImportSource,
  type ImportCounts,
} from "../app/modules/directory/hsds-exchange.server";
import { exchangeToCsv } from "../app/modules/directory/hsds-exchange";
import { BackupError } from "../app/db/backup.server";
import { AccountsCommandError, addAccountCommands } from "./accounts-commands";
import { addBackupCommands } from "./backup-commands";
import { addCaseCommands } from "./cases-commands";
import { suggestionLines } from "./suggestion-lines";
import { terminalLines, terminalText } from "./terminal-text";
import { NoteKeyMissingError } from "../app/modules/cases/note-crypto";
import { KeyMoveError, moveKeysOutOfDataDir } from "../app/modules/cases/key-move.server";
import { encryptPlainTotpSecrets } from "../app/modules/accounts/totp-secrets.server";
import { BuildError, MissingBuildError, openDatabaseForProcess, startServer } from "../server/runtime";

/** Exit codes: 0 done, 1 failed (config, lock, database), 2 wrong use of the command. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/** A command that could not do its work; the message says why (one or more lines). */
export class CommandFailed extends Error {}

/** Errors whose message is already the one clear line a user needs. */
function isKnownProblem(error: unknown): error is Error {
  return (
    error instanceof CommandFailed ||
    error instanceof ConfigError ||
    error instanceof DataDirLockedError ||
    error instanceof MissingBuildError ||
    error instanceof BuildError ||
    error instanceof MigrationError ||
    error instanceof ContentError ||
    error instanceof AccountsCommandError ||
    error instanceof BackupError ||
    error instanceof NoteKeyMissingError ||
    error instanceof KeyMoveError
  );
}

function loadConfig(): Config {
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}

async function withDatabase<T>(
  work: (
    handle: Awaited<ReturnType<typeof openDatabaseForProcess>>["handle"],
    config: Config,
    logger: Logger,
  ) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({
    ...config.log,
    level: config.log.level === "info" ? "warn" : config.log.level,
  });
  const opened = await openDatabaseForProcess(config, logger);
  try {
    return await work(opened.handle, config, logger);
  } finally {
    await opened.close();
  }
}

/** Commander speaks English; users of Zicht get its usage errors in Dutch. */
export function inDutch(message: string): string {
  return message
    .replace(/^error: unknown command '(.+)'/m, "zicht: onbekende opdracht '$1'. Zie zicht --help")
    .replace(/^error: unknown option '(.+)'/m, "zicht: onbekende optie '$1'. Zie zicht --help")
    .replace(/^error: too many arguments.*$/m, "zicht: te veel argumenten. Zie zicht --help")
    .replace(/^error: missing required argument '(.+)'/m, "zicht: argument '$1' ontbreekt")
    .replace(
      /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/m,
      "zicht: ongeldige waarde '$2' voor $1. Kies uit: $3.",
    )
    .replace(/\(Did you mean (.+)\?\)/, "(Bedoel je $1?)");
}

export function buildProgram(printer: { log: (line: string) => void } = console): Command {
  // The last line of defence: whatever a command prints keeps its own newlines and nothing else
  // that a terminal would obey (values inside a line also go through terminalText).
  const out = { log: (line: string) => printer.log(terminalLines(line)) };
  const program = new Command();
  program
    .name("zicht")
    .description("Zicht: signaleren, wegwijzer en casusaanpak bij uitbuiting van jongeren met een LVB.")
    .version(process.env.npm_package_version ?? "0.1.0", "-v, --version", "toon het versienummer")
    .helpOption("-h, --help", "toon deze hulp")
    .helpCommand("help [opdracht]", "toon hulp bij een opdracht")
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: (message, write) => write(terminalLines(inDutch(message))) })
    .exitOverride();

  program
    .command("start")
    .description("start de webserver (migreert en vult de database zo nodig eerst)")
    .option("--dev", "ontwikkelmodus met Vite (direct herladen)")
    .option("--build", "bouw de app eerst (zoals npm start doet)")
    .action(async (options: { dev?: boolean; build?: boolean }) => {
      // Development mode means development settings, unless NODE_ENV says otherwise.
      if (options.dev) process.env.NODE_ENV ??= "development";
      const config = loadConfig();
      const logger = createLogger(config.log);
      const server = await startServer(config, logger, {
        dev: options.dev === true,
        build: options.build === true,
      });
      const stop = (signal: NodeJS.Signals) => {
        server.stop(signal).then(
          () => process.exit(exitCodes.ok),
          (error: unknown) => {
            logger.error({ err: error }, "fout bij het stoppen");
            process.exit(exitCodes.failed);
          },
        );
      };
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    });

  const db = program
    .command("db")
    .description("database-onderhoud")
    .configureOutput({ outputError: (message, write) => write(terminalLines(inDutch(message))) })
    .exitOverride();
  db.command("migrate")
    .description("breng het databaseschema bij")
    .action(async () => {
      await withDatabase(async (handle, config) => {
        const { applied } = await migrateToLatest(handle.db);
        out.log(applied.length === 0 ? "Het schema was al bij." : `Uitgevoerd: ${applied.join(", ")}`);
        const moved = await moveKeysOutOfDataDir(handle.db, config);
        if (moved.oldKeyRemoved) {
          out.log(
            `De sleutel staat nu in ${config.keyDir}; ${moved.notesReencrypted} ${moved.notesReencrypted === 1 ? "notitie" : "notities"} opnieuw versleuteld.`,
          );
        }
        const totp = await encryptPlainTotpSecrets(handle.db, config);
        if (totp.encrypted > 0) out.log(`Geheimen voor de tweede stap versleuteld: ${totp.encrypted}.`);
        if (totp.unreadable > 0) {
          out.log(
            `Let op: ${totp.unreadable} ${totp.unreadable === 1 ? "geheim" : "geheimen"} voor de tweede stap ${totp.unreadable === 1 ? "kan" : "kunnen"} niet worden gelezen met deze sleutel.`,
          );
        }
      });
    });
  db.command("seed")
    .description("laad de platforminhoud en de demogegevens in de database")
    .option("--force", "laad alle inhoud opnieuw, ook als die er al is")
    .action(async (options: { force?: boolean }) => {
      await withDatabase(async (handle) => {
        await migrateToLatest(handle.db);
        const reports = await runSeeds(handle.db, { force: options.force === true, includeDemo: true });
        out.log(
          reports.length === 0
            ? "Alle inhoud was al geladen."
            : reports.map((report) => `${report.name}: ${report.records} records`).join("\n"),
        );
      });
    });
  db.command("reset")
    .description("wis de hele database en bouw haar opnieuw op (met --yes)")
    .option("--yes", "ja, wis echt alles")
    .action(async (options: { yes?: boolean }) => {
      if (!options.yes) {
        throw new CommanderError(
          exitCodes.usage,
          "zicht.confirm",
          "db reset wist alle gegevens. Bevestig met: zicht db reset --yes",
        );
      }
      await withDatabase(async (handle, config) => {
        await dropEverything(handle.db);
        await migrateToLatest(handle.db);
        await runSeeds(handle.db, { includeDemo: config.demoData });
        out.log("De database is gewist en opnieuw opgebouwd.");
      });
    });

  addBackupCommands(db, loadConfig, withDatabase, out);

  const directory = program
    .command("directory")
    .description("Wegwijzer: exporteren en importeren (HSDS 3.0)")
    .configureOutput({ outputError: (message, write) => write(terminalLines(inDutch(message))) })
    .exitOverride();
  directory
    .command("export")
    .description("exporteer de hele Wegwijzer, zonder vertrouwelijke adressen")
    .addOption(
      new Option("--format <formaat>", "hsds-json (om weer te importeren) of csv (voor spreadsheets)")
        .choices(["hsds-json", "csv"])
        .default("hsds-json"),
    )
    .option("--out <bestand>", "schrijf naar dit bestand in plaats van naar het scherm")
    .action(async (options: { format: "hsds-json" | "csv"; out?: string }) => {
      await withDatabase(async (handle, config) => {
        await migrateToLatest(handle.db);
        const document = await exportDirectory(handle.db, config.publicUrl);
        const text =
          options.format === "csv" ? exchangeToCsv(document) : `${JSON.stringify(document, null, 2)}\n`;
        if (!options.out) {
          // On a terminal the export is read, not piped: no control characters from the data reach it.
          process.stdout.write(process.stdout.isTTY ? terminalLines(text) : text);
          return;
        }
        try {
          fs.writeFileSync(options.out, text);
        } catch (error) {
          throw new CommandFailed(
            `Kan ${terminalText(options.out)} niet schrijven: ${terminalText((error as Error).message)}`,
          );
        }
        out.log(
          `Geëxporteerd naar ${terminalText(options.out)}: ${document.organizations.length} organisaties, ${document.services.length} diensten.`,
        );
      });
    });
  directory
    .command("import")
    .description(
      "lees HSDS 3.0-gegevens in: een export van Zicht, HSDS-JSON van een ander systeem (een organisatie, een dienst, een lijstpagina of een lijst daarvan) of een HSDS-datapakket met CSV-bestanden. Eerst wordt alles gecontroleerd, dan alles in één keer geschreven (of niets).",
    )
    .argument("<bestand|map>", "een JSON-bestand, of de map van een datapakket (of zijn datapackage.json)")
    .option("--dry-run", "alleen controleren en tellen, niets schrijven; toont elk probleem met zijn plek")
    .action(async (file: string, options: { dryRun?: boolean }) => {
      const read = readImportSource(file);
      const summary = (counts: ImportCounts) =>
        `${counts.taxonomies} taxonomieën (${counts.terms} termen), ${counts.namedRegions} regio's, ${counts.organisations} organisaties, ${counts.programs} programma's, ${counts.services} diensten`;
      const failed = (problems: string[]) =>
        new CommandFailed(
          `${terminalText(file)} is niet ingelezen (${problems.length} ${problems.length === 1 ? "probleem" : "problemen"}, niets geschreven):\n${problems.map((problem) => `  ${terminalText(problem)}`).join("\n")}`,
        );
      if (!read.ok) throw failed(read.problems);
      for (const note of read.notes) out.log(`Let op: ${terminalText(note)}`);
      if (options.dryRun) {
        // Checking needs no database.
        out.log(`Controle geslaagd, niets geschreven: ${summary(contentCounts(read.content))}.`);
        return;
      }
      await withDatabase(async (handle) => {
        await migrateToLatest(handle.db);
        const result = await importRead(handle.db, read);
        if (!result.ok) throw failed(result.problems);
        out.log(`Ingelezen: ${summary(result.counts)}.`);
      });
    });
  directory
    .command("suggestions")
    .description(
      "toon de voorstellen van 'Klopt dit niet?' die nog op een redacteur wachten (de oudste eerst)",
    )
    .option("--limit <aantal>", "toon alleen de oudste <aantal> voorstellen")
    .action(async (options: { limit?: string }) => {
      let limit: number | undefined;
      if (options.limit !== undefined) {
        limit = Number(options.limit);
        if (!/^\d+$/.test(options.limit) || limit < 1 || limit > 100_000)
          throw new CommandFailed(
            `--limit: vul een heel getal van 1 tot 100000 in (niet ${terminalText(options.limit)}).`,
          );
      }
      await withDatabase(async (handle) => {
        await migrateToLatest(handle.db);
        const [shown, total] = await Promise.all([
          listChangeRequests(handle.db, "pending", { limit }),
          countChangeRequests(handle.db, "pending"),
        ]);
        for (const line of suggestionLines(shown, total)) out.log(line);
      });
    });

  const content = program
    .command("content")
    .description("platforminhoud (kennisbank, bibliotheek, cijfers) en bestanden in content/")
    .configureOutput({ outputError: (message, write) => write(terminalLines(inDutch(message))) })
    .exitOverride();
  content
    .command("export")
    .description("schrijf de huidige inhoud uit de database naar bestanden (Markdown en YAML)")
    .option("--dir <map>", "map om naar te schrijven", defaultContentDir)
    .action(async (options: { dir: string }) => {
      await withDatabase(async (handle) => {
        await migrateToLatest(handle.db);
        const written = writeContent(await readStoredContent(handle.db), options.dir);
        out.log(`${written.length} bestanden geschreven naar ${terminalText(options.dir)}`);
      });
    });
  addAccountCommands(program, withDatabase, out);
  addCaseCommands(program, withDatabase, out);

  return program;
}

/** Runs the command line; returns the exit code (the server keeps running for `start`). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return exitCodes.ok;
    }
    await program.parseAsync(argv, { from: "user" });
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      ) {
        return exitCodes.ok;
      }
      // Commander has already printed its own message, except for ours.
      if (error.code === "zicht.confirm") process.stderr.write(`zicht: ${terminalLines(error.message)}\n`);
      return exitCodes.usage;
    }
    if (isKnownProblem(error)) {
      process.stderr.write(`zicht: ${terminalLines(error.message)}\n`);
      return exitCodes.failed;
    }
    process.stderr.write(
      `zicht: onverwachte fout: ${terminalLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    return exitCodes.failed;
  }
}
