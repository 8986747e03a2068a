import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { Config } from "../app/config.server";
import { BackupError, checkBackupTarget, createBackup } from "../app/db/backup.server";
import type { DatabaseHandle } from "../app/db/connection.server";

/**
 * The server's local control channel (decision 018): a Unix socket
 * `<data dir>/zicht.sock`, mode 0600, so only the owner of the data
 * directory can use it. While the server holds the embedded database,
 * `zicht db backup` asks it here to write a back-up. One JSON line in, one
 * JSON line out, one command: `{"command":"backup","file":"/abs/path"}`.
 */

export function controlSocketPath(config: Config): string {
  return path.join(config.dataDir, "zicht.sock");
}

type Reply = { ok: true; file: string; bytes: number; createdAt: string } | { ok: false; error: string };

/** Longest socket path that works everywhere (Linux allows 107 bytes, macOS 103). */
const maxSocketPathBytes = 103;

/** Longest request line accepted (a path and a few words). */
const maxRequestBytes = 16 * 1024;

interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * Listens on the control socket. The caller holds the data directory lock,
 * so a socket file that is already there is left by a process that died:
 * it is removed first. Resolves to undefined (and logs a warning) when the
 * socket cannot be made; the server runs on without it.
 */
export async function startBackupControl(
  config: Config,
  handle: DatabaseHandle,
  logger: Logger,
): Promise<{ close(): Promise<void> } | undefined> {
  const socketPath = controlSocketPath(config);
  if (Buffer.byteLength(socketPath) > maxSocketPathBytes) {
    // Node would quietly shorten the path and listen somewhere else.
    logger.warn(
      { path: socketPath },
      "het besturingskanaal voor back-ups kan niet worden gemaakt: het pad van de datamap is te lang",
    );
    return undefined;
  }
  try {
    if (fs.lstatSync(socketPath).isSocket()) fs.rmSync(socketPath);
  } catch {
    // No socket left behind.
  }
  let queue: Promise<unknown> = Promise.resolve();
  const server = net.createServer((socket) => {
    let received = "";
    let answered = false;
    const answer = (reply: Reply) => {
      if (answered) return;
      answered = true;
      socket.end(`${JSON.stringify(reply)}\n`);
    };
    socket.setEncoding("utf8");
    socket.on("error", () => undefined);
    socket.on("data", (chunk: string) => {
      if (answered) return;
      received += chunk;
      if (received.length > maxRequestBytes) {
        answer({ ok: false, error: "Het verzoek is te lang." });
        return;
      }
      const end = received.indexOf("\n");
      if (end === -1) return;
      const file = parseRequest(received.slice(0, end));
      if (typeof file !== "string") {
        answer(file);
        return;
      }
      const work = queue.then(async () => {
        checkBackupTarget(config, file);
        return createBackup(handle, file);
      });
      queue = work.catch(() => undefined);
      work.then(
        (made) => {
          logger.info({ bytes: made.bytes }, "back-up gemaakt op verzoek van zicht db backup");
          answer({ ok: true, file: made.file, bytes: made.bytes, createdAt: made.createdAt.toISOString() });
        },
        (error: unknown) => {
          if (!(error instanceof BackupError)) logger.error({ err: error }, "de back-up is mislukt");
          answer({
            ok: false,
            error:
              error instanceof BackupError
                ? error.message
                : "De back-up is mislukt; zie het log van de server.",
          });
        },
      );
    });
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once("error", (error) => {
      logger.warn({ err: error }, "het besturingskanaal voor back-ups kon niet worden gemaakt");
      resolve(false);
    });
    // Made with mode 0600 from the start (umask), not made and then narrowed.
    const umask = process.umask(0o177);
    try {
      server.listen(socketPath, () => resolve(true));
    } catch (error) {
      logger.warn({ err: error }, "het besturingskanaal voor back-ups kon niet worden gemaakt");
      resolve(false);
    } finally {
      process.umask(umask);
    }
  });
  if (!listening) return undefined;
  fs.chmodSync(socketPath, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        // Waits for a back-up in progress; new connections are refused.
        server.close(() => resolve());
        fs.rmSync(socketPath, { force: true });
      }),
  };
}

function parseRequest(line: string): string | Reply {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { ok: false, error: "Onbekend verzoek." };
  }
  const { command, file } = (request ?? {}) as { command?: unknown; file?: unknown };
  if (command !== "backup") return { ok: false, error: "Onbekend verzoek: alleen backup kan." };
  if (typeof file !== "string" || !path.isAbsolute(file)) {
    return { ok: false, error: "Geef een volledig pad op voor de back-up." };
  }
  return file;
}

/**
 * Asks a running server for a back-up into `file` (absolute). Resolves to
 * undefined when no server listens on the socket (none there, or left by a
 * process that died); rejects with a BackupError when the server refused.
 */
export function askServerForBackup(
  config: Config,
  file: string,
): Promise<{ file: string; bytes: number; createdAt: string } | undefined> {
  const socketPath = controlSocketPath(config);
  // No server can listen on a path this long (see startBackupControl).
  if (Buffer.byteLength(socketPath) > maxSocketPathBytes) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    let connected = false;
    let received = "";
    const socket = net.createConnection(socketPath, () => {
      connected = true;
      socket.write(`${JSON.stringify({ command: "backup", file })}\n`);
    });
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (!connected && ["ENOENT", "ECONNREFUSED", "ENOTSOCK"].includes(error.code ?? "")) resolve(undefined);
      else
        reject(new BackupError(`De server gaf geen antwoord op de vraag om een back-up: ${error.message}`));
    });
    socket.on("close", () => {
      if (!connected) return;
      let reply: Reply;
      try {
        reply = JSON.parse(received.trim()) as Reply;
      } catch {
        reject(new BackupError("De server gaf geen bruikbaar antwoord op de vraag om een back-up."));
        return;
      }
      if (reply.ok) resolve({ file: reply.file, bytes: reply.bytes, createdAt: reply.createdAt });
      else reject(new BackupError(reply.error));
    });
  });
}
