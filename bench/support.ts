/**
 * Helpers shared by the benchmarks: settings from the environment, the bare
 * node:http baseline server, autocannon runs and their figures, percentiles
 * and plain-text tables. Benchmarks print; they never assert times.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon, { type Options, type Result } from "autocannon";
import { CompiledQuery, type Kysely, type PluginTransformQueryArgs } from "kysely";

/** A positive whole number from the environment, or `fallback`; exits 2 on a bad value. */
export function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`bench: ${name}="${raw}" moet een positief heel getal zijn.\n`);
    process.exit(2);
  }
  return value;
}

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

/** Waits for a child's first stdout line `{"port": n}`. */
export function portOf(child: ChildProcess, what: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${what} stopte meteen (exit ${code})`)));
    let buffered = "";
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const line = buffered.split("\n").find((candidate) => candidate.startsWith("{"));
      if (line) {
        child.stdout?.off("data", onData);
        resolve(Number((JSON.parse(line) as { port: number }).port));
      }
    };
    child.stdout?.on("data", onData);
  });
}

/** Starts the baseline serving `body` with `contentType`; `dir` holds the body file. */
export async function startBaseline(
  body: Buffer,
  contentType: string,
  dir: string,
): Promise<{ url: string; child: ChildProcess }> {
  const bodyFile = path.join(dir, "baseline-body");
  fs.writeFileSync(bodyFile, body);
  const child = spawn(process.execPath, ["-e", baselineSource], {
    env: { ...process.env, BENCH_BODY_FILE: bodyFile, BENCH_CONTENT_TYPE: contentType },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await portOf(child, "de baseline-server");
  return { url: `http://127.0.0.1:${port}/`, child };
}

export function load(options: Options): Promise<Result> {
  return autocannon(options);
}

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export function figures(result: Result): Figures {
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function mean(values: readonly Figures[]): Figures {
  const sum = (pick: (f: Figures) => number) => values.reduce((total, f) => total + pick(f), 0);
  return {
    rps: sum((f) => f.rps) / values.length,
    p50: sum((f) => f.p50) / values.length,
    p99: sum((f) => f.p99) / values.length,
    errors: sum((f) => f.errors),
    non2xx: sum((f) => f.non2xx),
  };
}

/** Rows of cells as aligned text: the first column left-aligned, the others right-aligned. */
export function table(rows: ReadonlyArray<readonly string[]>): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
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

export const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** autocannon measures latency in whole milliseconds: a 0 ms baseline means "under 1 ms", so the ratio is a lower bound. */
export function latencyRatio(app: number, base: number): string {
  return base > 0 ? fixed(app / base, 1) : `>${fixed(app, 0)} (baseline <1 ms)`;
}

/** The p-th percentile (0–100) of the values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/**
 * Alternating rounds of app and baseline after a warm-up of each, so drift of
 * the machine hits both equally; prints each round and returns the means.
 */
export async function compareWithBaseline(
  app: Options,
  baseline: Options,
  settings: { duration: number; rounds: number; warmupSeconds: number },
): Promise<{ app: Figures; baseline: Figures }> {
  await load({ ...app, duration: settings.warmupSeconds });
  await load({ ...baseline, duration: settings.warmupSeconds });
  const appRuns: Figures[] = [];
  const baselineRuns: Figures[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    const a = figures(await load({ ...app, duration: settings.duration }));
    appRuns.push(a);
    console.log(`round ${round} app:      ${fixed(a.rps)} req/s, p50 ${a.p50} ms, p99 ${a.p99} ms`);
    const b = figures(await load({ ...baseline, duration: settings.duration }));
    baselineRuns.push(b);
    console.log(`round ${round} baseline: ${fixed(b.rps)} req/s, p50 ${b.p50} ms, p99 ${b.p99} ms`);
  }
  return { app: mean(appRuns), baseline: mean(baselineRuns) };
}

/** The table of app against baseline, with ratios, and a warning line for errors. */
export function comparisonTable(label: string, result: { app: Figures; baseline: Figures }): string {
  const { app, baseline } = result;
  const lines = [
    table([
      ["", "requests/s", "p50 latency (ms)", "p99 latency (ms)"],
      [label, fixed(app.rps), fixed(app.p50), fixed(app.p99)],
      ["baseline (node:http)", fixed(baseline.rps), fixed(baseline.p50), fixed(baseline.p99)],
      [
        "ratio app/baseline",
        fixed(app.rps / baseline.rps, 3),
        latencyRatio(app.p50, baseline.p50),
        latencyRatio(app.p99, baseline.p99),
      ],
    ]),
  ];
  if (app.errors + app.non2xx + baseline.errors + baseline.non2xx > 0) {
    lines.push(
      `\nwarning: app ${app.errors} errors/timeouts, ${app.non2xx} non-2xx; baseline ${baseline.errors} errors/timeouts, ${baseline.non2xx} non-2xx`,
    );
  }
  return lines.join("\n");
}

/** Runs a benchmark's main function; an error is printed as one line (with stack) and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}

/** The statements `run` sends through the given database, compiled (captured by a Kysely plugin). */
export async function captureStatements<DB>(
  db: Kysely<DB>,
  run: (spy: Kysely<DB>) => Promise<unknown>,
): Promise<CompiledQuery[]> {
  const captured: PluginTransformQueryArgs[] = [];
  const spy = db.withPlugin({
    transformQuery(args) {
      captured.push(args);
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  await run(spy);
  return captured.map((statement) => db.getExecutor().compileQuery(statement.node, statement.queryId));
}

/** EXPLAIN ANALYZE of one compiled statement, as the plan's lines. */
export async function explainAnalyze<DB>(db: Kysely<DB>, compiled: CompiledQuery): Promise<string> {
  const result = await db.executeQuery<{ "QUERY PLAN": string }>(
    CompiledQuery.raw(`explain analyze ${compiled.sql}`, [...compiled.parameters]),
  );
  return result.rows.map((row) => row["QUERY PLAN"]).join("\n");
}
