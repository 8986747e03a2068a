/**
 * Starts the BUILT Zicht app as a real child process (`node bin/zicht.js start`),
 * exactly as an operator would, and gives tests its URL and its log output.
 *
 * Used by the end-to-end tests and by the benchmark, so it must not import vitest.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..", "..");
const zichtBin = path.join(projectRoot, "bin", "zicht.js");
const serverBuild = path.join(projectRoot, "build", "server", "index.js");

/** One parsed pino JSON line from the server's stdout. */
export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ZichtProcess {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Every stdout line so far (pino JSON). */
  stdoutLines: string[];
  /** Every stderr line so far. */
  stderrLines: string[];
  /** The stdout lines that parse as JSON log lines. */
  logs(): LogLine[];
  /** Resolves with the first log line (already seen or still to come) that matches. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Resolves when the process has exited (whatever the reason). */
  exited: Promise<Exit>;
  /** Sends a signal (SIGTERM by default) and waits for the exit; SIGKILLs after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<Exit>;
}

export interface StartOptions {
  /** Data directory to use; a fresh temporary one when absent. */
  dataDir?: string;
  /** Extra or overriding environment variables. */
  env?: Record<string, string | undefined>;
  /** How long to wait for "Zicht is gestart". */
  timeoutMs?: number;
}

/** A fresh, empty temporary data directory. */
export function makeDataDir(prefix = "zicht-e2e-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Removes a data directory and its key folder beside it (`<dir>-keys`, the default of ZICHT_KEY_DIR). */
export function removeDataDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.rmSync(`${dir}-keys`, { recursive: true, force: true, maxRetries: 3 });
}

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/** True when `build/` is missing or older than any source that goes into it. */
export function buildIsStale(): boolean {
  if (!fs.existsSync(serverBuild)) return true;
  const built = fs.statSync(serverBuild).mtimeMs;
  const sources = ["app", "content", "public", "vite.config.ts", "react-router.config.ts", "package.json"];
  return sources.some((source) => newestMtime(path.join(projectRoot, source)) > built);
}

/**
 * Runs `npm run build` when the build is missing or older than the sources,
 * so the tests never run against a stale app. Throws when the build fails.
 */
export function ensureBuild(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  if (!buildIsStale()) return;
  log("e2e: de build ontbreekt of is verouderd; npm run build ...");
  const result = spawnSync("npm", ["run", "build", "--silent"], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`npm run build mislukte (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Environment for a child: ours, without database/port settings that would leak in, plus the test defaults. */
function childEnv(dataDir: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Without ZICHT_KEY_DIR each data directory gets its own key folder beside it (removed with it).
  for (const key of [
    "DATABASE_URL",
    "TEST_DATABASE_URL",
    "HOST",
    "PORT",
    "LOG_FORMAT",
    "NODE_OPTIONS",
    "ZICHT_KEY_DIR",
  ])
    delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || key.startsWith("npm_")) delete env[key];
  Object.assign(env, {
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: "0",
    ZICHT_DATA_DIR: dataDir,
    ZICHT_TEST_ROUTES: "true",
    LOG_LEVEL: "info",
    LOG_FORMAT: "json",
  });
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

function collectLines(stream: NodeJS.ReadableStream | null, into: string[], onLine: () => void): void {
  if (!stream) return;
  let rest = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    rest += chunk;
    const parts = rest.split("\n");
    rest = parts.pop() ?? "";
    for (const part of parts) into.push(part);
    onLine();
  });
  stream.on("end", () => {
    if (rest !== "") into.push(rest);
    rest = "";
    onLine();
  });
}

export function parseLogLine(line: string): LogLine | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const parsed = JSON.parse(line) as unknown;
    return typeof parsed === "object" && parsed !== null && "level" in parsed
      ? (parsed as LogLine)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Spawns `node bin/zicht.js <args>` with the test environment; does not wait for anything. */
export function spawnZicht(args: string[], dataDir: string, env?: Record<string, string | undefined>) {
  const child = spawn(process.execPath, [zichtBin, ...args], {
    cwd: projectRoot,
    env: childEnv(dataDir, env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdoutLines: string[] = [];
  const stderrLines: string[] = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  collectLines(child.stdout, stdoutLines, notify);
  collectLines(child.stderr, stderrLines, notify);
  // "close" comes after the process has exited AND its output pipes are drained.
  const exited = new Promise<Exit>((resolve) => {
    child.once("close", (code, signal) => {
      resolve({ code, signal });
    });
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    notify();
  });
  return { child, stdoutLines, stderrLines, listeners, exited, hasExited: () => hasExited };
}

/** Runs `node bin/zicht.js <args>` to completion (for commands expected to end by themselves). */
export async function runZicht(
  args: string[],
  options: { dataDir: string; env?: Record<string, string | undefined>; timeoutMs?: number },
): Promise<Exit & { stdoutLines: string[]; stderrLines: string[] }> {
  const run = spawnZicht(args, options.dataDir, options.env);
  const timeoutMs = options.timeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const outcome = await Promise.race([run.exited, timeout]);
  clearTimeout(timer);
  if (outcome === "timeout") {
    run.child.kill("SIGKILL");
    await run.exited;
    throw new Error(
      `zicht ${args.join(" ")} was na ${timeoutMs} ms nog niet klaar.\nstdout:\n${run.stdoutLines.join("\n")}\nstderr:\n${run.stderrLines.join("\n")}`,
    );
  }
  return { ...outcome, stdoutLines: run.stdoutLines, stderrLines: run.stderrLines };
}

/**
 * Starts the built app and resolves once it logs "Zicht is gestart".
 * Rejects (with its output) if it exits first or takes longer than `timeoutMs`.
 */
export async function startZicht(options: StartOptions = {}): Promise<ZichtProcess> {
  ensureBuild();
  const dataDir = options.dataDir ?? makeDataDir();
  const run = spawnZicht(["start"], dataDir, options.env);
  const { child, stdoutLines, stderrLines, listeners, exited } = run;

  const logs = () => stdoutLines.map(parseLogLine).filter((line): line is LogLine => line !== undefined);
  const output = () => `stdout:\n${stdoutLines.join("\n")}\nstderr:\n${stderrLines.join("\n")}`;

  const waitForLog = (match: (line: LogLine) => boolean, timeoutMs = 30_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = logs().find(match);
        if (found) {
          finish();
          resolve(found);
        } else if (run.hasExited()) {
          finish();
          reject(new Error(`Zicht stopte voordat de verwachte logregel kwam.\n${output()}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`De verwachte logregel kwam niet binnen ${timeoutMs} ms.\n${output()}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });

  const stop = async (signal: NodeJS.Signals = "SIGTERM", timeoutMs = 20_000): Promise<Exit> => {
    if (!run.hasExited()) child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    const outcome = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (outcome === "timeout") {
      child.kill("SIGKILL");
      await exited;
      throw new Error(`Zicht stopte niet binnen ${timeoutMs} ms na ${signal}.\n${output()}`);
    }
    return outcome;
  };

  let started: LogLine;
  try {
    started = await waitForLog((line) => line.msg === "Zicht is gestart", options.timeoutMs ?? 90_000);
  } catch (error) {
    if (!run.hasExited()) child.kill("SIGKILL");
    await exited;
    if (!options.dataDir) removeDataDir(dataDir);
    throw error;
  }
  const url = String(started.url).replace(/\/$/, "");
  return {
    url,
    port: Number(started.port),
    dataDir,
    child,
    stdoutLines,
    stderrLines,
    logs,
    waitForLog,
    exited,
    stop,
  };
}
