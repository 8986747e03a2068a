/**
 * Load benchmark of the home page: the built Zicht app against a bare
 * node:http server that returns a page of the same size. Prints figures and
 * ratios; asserts nothing about time (see bench/README.md).
 *
 *   npm run bench                      # 10 s per run, 50 connections
 *   BENCH_DURATION=5 BENCH_CONNECTIONS=20 npm run bench
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import { makeDataDir, removeDataDir, startZicht, type ZichtProcess } from "../tests/e2e/support/server";

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`bench: ${name}="${raw}" moet een positief heel getal zijn.\n`);
    process.exit(2);
  }
  return value;
}

const duration = positiveInteger("BENCH_DURATION", 10);
const connections = positiveInteger("BENCH_CONNECTIONS", 50);
const rounds = 2;
const warmupSeconds = Math.min(3, duration);

/** The baseline: a separate process (so it does not share autocannon's event loop) serving fixed bytes. */
const baselineSource = `
const http = require("node:http");
const fs = require("node:fs");
const body = fs.readFileSync(process.env.BENCH_BODY_FILE);
const type = process.env.BENCH_CONTENT_TYPE;
const server = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
  res.end(body);
});
server.keepAliveTimeout = 5000;
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
`;

async function startBaseline(
  body: Buffer,
  contentType: string,
  dir: string,
): Promise<{ url: string; child: ChildProcess }> {
  const bodyFile = path.join(dir, "home.html");
  fs.writeFileSync(bodyFile, body);
  const child = spawn(process.execPath, ["-e", baselineSource], {
    env: { ...process.env, BENCH_BODY_FILE: bodyFile, BENCH_CONTENT_TYPE: contentType },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`de baseline-server stopte meteen (exit ${code})`)));
    child.stdout?.once("data", (chunk: Buffer) => resolve(Number(JSON.parse(chunk.toString("utf8")).port)));
  });
  return { url: `http://127.0.0.1:${port}/`, child };
}

async function load(url: string, seconds: number): Promise<Result> {
  return autocannon({ url, connections, duration: seconds });
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function figures(result: Result): Figures {
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function mean(values: readonly Figures[]): Figures {
  const sum = (pick: (f: Figures) => number) => values.reduce((total, f) => total + pick(f), 0);
  return {
    rps: sum((f) => f.rps) / values.length,
    p50: sum((f) => f.p50) / values.length,
    p99: sum((f) => f.p99) / values.length,
    errors: sum((f) => f.errors),
    non2xx: sum((f) => f.non2xx),
  };
}

function table(rows: ReadonlyArray<[string, string, string, string]>): string {
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join("   "),
    )
    .join("\n");
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** autocannon measures latency in whole milliseconds: a 0 ms baseline means "under 1 ms", so the ratio is a lower bound. */
function latencyRatio(app: number, base: number): string {
  return base > 0 ? fixed(app / base, 1) : `>${fixed(app, 0)} (baseline <1 ms)`;
}

async function main(): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-bench-"));
  const dataDir = makeDataDir("zicht-bench-data-");
  let app: ZichtProcess | undefined;
  let baseline: ChildProcess | undefined;
  const cleanUp = async () => {
    baseline?.kill("SIGTERM");
    if (app) await app.stop("SIGTERM").catch(() => undefined);
    removeDataDir(dataDir);
    removeDataDir(workDir);
  };
  process.once("SIGINT", () => {
    void cleanUp().then(() => process.exit(130));
  });

  try {
    // LOG_LEVEL stays info: request lines are debug, so the log is quiet under load.
    app = await startZicht({ dataDir, env: { ZICHT_TEST_ROUTES: "false" } });
    const appUrl = `${app.url}/`;
    const response = await fetch(appUrl, { headers: { "Accept-Encoding": "identity" } });
    if (response.status !== 200) throw new Error(`GET / gaf ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get("content-type") ?? "text/html; charset=utf-8";
    const started = await startBaseline(body, contentType, workDir);
    baseline = started.child;

    console.log(`Zicht home page benchmark (${os.cpus().length} CPU's, Node ${process.version})`);
    console.log(
      `page: ${body.length} bytes ${contentType}, uncompressed (autocannon sends no Accept-Encoding)`,
    );
    console.log(
      `load: ${connections} connections, ${duration} s per run, ${rounds} rounds alternating app / baseline, after ${warmupSeconds} s warm-up each`,
    );
    console.log(`app: ${appUrl}   baseline: ${started.url}\n`);

    await load(appUrl, warmupSeconds);
    await load(started.url, warmupSeconds);

    const appRuns: Figures[] = [];
    const baselineRuns: Figures[] = [];
    for (let round = 1; round <= rounds; round++) {
      const a = figures(await load(appUrl, duration));
      appRuns.push(a);
      console.log(`round ${round} app:      ${fixed(a.rps)} req/s, p50 ${a.p50} ms, p99 ${a.p99} ms`);
      const b = figures(await load(started.url, duration));
      baselineRuns.push(b);
      console.log(`round ${round} baseline: ${fixed(b.rps)} req/s, p50 ${b.p50} ms, p99 ${b.p99} ms`);
    }

    const appMean = mean(appRuns);
    const baseMean = mean(baselineRuns);
    console.log(`\nmean of ${rounds} rounds:\n`);
    console.log(
      table([
        ["", "requests/s", "p50 latency (ms)", "p99 latency (ms)"],
        ["app (GET /)", fixed(appMean.rps), fixed(appMean.p50), fixed(appMean.p99)],
        ["baseline (node:http)", fixed(baseMean.rps), fixed(baseMean.p50), fixed(baseMean.p99)],
        [
          "ratio app/baseline",
          fixed(appMean.rps / baseMean.rps, 3),
          latencyRatio(appMean.p50, baseMean.p50),
          latencyRatio(appMean.p99, baseMean.p99),
        ],
      ]),
    );
    if (appMean.errors + appMean.non2xx + baseMean.errors + baseMean.non2xx > 0) {
      console.log(
        `\nwarning: app ${appMean.errors} errors/timeouts, ${appMean.non2xx} non-2xx; baseline ${baseMean.errors} errors/timeouts, ${baseMean.non2xx} non-2xx`,
      );
    }
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
