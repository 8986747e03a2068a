/**
 * Load benchmark of the home page: the built Zicht app against a bare
 * node:http server that returns a page of the same size. Prints figures and
 * ratios; asserts nothing about time (see bench/README.md).
 *
 *   npm run bench                      # 10 s per run, 50 connections
 *   BENCH_DURATION=5 BENCH_CONNECTIONS=20 npm run bench
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeDataDir, removeDataDir, startZicht, type ZichtProcess } from "../tests/e2e/support/server";
import { compareWithBaseline, comparisonTable, positiveInteger, startBaseline } from "./support";

const duration = positiveInteger("BENCH_DURATION", 10);
const connections = positiveInteger("BENCH_CONNECTIONS", 50);
const rounds = 2;
const warmupSeconds = Math.min(3, duration);

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

    const result = await compareWithBaseline(
      { url: appUrl, connections },
      { url: started.url, connections },
      { duration, rounds, warmupSeconds },
    );
    console.log(`\nmean of ${rounds} rounds:\n`);
    console.log(comparisonTable("app (GET /)", result));
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
