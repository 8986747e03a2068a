import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nl } from "./nl";

const root = path.resolve(import.meta.dirname, "..", "..");

/** Every TypeScript source file under the given folders, except the catalogs themselves. */
function sources(folders: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  folders.forEach((folder) => walk(path.join(root, folder)));
  return files.filter((file) => !file.startsWith(path.join(root, "app", "i18n")));
}

describe("the message catalog", () => {
  it("contains no keys that no code uses (keys are always written out in full)", () => {
    const code = sources(["app", "server", "content", "cli"])
      .map((file) => fs.readFileSync(file, "utf8"))
      .join("\n");
    const unused = Object.keys(nl).filter((key) => !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});
