import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../app/config.server";
import type { DatabaseHandle } from "../app/db/connection.server";
import { askServerForBackup, controlSocketPath, startBackupControl } from "./backup-control";

describe("the back-up control socket", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "backup-socket-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("is not made when the data directory's path is too long for a socket (Node would shorten it)", async () => {
    const dataDir = path.join(root, "d".repeat(110));
    fs.mkdirSync(dataDir);
    const config = parseConfig({ ZICHT_DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const warnings: string[] = [];
    const logger = {
      info: () => undefined,
      error: () => undefined,
      warn: (_: object, m: string) => warnings.push(m),
    };
    expect(await startBackupControl(config, {} as DatabaseHandle, logger)).toBeUndefined();
    expect(warnings).toEqual([
      "het besturingskanaal voor back-ups kan niet worden gemaakt: het pad van de datamap is te lang",
    ]);
    expect(fs.readdirSync(root)).toEqual([path.basename(dataDir)]);
    expect(fs.readdirSync(dataDir)).toEqual([]);
    expect(await askServerForBackup(config, path.join(root, "b.tar.gz"))).toBeUndefined();
  });

  it("finds no server where no socket is, or only a file left behind", async () => {
    const config = parseConfig({ ZICHT_DATA_DIR: path.join(root, "kort"), LOG_LEVEL: "silent" });
    expect(await askServerForBackup(config, path.join(root, "b.tar.gz"))).toBeUndefined();
    fs.mkdirSync(config.dataDir);
    fs.writeFileSync(controlSocketPath(config), "");
    expect(await askServerForBackup(config, path.join(root, "b.tar.gz"))).toBeUndefined();
  });
});
