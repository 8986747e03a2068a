import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";

/** The data directory is in use by another Zicht process. */
export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `De datamap ${dataDir} is al in gebruik door een ander Zicht-proces. Stop dat proces eerst, of kies een andere map met ZICHT_DATA_DIR.`,
    );
    this.name = "DataDirLockedError";
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Takes an exclusive lock on the embedded database's data directory, so two
 * processes can never open (and corrupt) the same PGlite files. A lock left
 * by a killed process goes stale after a few seconds and is then taken over.
 */
export async function lockDataDir(
  dataDir: string,
  onCompromised: (error: Error) => void,
): Promise<DataDirLock> {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const release = await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, "zicht.lock"),
      realpath: false,
      stale: 5_000,
      update: 2_000,
      // Wait just long enough for the lock of a killed process to go stale.
      retries: { retries: 4, factor: 1, minTimeout: 1_500, maxTimeout: 1_500 },
      onCompromised,
    });
    let released = false;
    return {
      async release() {
        if (released) return;
        released = true;
        await release().catch(() => undefined);
      },
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new DataDirLockedError(dataDir);
    throw error;
  }
}
