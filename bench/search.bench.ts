/**
 * Site-wide search benchmark (/zoeken): the synthetic Wegwijzer of the
 * directory benchmark (50,000 services, generate-directory.ts, loaded by
 * load-directory.ts) plus the platform content (knowledge pages, library,
 * helplines), on PGlite and on the PostgreSQL server. Measures
 * `searchEverything` with the sources the /zoeken loader passes, for three
 * cases: a normal word (found in the first round), typos that only the
 * `similar` round finds, and nonsense that finds nothing (goes through
 * every round). The baseline is `select 1` on the same connection, as in the
 * case benchmark. Prints tables; asserts nothing about time (bench/README.md).
 *
 *   npm run bench:search
 *   BENCH_SERVICES=10000 BENCH_ENGINES=pglite npm run bench:search
 *
 * Settings: BENCH_SERVICES (50000), BENCH_QUERIES (60 runs per case), BENCH_ENGINES (pglite,postgres),
 * BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/test: the benchmark creates and drops its own
 * zicht_bench_* database there), BENCH_VOCABULARY (rich), BENCH_EXPLAIN (0; 1 prints EXPLAIN ANALYZE
 * of every statement of the services source for each text).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql, type Kysely } from "kysely";
import type { Database } from "../app/db/database";
import { migrateToLatest } from "../app/db/migrate.server";
import { runSeeds } from "../app/db/seed/index.server";
import { serviceSearchSource } from "../app/modules/directory/search-source.server";
import { loadRegionData } from "../app/modules/directory/places.server";
import {
  searchEverything,
  searchSources,
  type SearchMode,
  type SearchSource,
  withSimilarityThreshold,
} from "../app/modules/knowledge/search.server";
import { queryWords, toTsQuery } from "../app/modules/knowledge/search";
import { instrumentSearchSource } from "../app/modules/screening/search-source.server";
import { openBenchEngine } from "./engines";
import { generateDirectory, type Vocabulary } from "./generate-directory";
import { bulkLoad } from "./load-directory";
import {
  captureStatements,
  explainAnalyze,
  fixed,
  percentile,
  positiveInteger,
  runBench,
  table,
} from "./support";

const serviceCount = positiveInteger("BENCH_SERVICES", 50_000);
const runsPerCase = positiveInteger("BENCH_QUERIES", 60);
const engines = (process.env.BENCH_ENGINES ?? "pglite,postgres").split(",").map((engine) => engine.trim());
const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const explain = process.env.BENCH_EXPLAIN === "1";
const vocabulary = (process.env.BENCH_VOCABULARY || "rich") as Vocabulary;
if (vocabulary !== "rich" && vocabulary !== "small") {
  throw new Error(`BENCH_VOCABULARY moet rich of small zijn, niet '${String(vocabulary)}'`);
}

type Db = Kysely<Database>;

/** The sources app/routes/search.tsx passes to searchEverything, in the same order. */
const zoekenSources: readonly SearchSource[] = [
  ...searchSources,
  serviceSearchSource,
  instrumentSearchSource,
];

type CaseName = "normal word" | "typo (similar round)" | "nonsense (every round)";

/** Texts per case; the runs of a case take them in turn. */
const cases: ReadonlyArray<{ name: CaseName; texts: readonly string[] }> = [
  { name: "normal word", texts: ["uitbuiting", "loverboy", "weerbaarheid", "schulden", "nazorg"] },
  {
    name: "typo (similar round)",
    texts: ["lovrboy", "uitbiuting", "weerbaarhied", "schuldne", "begeleidnig"],
  },
  { name: "nonsense (every round)", texts: ["qzxv", "brmpf kwzl", "xyqq vvtr plmk"] },
];

interface Timing {
  text: string;
  ms: number;
  mode: SearchMode;
  total: number;
  /** Milliseconds per source in this run (sources run in parallel: they overlap). */
  perSource: Map<string, number>;
}

/** The sources, each wrapped to add its own time to `into`. */
function timedSources(into: Map<string, number>): SearchSource[] {
  return zoekenSources.map((source) => ({
    name: source.name,
    async search(db, query, locale) {
      const started = performance.now();
      try {
        return await source.search(db, query, locale);
      } finally {
        into.set(source.name, (into.get(source.name) ?? 0) + performance.now() - started);
      }
    },
  }));
}

async function measure(db: Db): Promise<Map<CaseName | "baseline: select 1", Timing[]>> {
  const all = cases.flatMap((entry) => entry.texts);
  // Warm-up: caches, JIT, the planner's statistics.
  for (const text of all) await searchEverything(db, text, "nl", zoekenSources);
  for (let run = 0; run < 20; run++) await sql`select 1`.execute(db);
  const timings = new Map<CaseName | "baseline: select 1", Timing[]>();
  for (let run = 0; run < runsPerCase; run++) {
    for (const entry of cases) {
      const text = entry.texts[run % entry.texts.length] as string;
      const perSource = new Map<string, number>();
      const started = performance.now();
      const result = await searchEverything(db, text, "nl", timedSources(perSource));
      const ms = performance.now() - started;
      timings
        .set(entry.name, timings.get(entry.name) ?? [])
        .get(entry.name)
        ?.push({ text, ms, mode: result.mode, total: result.total, perSource });
    }
    const started = performance.now();
    await sql`select 1`.execute(db);
    const ms = performance.now() - started;
    timings
      .set("baseline: select 1", timings.get("baseline: select 1") ?? [])
      .get("baseline: select 1")
      ?.push({ text: "", ms, mode: "all", total: 0, perSource: new Map() });
  }
  return timings;
}

function latencyTable(engine: string, timings: Map<CaseName | "baseline: select 1", Timing[]>): string {
  const baseline = percentile(
    (timings.get("baseline: select 1") ?? []).map((timing) => timing.ms),
    50,
  );
  const rows = [...timings.entries()].map(([name, selected]) => {
    const ms = selected.map((timing) => timing.ms);
    const modes = [...new Set(selected.map((timing) => timing.mode))].join(",");
    const hits = selected.reduce((sum, timing) => sum + timing.total, 0) / Math.max(1, selected.length);
    const isBaseline = name.startsWith("baseline");
    return [
      `${engine}: ${name}`,
      String(selected.length),
      fixed(percentile(ms, 50)),
      fixed(percentile(ms, 95)),
      fixed(percentile(ms, 99)),
      fixed(Math.max(...ms)),
      isBaseline ? "" : modes,
      isBaseline ? "" : fixed(hits, 1),
      isBaseline ? "1" : fixed(percentile(ms, 50) / baseline, 0),
    ];
  });
  return table([
    ["", "runs", "p50 (ms)", "p95 (ms)", "p99 (ms)", "max (ms)", "round", "mean hits", "p50 / baseline"],
    ...rows,
  ]);
}

/** Per case and source: the p50 of the time that source took within one search (all its rounds). */
function sourceTable(engine: string, timings: Map<CaseName | "baseline: select 1", Timing[]>): string {
  const names = zoekenSources.map((source) => source.name);
  const rows = cases.map((entry) => {
    const selected = timings.get(entry.name) ?? [];
    return [
      `${engine}: ${entry.name}`,
      ...names.map((name) =>
        fixed(
          percentile(
            selected.map((timing) => timing.perSource.get(name) ?? 0),
            50,
          ),
        ),
      ),
    ];
  });
  return table([["", ...names], ...rows]);
}

/** Per text: which round found it, how many hits, p50. */
function textTable(engine: string, timings: Map<CaseName | "baseline: select 1", Timing[]>): string {
  const rows = cases.flatMap((entry) =>
    entry.texts.map((text) => {
      const selected = (timings.get(entry.name) ?? []).filter((timing) => timing.text === text);
      return [
        `${engine}: "${text}"`,
        String(selected.length),
        fixed(
          percentile(
            selected.map((timing) => timing.ms),
            50,
          ),
        ),
        selected[0]?.mode ?? "",
        String(selected[0]?.total ?? ""),
      ];
    }),
  );
  return table([["", "runs", "p50 (ms)", "round", "hits"], ...rows]);
}

/** EXPLAIN ANALYZE of every statement the services source sends for `text`, per round. */
async function explainServices(db: Db, text: string): Promise<void> {
  const plain = queryWords(text).join(" ");
  const modes: SearchMode[] = queryWords(text).length > 1 ? ["all", "any", "similar"] : ["all", "similar"];
  for (const mode of modes) {
    const tsQuery = mode === "similar" ? undefined : toTsQuery(text, mode);
    const statements = await captureStatements(db, (spy) =>
      serviceSearchSource.search(spy, { text, mode, plain, ...(tsQuery ? { tsQuery } : {}) }, "nl"),
    );
    // Explained with the threshold the similar round sets (in one transaction, as the source does).
    await withSimilarityThreshold(db, async (trx) => {
      for (const compiled of statements) {
        if (compiled.sql.includes("set_config")) continue;
        console.log(`\n"${text}", round ${mode}:`);
        console.log(await explainAnalyze(trx, compiled));
      }
    });
  }
}

async function main(): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-bench-search-"));
  const cleanUps: Array<() => Promise<void>> = [];
  process.once("SIGINT", () => {
    void Promise.all(cleanUps.map((cleanUp) => cleanUp().catch(() => undefined))).then(() => {
      fs.rmSync(workDir, { recursive: true, force: true });
      process.exit(130);
    });
  });
  console.log(`Zicht search benchmark, /zoeken (${os.cpus().length} CPU's, Node ${process.version})`);
  console.log(
    `${serviceCount} synthetic services (${vocabulary} vocabulary) + platform content, ${runsPerCase} runs per case, engines: ${engines.join(", ")}`,
  );
  try {
    for (const engine of engines) {
      const opened = await openBenchEngine(engine, workDir, serverUrl);
      if (!opened) continue;
      cleanUps.push(opened.cleanUp);
      const db = opened.handle.db;
      try {
        await migrateToLatest(db);
        await runSeeds(db, { includeDemo: false });
        const regions = await loadRegionData(db);
        const started = performance.now();
        await bulkLoad(db, generateDirectory(serviceCount, regions, undefined, vocabulary), regions);
        console.log(
          `\n${engine}: loaded ${serviceCount} services in ${fixed((performance.now() - started) / 1000)} s`,
        );
        const timings = await measure(db);
        console.log(
          `\nsearchEverything latency (${engine}), as the /zoeken loader calls it (locale nl, every source), ms:\n`,
        );
        console.log(latencyTable(engine, timings));
        console.log(`\np50 per source within one search (${engine}, ms; the sources run in parallel):\n`);
        console.log(sourceTable(engine, timings));
        console.log(`\nper text (${engine}):\n`);
        console.log(textTable(engine, timings));
        if (explain) for (const entry of cases) await explainServices(db, entry.texts[0] as string);
      } finally {
        await opened.handle.close();
        await opened.cleanUp();
      }
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

runBench(main);
