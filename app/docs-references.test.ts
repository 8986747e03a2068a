import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The repository documents itself: code, tests and docs point at
 * docs/architecture.md and docs/domain.md, never at planning files that live
 * outside the repository, and every relative link in the Markdown files
 * leads to a file that exists. Reads files only; changes nothing.
 */
const root = path.resolve(import.meta.dirname, "..");
const thisFile = path
  .relative(root, import.meta.filename)
  .split(path.sep)
  .join("/");

const notTracked = new Set([".git", "node_modules", "build", ".react-router", "data", "coverage"]);

/** Every file git tracks (repository-relative, `/`-separated); the working tree when git is absent. */
function trackedFiles(): string[] {
  try {
    const out = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
    return out.split("\0").filter((file) => file !== "" && fs.existsSync(path.join(root, file)));
  } catch {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const relative = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (!notTracked.has(entry.name)) walk(relative);
        } else if (entry.isFile()) files.push(relative);
      }
    };
    walk("");
    return files;
  }
}

/** The text of a file, or null for a binary file. */
function textOf(file: string): string | null {
  const bytes = fs.readFileSync(path.join(root, file));
  return bytes.includes(0) ? null : bytes.toString("utf8");
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith("tests/");

/** Names of the planning files that are not part of the repository (case-sensitive: `docs/domain.md` is ours). */
const planningFile = /\b(?:DESIGN|DOMAIN|GLOSSARY)\.md\b|STACK-NOTES/g;
/** The planning folder beside the repository. */
const sharedFolder = /\.\.\/shared(?![\w-])(\/[^\s"'`)]*)?/g;

/** The references to outside planning material in one file's text: `line: text` entries. */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(planningFile)) found.push(`${file}:${index + 1}: ${match[0]}`);
    for (const match of line.matchAll(sharedFolder)) {
      const seedInTest = isTest(file) && (match[1] ?? "").startsWith("/seed");
      if (!seedInTest) found.push(`${file}:${index + 1}: ${match[0]}`);
    }
  });
  return found;
}

/** Relative link targets in Markdown: inline `[text](target)` and reference `[id]: target`, outside code. */
function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  const targets: string[] = [];
  for (const match of withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    targets.push(match[1]!);
  }
  for (const match of withoutCode.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(match[1]!);
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"));
}

/** The file or folder a relative link points at, from the Markdown file that holds it. */
function linkPath(markdownFile: string, target: string): string {
  const withoutAnchor = decodeURI(target.replace(/[#?].*$/, ""));
  return withoutAnchor.startsWith("/")
    ? path.join(root, withoutAnchor)
    : path.join(root, path.dirname(markdownFile), withoutAnchor);
}

describe("the repository's documentation", () => {
  const files = trackedFiles();

  it("finds the tracked files, the docs among them", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("docs/architecture.md");
    expect(files).toContain("docs/domain.md");
  });

  it("cites no planning file outside the repository (only tests may read ../shared/seed)", () => {
    const found = files
      .filter((file) => file !== thisFile && !file.startsWith("docs/"))
      .flatMap((file) => {
        const text = textOf(file);
        return text === null ? [] : outsideReferences(file, text);
      });
    expect(found).toEqual([]);
  });

  it("recognises such references, and allows the seed page in tests only", () => {
    const design = ["DESIGN", "md"].join(".");
    const notes = ["STACK", "NOTES"].join("-");
    expect(outsideReferences("app/a.ts", `// see ${design}`)).toHaveLength(1);
    expect(outsideReferences("app/a.ts", `// see ${notes}: flags`)).toHaveLength(1);
    expect(outsideReferences("app/a.ts", "// see docs/domain.md and docs/architecture.md")).toEqual([]);
    expect(outsideReferences("app/a.ts", 'read("../shared/seed/page.txt")')).toHaveLength(1);
    expect(outsideReferences("app/a.test.ts", 'read("../shared/seed/page.txt")')).toEqual([]);
    // Built from parts, so this line itself does not cite a planning file.
    expect(outsideReferences("app/a.test.ts", `read("../${"shared"}/other.md")`)).toHaveLength(1);
  });

  it("has relative Markdown links that all lead to an existing file or folder", () => {
    const broken = files
      .filter((file) => file.endsWith(".md") && !file.startsWith("content/"))
      .flatMap((file) =>
        relativeLinks(textOf(file) ?? "")
          .filter((target) => !fs.existsSync(linkPath(file, target)))
          .map((target) => `${file}: ${target}`),
      );
    expect(broken).toEqual([]);
  });

  it("reads inline and reference links, and skips web addresses, anchors and code", () => {
    const markdown = [
      "[a](docs/a.md) [b](../b.md#part) [c](https://example.org) [d](#here)",
      "`[e](e.md)`",
      "```",
      "[f](f.md)",
      "```",
      '[g]: ./g.md "title"',
    ].join("\n");
    expect(relativeLinks(markdown)).toEqual(["docs/a.md", "../b.md#part", "./g.md"]);
    expect(linkPath("docs/x.md", "../README.md#top")).toBe(path.join(root, "README.md"));
  });
});
