import path from "node:path";
import type { Command } from "commander";
import type { Config } from "../app/config.server";
import {
  BackupError,
  checkBackupTarget,
  createBackup,
  holdsDatabase,
  postgresBackupMessage,
  restoreBackup,
} from "../app/db/backup.server";
import type { DatabaseHandle } from "../app/db/connection.server";
import { DataDirLockedError } from "../app/db/lock.server";
import { askServerForBackup } from "../server/backup-control";

/**
 * `zicht db backup <file>` and `zicht db restore <file> [--force]` for the
 * embedded database (decision 018). A back-up works while the server runs:
 * the server makes it, asked over its control socket. A restore needs the
 * server stopped. With DATABASE_URL both point to pg_dump/pg_restore.
 */
type WithDatabase = <T>(work: (handle: DatabaseHandle, config: Config) => Promise<T>) => Promise<T>;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;

const keysReminder = "De sleutels zitten er niet in: bewaar die apart en veilig.";

export function addBackupCommands(
  db: Command,
  loadConfig: () => Config,
  withDatabase: WithDatabase,
  out: { log: (line: string) => void },
): void {
  db.command("backup")
    .description(
      "maak een back-up van de ingebouwde database in <bestand> (ook terwijl de server draait); zonder sleutels",
    )
    .argument("<bestand>", "het back-upbestand, bijvoorbeeld /veilig/zicht-backup.tar.gz")
    .action(async (file: string) => {
      const config = loadConfig();
      if (config.database.kind !== "pglite") throw new BackupError(postgresBackupMessage);
      const target = path.resolve(file);
      checkBackupTarget(config, target);
      const viaServer = await askServerForBackup(config, target);
      if (viaServer) {
        out.log(
          `Back-up gemaakt door de draaiende server: ${viaServer.file} (${megabytes(viaServer.bytes)}). ${keysReminder}`,
        );
        return;
      }
      const pgliteDir = config.database.dataDir;
      if (!holdsDatabase(pgliteDir)) {
        throw new BackupError(`In ${pgliteDir} staat nog geen database: er is niets om te back-uppen.`);
      }
      try {
        const made = await withDatabase((handle) => createBackup(handle, target));
        out.log(`Back-up gemaakt: ${made.file} (${megabytes(made.bytes)}). ${keysReminder}`);
      } catch (error) {
        if (error instanceof DataDirLockedError) {
          throw new BackupError(
            `De datamap ${config.dataDir} is in gebruik, maar de server antwoordt niet op zicht.sock. Probeer het over een minuut nog eens.`,
          );
        }
        throw error;
      }
    });

  db.command("restore")
    .description(
      "zet een back-up terug in de datamap (alleen als de server niet draait; --force vervangt een bestaande database)",
    )
    .argument("<bestand>", "een bestand van zicht db backup")
    .option("--force", "vervang de database die er al staat")
    .action(async (file: string, options: { force?: boolean }) => {
      const config = loadConfig();
      const source = path.resolve(file);
      const restored = await restoreBackup(config, source, { force: options.force === true });
      out.log(
        [
          `Hersteld uit ${source} (gemaakt op ${restored.manifest.createdAt}).`,
          ...(restored.applied.length > 0 ? [`Bijgewerkt: ${restored.applied.join(", ")}`] : []),
          "Gebruik dezelfde sleutels als toen (ZICHT_SECRET_KEY en ZICHT_CASE_KEYS, of de sleutelmap): zonder die sleutels zijn de notities niet te lezen.",
        ].join("\n"),
      );
    });
}
