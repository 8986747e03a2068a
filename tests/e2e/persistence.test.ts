/**
 * The embedded database keeps its data across restarts, one data directory
 * serves one process at a time, a killed process does not block a restart,
 * and bad configuration stops the start with one clear line.
 */
import { afterAll, describe, expect, it } from "vitest";
import { rawRequest } from "./support/browser";
import { makeDataDir, removeDataDir, runZicht, startZicht, type ZichtProcess } from "./support/server";

const dataDirs: string[] = [];
const running: ZichtProcess[] = [];

function freshDataDir(): string {
  const dir = makeDataDir("zicht-e2e-persist-");
  dataDirs.push(dir);
  return dir;
}

async function start(dataDir: string): Promise<ZichtProcess> {
  const app = await startZicht({ dataDir });
  running.push(app);
  return app;
}

afterAll(async () => {
  // Whatever a failed test left behind.
  for (const app of running)
    if (app.child.exitCode === null && app.child.signalCode === null) await app.stop("SIGKILL");
  for (const dir of dataDirs) removeDataDir(dir);
});

async function homeHtml(app: ZichtProcess): Promise<string> {
  const response = await rawRequest(`${app.url}/`);
  expect(response.status).toBe(200);
  return response.body.toString("utf8");
}

const messages = (app: ZichtProcess) => app.logs().map((line) => line.msg);

describe("gegevens en de datamap", () => {
  it("na SIGTERM en een nieuwe start zijn de gegevens er nog; een tweede proces op dezelfde map wordt geweigerd", async () => {
    const dataDir = freshDataDir();

    const first = await start(dataDir);
    expect(messages(first)).toContain("inhoud geladen");
    expect(await homeHtml(first)).toContain("0800-0188");

    // A second instance on the same directory refuses, with one clear line.
    const second = await runZicht(["start"], { dataDir, timeoutMs: 60_000 });
    expect(second.code, second.stderrLines.join("\n")).toBe(1);
    const errorLines = second.stderrLines.filter((line) => line.trim() !== "");
    expect(errorLines, errorLines.join("\n")).toHaveLength(1);
    expect(errorLines[0]).toContain(dataDir);
    expect(errorLines[0]).toMatch(/datamap .* in gebruik/i);
    expect(second.stdoutLines.join("\n")).not.toContain("Zicht is gestart");

    // The first one did not notice.
    expect((await rawRequest(`${first.url}/healthz`)).status).toBe(200);

    const exit = await first.stop("SIGTERM");
    expect(exit).toEqual({ code: 0, signal: null });
    expect(messages(first)).toContain("Zicht is gestopt");
    expect(first.stderrLines.filter((line) => line.trim() !== "")).toEqual([]);

    // The seed bookkeeping survived: nothing left to load.
    const seed = await runZicht(["db", "seed"], { dataDir });
    expect(seed.code, seed.stderrLines.join("\n")).toBe(0);
    expect(seed.stdoutLines.join("\n")).toContain("Alle inhoud was al geladen.");

    const again = await start(dataDir);
    expect(messages(again)).not.toContain("inhoud geladen");
    expect(messages(again)).not.toContain("database bijgewerkt");
    expect(await homeHtml(again)).toContain("0800-0188");
    expect(await again.stop("SIGTERM")).toEqual({ code: 0, signal: null });
  });

  it("na kill -9 start Zicht weer op dezelfde map (de vergrendeling verloopt)", async () => {
    const dataDir = freshDataDir();
    const first = await start(dataDir);
    expect(await first.stop("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });

    const again = await start(dataDir);
    expect(messages(again)).not.toContain("inhoud geladen");
    expect(await homeHtml(again)).toContain("0800-0188");
    expect((await rawRequest(`${again.url}/readyz`)).status).toBe(200);
    expect(await again.stop("SIGTERM")).toEqual({ code: 0, signal: null });
  });

  it("een ongeldige instelling (PORT=abc) stopt de start met één regel die PORT noemt", async () => {
    const dataDir = freshDataDir();
    const result = await runZicht(["start"], { dataDir, env: { PORT: "abc" } });
    expect(result.code).toBe(1);
    const errorLines = result.stderrLines.filter((line) => line.trim() !== "");
    expect(errorLines, errorLines.join("\n")).toHaveLength(1);
    expect(errorLines[0]).toContain("PORT");
    expect(result.stdoutLines.join("\n")).not.toContain("Zicht is gestart");
  });
});
