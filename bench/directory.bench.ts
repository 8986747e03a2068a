/**
 * Directory benchmark: a synthetic Wegwijzer of 50,000 services (generated
 * now, see generate-directory.ts) on PGlite and on the PostgreSQL server;
 * search latency of `findServices` over varied queries (text only, place
 * only, place + filters + text) and HTTP throughput of
 * /api/hsds/services?municipality=…&search=… against a bare node:http
 * baseline. Prints tables; asserts nothing about time (bench/README.md).
 *
 *   npm run bench:directory
 *   BENCH_SERVICES=10000 BENCH_ENGINES=pglite BENCH_DURATION=5 npm run bench:directory
 *
 * Settings: BENCH_SERVICES (50000), BENCH_QUERIES (600, at least 500 recommended),
 * BENCH_ENGINES (pglite,postgres), BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/test: the
 * benchmark creates and drops its own zicht_bench_* database there), BENCH_DURATION (10 s per HTTP run),
 * BENCH_CONNECTIONS (10), BENCH_HTTP (1; 0 skips the HTTP part), BENCH_EXPLAIN (0; 1 prints
 * EXPLAIN ANALYZE of the slowest query of each kind).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql, type Kysely } from "kysely";
import type { Database } from "../app/db/database";
import { migrateToLatest } from "../app/db/migrate.server";
import { runSeeds } from "../app/db/seed/index.server";
import { areaCodesFor, loadRegionData, resolvePlace } from "../app/modules/directory/places.server";
import type { RegionData } from "../app/modules/directory/regions";
import { normaliseWords, tsQueryText, type Gender } from "../app/modules/directory/search-query";
import { countLimit } from "../app/modules/directory/directory-search.server";
import {
  countByTerms,
  countServices,
  findServices,
  type ServiceFilters,
} from "../app/modules/directory/search.server";
import { generateDirectory, randomGenerator, type Vocabulary } from "./generate-directory";
import { openBenchEngine, type BenchEngine } from "./engines";
import { bulkLoad } from "./load-directory";
import {
  captureStatements,
  compareWithBaseline,
  comparisonTable,
  explainAnalyze,
  fixed,
  percentile,
  portOf,
  positiveInteger,
  runBench,
  startBaseline,
  table,
} from "./support";

const serviceCount = positiveInteger("BENCH_SERVICES", 50_000);
const queryCount = positiveInteger("BENCH_QUERIES", 600);
const duration = positiveInteger("BENCH_DURATION", 10);
// Fewer connections than the home page benchmark: a search costs tens to hundreds of milliseconds,
// so 50 queued connections only measure autocannon's timeout.
const connections = positiveInteger("BENCH_CONNECTIONS", 10);
const engines = (process.env.BENCH_ENGINES ?? "pglite,postgres").split(",").map((engine) => engine.trim());
const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const withHttp = process.env.BENCH_HTTP !== "0";
const explain = process.env.BENCH_EXPLAIN === "1";
const vocabulary = (process.env.BENCH_VOCABULARY || "rich") as Vocabulary;
if (vocabulary !== "rich" && vocabulary !== "small") {
  throw new Error(`BENCH_VOCABULARY moet rich of small zijn, niet '${String(vocabulary)}'`);
}
const rounds = 2;
const warmupSeconds = Math.min(3, duration);

type Db = Kysely<Database>;

// ------------------------------------------------------------------ queries

type QueryKind = "text only" | "place only" | "place + filters + text";

interface BenchQuery {
  kind: QueryKind;
  label: string;
  filters: ServiceFilters;
  /** The same search as an API path. */
  apiPath: string;
}

const searchTexts = [
  "meisje",
  "loverboy",
  "uitgebuit",
  "opvang",
  "behandeling jongeren",
  "hulp bij uitbuiting",
  "training ouders",
  "lvb",
  "criminele uitbuiting",
  "weerbaarheid",
  "schulden",
  "spreekuur",
  "beschermd wonen",
  "nazorg",
  "coach",
  "mensenhandel",
  "drugs",
  "online grenzen",
  "jeugdzorg",
  "begeleidng",
  "therapie trauma",
  "meldpunt",
];

function buildQueries(count: number, regions: RegionData): BenchQuery[] {
  const random = randomGenerator(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const kinds: QueryKind[] = ["text only", "place only", "place + filters + text"];
  return Array.from({ length: count }, (_, index): BenchQuery => {
    const kind = kinds[index % kinds.length] as QueryKind;
    const municipality = regions.municipalities[(index * 7) % regions.municipalities.length];
    const place = municipality ? resolvePlace(municipality.code, regions) : undefined;
    const area = place ? areaCodesFor(place, regions) : undefined;
    const text = kind === "place only" ? "" : normaliseWords(pick(searchTexts));
    const age = kind === "place + filters + text" ? pick([12, 15, 17, 19, 23]) : undefined;
    const gender: Gender | undefined =
      kind === "place + filters + text" ? pick(["female", "male", "x"] as const) : undefined;
    const filters: ServiceFilters = {
      tsQuery: tsQueryText(text),
      text,
      area: kind === "text only" ? undefined : area,
      age,
      gender,
    };
    const params = new URLSearchParams();
    if (kind !== "text only" && municipality) params.set("municipality", municipality.code);
    if (text) params.set("search", text);
    if (age !== undefined) params.set("age", String(age));
    if (gender) params.set("gender", gender);
    params.set("per_page", "20");
    return {
      kind,
      label: `${municipality?.name ?? ""} ${text} ${age ?? ""} ${gender ?? ""}`.trim(),
      filters,
      apiPath: `/api/hsds/services?${params.toString()}`,
    };
  });
}

interface Timing {
  query: BenchQuery;
  /** findServices as the page calls it: first page of 20, counted up to countLimit. */
  ms: number;
  /** The facet counts the page adds (countByTerms). */
  facetMs: number;
  /** Every match, counted exactly (not timed). */
  total: number;
}

/** findServices as /wegwijzer calls it (first page, count up to countLimit). */
const pageSearch = (db: Db, filters: ServiceFilters) =>
  findServices(db, filters, { offset: 0, limit: 20 }, { countUpTo: countLimit });

async function measure(db: Db, queries: readonly BenchQuery[]): Promise<Timing[]> {
  // Warm-up: caches, JIT, the planner's statistics.
  for (const query of queries.slice(0, 30)) await pageSearch(db, query.filters);
  const timings: Timing[] = [];
  for (const query of queries) {
    // A fresh filters object per call: findServices remembers its text decision per object.
    let started = performance.now();
    await pageSearch(db, { ...query.filters });
    const ms = performance.now() - started;
    started = performance.now();
    await countByTerms(db, { ...query.filters });
    const facetMs = performance.now() - started;
    const { total } = await countServices(db, { ...query.filters });
    timings.push({ query, ms, facetMs, total });
  }
  return timings;
}

function latencyTable(
  engine: string,
  timings: readonly Timing[],
  measured: (timing: Timing) => number = (timing) => timing.ms,
): string {
  const kinds: Array<QueryKind | "all"> = ["text only", "place only", "place + filters + text", "all"];
  const rows = kinds.map((kind) => {
    const selected = timings.filter((timing) => kind === "all" || timing.query.kind === kind);
    const ms = selected.map(measured);
    const matches = selected.map((timing) => timing.total);
    return [
      `${engine}: ${kind}`,
      String(selected.length),
      fixed(percentile(ms, 50)),
      fixed(percentile(ms, 95)),
      fixed(percentile(ms, 99)),
      fixed(Math.max(...ms)),
      fixed(matches.reduce((sum, value) => sum + value, 0) / Math.max(1, matches.length), 0),
    ];
  });
  return table([["", "queries", "p50 (ms)", "p95 (ms)", "p99 (ms)", "max (ms)", "mean matches"], ...rows]);
}

async function explainSlowest(db: Db, timings: readonly Timing[]): Promise<void> {
  for (const kind of ["text only", "place only", "place + filters + text"] as const) {
    const slowest = timings.filter((timing) => timing.query.kind === kind).sort((a, b) => b.ms - a.ms)[0];
    if (!slowest) continue;
    console.log(`\nslowest ${kind} (${fixed(slowest.ms)} ms): ${slowest.query.label}`);
    // findServices' own SQL, explained: run it through a wrapper that prefixes EXPLAIN ANALYZE.
    const explained = await explainFindServices(db, slowest.query.filters);
    console.log(explained);
  }
}

/**
 * EXPLAIN ANALYZE of every statement findServices sends (the text decision,
 * the page, the count: captured by a plugin, compiled again).
 */
async function explainFindServices(db: Db, filters: ServiceFilters): Promise<string> {
  const statements = await captureStatements(db, (spy) => pageSearch(spy, { ...filters }));
  if (statements.length === 0) return "(geen query gezien)";
  const plans: string[] = [];
  for (const compiled of statements) plans.push(await explainAnalyze(db, compiled));
  return plans.join("\n--\n");
}

// ------------------------------------------------------------------ engines

interface OpenedEngine extends BenchEngine {
  /** Environment for the HTTP server child. */
  serverEnv: Record<string, string>;
}

async function openEngine(engine: string, workDir: string): Promise<OpenedEngine | undefined> {
  const opened = await openBenchEngine(engine, workDir, serverUrl);
  if (!opened) return undefined;
  const serverEnv: Record<string, string> =
    "dataDir" in opened.location
      ? { BENCH_SERVER_DATA_DIR: opened.location.dataDir }
      : { BENCH_SERVER_DATABASE_URL: opened.location.url };
  return { ...opened, serverEnv };
}

async function startHsdsServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const script = path.resolve(import.meta.dirname, "hsds-server.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await portOf(child, "de HSDS-server");
  return { url: `http://127.0.0.1:${port}`, child };
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function httpBenchmark(
  opened: OpenedEngine,
  queries: readonly BenchQuery[],
  workDir: string,
): Promise<void> {
  let server: { url: string; child: ChildProcess } | undefined;
  let baseline: { url: string; child: ChildProcess } | undefined;
  try {
    server = await startHsdsServer(opened.serverEnv);
    const apiQueries = queries.filter((query) => query.kind !== "place only").slice(0, 40);
    const first = apiQueries[0] as BenchQuery;
    const response = await fetch(`${server.url}${first.apiPath}`);
    if (response.status !== 200)
      throw new Error(`${first.apiPath} gaf ${response.status}: ${await response.text()}`);
    const body = Buffer.from(await response.arrayBuffer());
    baseline = await startBaseline(body, response.headers.get("content-type") ?? "application/json", workDir);
    console.log(
      `\nHTTP (${opened.engine}): ${apiQueries.length} different /api/hsds/services?municipality=…&search=…&per_page=20 requests in turn; baseline serves one such answer (${body.length} bytes) from node:http`,
    );
    console.log(
      `load: ${connections} connections, ${duration} s per run, ${rounds} rounds, ${warmupSeconds} s warm-up each`,
    );
    const result = await compareWithBaseline(
      {
        url: server.url,
        connections,
        requests: apiQueries.map((query) => ({ method: "GET", path: query.apiPath })),
        timeout: 30,
      },
      { url: baseline.url, connections },
      { duration, rounds, warmupSeconds },
    );
    console.log(`\nmean of ${rounds} rounds (${opened.engine}):\n`);
    console.log(comparisonTable("HSDS API (handler on node:http)", result));
  } finally {
    await stopChild(baseline?.child);
    await stopChild(server?.child);
  }
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-bench-directory-"));
  const opened: OpenedEngine[] = [];
  process.once("SIGINT", () => {
    void Promise.all(opened.map((engine) => engine.cleanUp().catch(() => undefined))).then(() => {
      fs.rmSync(workDir, { recursive: true, force: true });
      process.exit(130);
    });
  });
  console.log(`Zicht directory benchmark (${os.cpus().length} CPU's, Node ${process.version})`);
  console.log(
    `${serviceCount} synthetic services (${vocabulary} vocabulary), ${queryCount} queries per engine, engines: ${engines.join(", ")}`,
  );
  try {
    for (const engine of engines) {
      const current = await openEngine(engine, workDir);
      if (!current) continue;
      opened.push(current);
      const db = current.handle.db;
      let closed = false;
      try {
        await migrateToLatest(db);
        await runSeeds(db, { includeDemo: false });
        const regions = await loadRegionData(db);
        let started = performance.now();
        const generated = generateDirectory(serviceCount, regions, undefined, vocabulary);
        const generatedMs = performance.now() - started;
        started = performance.now();
        await bulkLoad(db, generated, regions);
        const loadedMs = performance.now() - started;
        const { rows } = await sql<{ count: number }>`select count(*)::int as count from service`.execute(db);
        console.log(
          `\n${engine}: generated ${serviceCount} services in ${fixed(generatedMs / 1000)} s, loaded in ${fixed(loadedMs / 1000)} s (${rows[0]?.count} services in the database)`,
        );
        const queries = buildQueries(queryCount, regions);
        const timings = await measure(db, queries);
        console.log(
          `\nfindServices latency (${engine}, first page of 20 and the count up to ${countLimit}, as /wegwijzer calls it; after 30 warm-up queries):\n`,
        );
        console.log(latencyTable(engine, timings));
        console.log(`\n+ facet counts (countByTerms), the whole search of /wegwijzer (${engine}):\n`);
        console.log(latencyTable(engine, timings, (timing) => timing.ms + timing.facetMs));
        if (explain) await explainSlowest(db, timings);
        await current.handle.close();
        closed = true;
        if (withHttp) await httpBenchmark(current, queries, workDir);
      } finally {
        if (!closed) await current.handle.close();
        await current.cleanUp();
      }
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

runBench(main);
