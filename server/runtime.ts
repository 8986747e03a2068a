import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Logger } from "pino";
import type { ServerBuild } from "react-router";
import type { Config } from "../app/config.server";
import { openDatabase, type DatabaseHandle } from "../app/db/connection.server";
import { startBackupJob } from "../app/db/backup.server";
import { lockDataDir, type DataDirLock } from "../app/db/lock.server";
import { migrateToLatest } from "../app/db/migrate.server";
import { runSeeds } from "../app/db/seed/index.server";
import { initialiseAuditHead, isAuditHeadUnsigned } from "../app/modules/accounts/audit.server";
import { secretKey } from "../app/modules/accounts/secrets.server";
import { caseKeys } from "../app/modules/cases/case-keys.server";
import { moveKeysOutOfDataDir } from "../app/modules/cases/key-move.server";
import { encryptPlainTotpSecrets } from "../app/modules/accounts/totp-secrets.server";
import { startRetentionJob } from "../app/modules/cases/retention.server";
import { startDigestJob } from "../app/modules/notifications/notifications.server";
import { startBackupControl } from "./backup-control";
import { createHttpApp } from "./http";

export const projectRoot = path.resolve(import.meta.dirname, "..");

/** The app has not been built: `npm start` builds it, `zicht start` alone does not. */
export class MissingBuildError extends Error {
  constructor(file: string) {
    super(
      `De app is nog niet gebouwd (${file} ontbreekt). Voer eerst "npm run build" uit, of start met "npm start".`,
    );
    this.name = "MissingBuildError";
  }
}

export interface OpenedDatabase {
  handle: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * Opens the configured database for this process: takes the data directory
 * lock first when the database is embedded, releases it on close.
 */
export async function openDatabaseForProcess(config: Config, logger: Logger): Promise<OpenedDatabase> {
  let lock: DataDirLock | undefined;
  if (config.database.kind === "pglite") {
    lock = await lockDataDir(config.dataDir, (error) => {
      logger.fatal(
        { err: error },
        "de vergrendeling van de datamap is verloren; Zicht stopt om de database te beschermen",
      );
      process.exit(1);
    });
  }
  try {
    const handle = await openDatabase(config.database);
    return {
      handle,
      async close() {
        await handle.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

/**
 * Brings the schema up to date, moves keys out of the data directory (and
 * re-encrypts notes under the old derived key), encrypts plain second-factor
 * secrets, then loads platform content
 * (and demo data when configured).
 */
export async function prepareDatabase(handle: DatabaseHandle, config: Config, logger: Logger): Promise<void> {
  const { applied } = await migrateToLatest(handle.db);
  if (applied.length > 0) logger.info({ migrations: applied }, "database bijgewerkt");
  const moved = await moveKeysOutOfDataDir(handle.db, config);
  if (moved.oldKeyRemoved || moved.notesReencrypted > 0 || moved.notesUnreadable > 0) {
    logger.info({ ...moved, keyDir: config.keyDir }, "sleutels uit de datamap gehaald");
  }
  const totp = await encryptPlainTotpSecrets(handle.db, config);
  if (totp.encrypted > 0)
    logger.info({ encrypted: totp.encrypted }, "geheimen voor de tweede stap versleuteld");
  if (totp.unreadable > 0) {
    logger.error(
      { unreadable: totp.unreadable },
      "geheimen voor de tweede stap kunnen niet worden gelezen met deze sleutel; die mensen kunnen alleen met een herstelcode inloggen",
    );
  }
  // Make (or read) the keys now, so a key folder that cannot be written or a broken
  // case.keys stops the start instead of the first note.
  secretKey(config);
  caseKeys(config);
  const reports = await runSeeds(handle.db, { includeDemo: config.demoData });
  if (reports.length > 0) logger.info({ seeds: reports }, "inhoud geladen");
  await signAuditHeadOnce(handle.db, config, logger);
}

/**
 * The audit log's head is signed once, after the whole chain has been
 * checked (decision 017): on a fresh install at its first start, after the
 * upgrade that added the head at the next start. Once signed this is one
 * small query per start. A chain that does not check out is not signed:
 * the start goes on, loudly, and `zicht audit verify` says what is wrong.
 */
export async function signAuditHeadOnce(db: DatabaseHandle["db"], config: Config, logger: Logger) {
  if (!(await isAuditHeadUnsigned(db))) return;
  const result = await initialiseAuditHead(db, config);
  if (result.initialised) {
    logger.info({ rows: result.rows }, "kop van het logboek ondertekend");
  } else if (result.brokenAt !== null || result.head.state !== "signed") {
    logger.error(
      { brokenAt: result.brokenAt, head: result.head.state },
      "het logboek klopt niet; de kop is niet ondertekend. Zie zicht audit verify",
    );
  }
}

/** Building the app failed; its output is in the message. */
export class BuildError extends Error {
  constructor(output: string) {
    super(`Het bouwen van de app is mislukt:\n${output.trim()}`);
    this.name = "BuildError";
  }
}

/**
 * Builds the app (`react-router build`) into `build/`. Run while the data
 * directory lock is held, so a second `npm start` is refused before it can
 * replace the files a running server is serving.
 */
export async function buildApp(logger: Logger): Promise<void> {
  const { spawn } = await import("node:child_process");
  const cli = path.join(projectRoot, "node_modules", "@react-router", "dev", "bin.js");
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "build"], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("error", reject);
    child.once("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new BuildError(output.join(""));
  logger.info("app gebouwd");
}

async function loadProductionBuild(): Promise<{ build: ServerBuild; clientDir: string }> {
  const serverFile = path.join(projectRoot, "build", "server", "index.js");
  if (!fs.existsSync(serverFile))
    throw new MissingBuildError(path.relative(process.cwd(), serverFile) || serverFile);
  const build = (await import(pathToFileURL(serverFile).href)) as ServerBuild;
  return { build, clientDir: path.join(projectRoot, "build", "client") };
}

export interface RunningServer {
  url: string;
  /** Stops taking requests, finishes open ones, closes the database. */
  stop(reason?: string): Promise<void>;
}

/**
 * Starts Zicht: lock, open, migrate, seed, listen. In development the app is
 * served through Vite (hot reload); otherwise from `build/`.
 */
export async function startServer(
  config: Config,
  logger: Logger,
  options: {
    dev?: boolean;
    build?: boolean;
    /** An app build already loaded, instead of `build/` (tests that need the server, not the app). */
    serverBuild?: { build: ServerBuild; clientDir: string };
  } = {},
): Promise<RunningServer> {
  const opened = await openDatabaseForProcess(config, logger);
  let shuttingDown = false;
  try {
    if (options.build && !options.dev) await buildApp(logger);
    // Load the app before touching the database: a missing build fails fast, changing nothing.
    const production = options.dev ? undefined : (options.serverBuild ?? (await loadProductionBuild()));
    await prepareDatabase(opened.handle, config, logger);

    let appOptions: Parameters<typeof createHttpApp>[0];
    const common = { config, db: opened.handle.db, logger, isShuttingDown: () => shuttingDown };
    if (production) {
      appOptions = { ...common, build: production.build, clientDir: production.clientDir };
    } else {
      const vite = await import("vite");
      const devServer = await vite.createServer({ root: projectRoot, server: { middlewareMode: true } });
      appOptions = {
        ...common,
        devMiddleware: devServer.middlewares,
        build: () => devServer.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>,
      };
    }

    const app = createHttpApp(appOptions);
    const server = await new Promise<import("node:http").Server>((resolve, reject) => {
      const listening = app.listen(config.port, config.host, (error?: Error) =>
        error ? reject(error) : resolve(listening),
      );
      listening.once("error", reject);
    });
    server.keepAliveTimeout = 5_000;
    const retention = startRetentionJob(opened.handle.db, config, logger);
    const digest = startDigestJob(opened.handle.db, config, logger);
    // Embedded database only: `zicht db backup` asks this server over a local socket (decision 018).
    const control =
      opened.handle.engine === "pglite" ? await startBackupControl(config, opened.handle, logger) : undefined;
    const backups = startBackupJob(opened.handle, config, logger);
    const address = server.address() as AddressInfo;
    const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
    const url = `http://${host}:${address.port}`;
    logger.info(
      {
        url,
        port: address.port,
        database: opened.handle.engine,
        mode: options.dev ? "development" : config.env,
      },
      "Zicht is gestart",
    );

    let stopping: Promise<void> | undefined;
    return {
      url,
      stop(reason = "stop") {
        stopping ??= (async () => {
          shuttingDown = true;
          retention.stop();
          digest.stop();
          const backupsDone = Promise.all([backups.stop(), control?.close()]);
          logger.info({ reason }, "Zicht stopt: lopende verzoeken worden afgemaakt");
          const closed = new Promise<void>((resolve) => server.close(() => resolve()));
          server.closeIdleConnections();
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<"timeout">((resolve) => {
            timer = setTimeout(() => resolve("timeout"), config.shutdownTimeoutMs);
          });
          if ((await Promise.race([closed, timeout])) === "timeout") {
            logger.warn("niet alle verzoeken waren op tijd klaar; verbindingen worden gesloten");
            server.closeAllConnections();
          }
          clearTimeout(timer);
          await backupsDone;
          await opened.close();
          logger.info("Zicht is gestopt");
        })();
        return stopping;
      },
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
