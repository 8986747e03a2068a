#!/usr/bin/env node
/**
 * `npm test`: everything, in order, stopping at the first failure.
 *
 *   a. Chromium present (CHROME_PATH or /usr/bin/chromium) — never skipped silently
 *   b. react-router typegen + tsc --noEmit, then ESLint and Prettier (npm run lint)
 *   c. unit tests
 *   d. integration tests on embedded PGlite and, side by side, on the
 *      PostgreSQL server in TEST_DATABASE_URL (when set): the two runs share
 *      nothing (every file opens its own database, servers listen on port 0),
 *      so they run at the same time and their output is printed one after
 *      the other when both are done
 *   f. npm run build
 *   g. end-to-end tests (built app, system Chromium)
 *
 * Ends with a summary and the line "tests: N passed, M failed".
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-test-"));

/** @type {Array<{ name: string, status: "passed" | "failed" | "not run", seconds?: number, counts?: { passed: number, failed: number, skipped: number } }>} */
const summary = [];

function banner(text) {
  process.stdout.write(`\n\x1b[1m== ${text}\x1b[0m\n`);
}

/** Runs a command; with `logFile` its output goes there instead of to this terminal. */
function run(command, args, env = process.env, logFile) {
  return new Promise((resolve) => {
    const log = logFile ? fs.openSync(logFile, "w") : undefined;
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: log === undefined ? "inherit" : ["ignore", log, log],
    });
    if (log !== undefined) child.on("close", () => fs.closeSync(log));
    child.on("error", (error) => {
      process.stderr.write(`${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on("exit", (code, signal) =>
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1)),
    );
  });
}

function readCounts(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, "utf8"));
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  } catch {
    return undefined;
  }
}

/** Hides the password in a database URL before printing it. */
function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(ongeldige URL)";
  }
}

const steps = [];
function step(name, work) {
  steps.push({ name, work });
}

function runVitest(name, project, env, logFile) {
  return (async () => {
    const file = path.join(reportDir, `${name.replace(/[^a-z0-9]+/gi, "-")}.json`);
    const code = await run(
      bin("vitest"),
      ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
      env,
      logFile,
    );
    return { code, counts: readCounts(file) };
  })();
}

function vitestStep(name, project, env) {
  step(name, () => runVitest(name, project, env));
}

/**
 * Several vitest runs at once, as one step: each writes to its own log,
 * printed in order once all are done; counts are added up and the step
 * fails when any run fails.
 */
function parallelVitestStep(name, runs) {
  step(name, async () => {
    const results = await Promise.all(
      runs.map((entry, index) => {
        const logFile = path.join(reportDir, `parallel-${index}.log`);
        const started = Date.now();
        return runVitest(entry.name, entry.project, entry.env, logFile).then((result) => ({
          ...result,
          logFile,
          seconds: (Date.now() - started) / 1000,
        }));
      }),
    );
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const [index, result] of results.entries()) {
      banner(`${runs[index].name} (${result.seconds.toFixed(1)} s, exit ${result.code})`);
      process.stdout.write(fs.readFileSync(result.logFile, "utf8"));
      counts.passed += result.counts?.passed ?? 0;
      counts.failed += result.counts?.failed ?? 0;
      counts.skipped += result.counts?.skipped ?? 0;
    }
    return { code: results.find((result) => result.code !== 0)?.code ?? 0, counts };
  });
}

// a. Chromium
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
step("chromium", async () => {
  const source = process.env.CHROME_PATH ? "CHROME_PATH" : "het standaardpad";
  let usable = false;
  try {
    fs.accessSync(chromePath, fs.constants.X_OK);
    usable = fs.statSync(chromePath).isFile();
  } catch {
    usable = false;
  }
  if (!usable) {
    process.stderr.write(
      [
        `Chromium ontbreekt: ${chromePath} (${source}) bestaat niet of is niet uitvoerbaar.`,
        "De end-to-end tests hebben de systeem-Chromium nodig; ze worden nooit stilletjes overgeslagen.",
        "Installeer Chromium:  sudo apt-get install -y --no-install-recommends chromium",
        "of wijs een andere Chromium aan:  CHROME_PATH=/pad/naar/chromium npm test",
        "",
      ].join("\n"),
    );
    return { code: 1 };
  }
  process.stdout.write(`Chromium: ${chromePath}\n`);
  return { code: 0 };
});

// b. types
step("typecheck", async () => {
  const typegen = await run(bin("react-router"), ["typegen"]);
  if (typegen !== 0) return { code: typegen };
  return { code: await run(bin("tsc"), ["--noEmit"]) };
});

// b2. lint and formatting
step("lint", async () => {
  const eslint = await run(bin("eslint"), ["."]);
  if (eslint !== 0) return { code: eslint };
  return { code: await run(bin("prettier"), ["--check", ".", "--log-level", "warn"]) };
});

// c. unit
vitestStep("unit", "unit", process.env);

// d. integration on PGlite and on the PostgreSQL server, side by side
const { TEST_DATABASE_URL, ...envWithoutDatabase } = process.env;
delete envWithoutDatabase.DATABASE_URL;
const pgliteRun = { name: "integration (PGlite, embedded)", project: "integration", env: envWithoutDatabase };
if (TEST_DATABASE_URL) {
  parallelVitestStep("integration (PGlite and PostgreSQL server)", [
    pgliteRun,
    {
      name: `integration (PostgreSQL server, ${redact(TEST_DATABASE_URL)})`,
      project: "integration",
      env: { ...envWithoutDatabase, TEST_DATABASE_URL },
    },
  ]);
} else {
  vitestStep(pgliteRun.name, pgliteRun.project, pgliteRun.env);
}

// f. build
step("build", async () => ({ code: await run("npm", ["run", "build", "--silent"]) }));

// g. end-to-end
vitestStep("e2e (built app, Chromium)", "e2e", { ...process.env, CHROME_PATH: chromePath });

function printSummary(failedAt) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  process.stdout.write("\n\x1b[1m== Samenvatting\x1b[0m\n");
  for (const entry of summary) {
    const counts = entry.counts
      ? ` — ${entry.counts.passed} passed, ${entry.counts.failed} failed${entry.counts.skipped ? `, ${entry.counts.skipped} skipped` : ""}`
      : "";
    const time = entry.seconds === undefined ? "" : ` (${entry.seconds.toFixed(1)} s)`;
    process.stdout.write(`  ${entry.status.padEnd(7)}  ${entry.name}${time}${counts}\n`);
    if (entry.counts) {
      total.passed += entry.counts.passed;
      total.failed += entry.counts.failed;
      total.skipped += entry.counts.skipped;
    }
  }
  if (!TEST_DATABASE_URL) {
    process.stdout.write(
      "  (TEST_DATABASE_URL is niet gezet: geen integratietests op een PostgreSQL-server)\n",
    );
  }
  if (failedAt) process.stdout.write(`\nGestopt bij: ${failedAt}\n`);
  process.stdout.write(
    `tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}\n`,
  );
}

const startedAll = Date.now();
for (const [index, { name, work }] of steps.entries()) {
  banner(name);
  const started = Date.now();
  const { code, counts } = await work();
  const seconds = (Date.now() - started) / 1000;
  summary.push({ name, status: code === 0 ? "passed" : "failed", seconds, counts });
  if (code !== 0) {
    for (const rest of steps.slice(index + 1)) summary.push({ name: rest.name, status: "not run" });
    printSummary(name);
    fs.rmSync(reportDir, { recursive: true, force: true });
    process.exit(code);
  }
}
printSummary();
process.stdout.write(`klaar in ${((Date.now() - startedAll) / 1000).toFixed(0)} s\n`);
fs.rmSync(reportDir, { recursive: true, force: true });
