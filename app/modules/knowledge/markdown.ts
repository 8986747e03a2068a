import MarkdownItCallable, { type MarkdownIt, type Token } from "markdown-it";

/**
 * The Markdown dialect of Zicht content: CommonMark without raw HTML (an
 * editor can never inject markup) and without automatic links. Pure.
 */
export function createMarkdown(): MarkdownIt {
  return new MarkdownItCallable({ html: false, linkify: false, typographer: false });
}

/** The shared parser, for reading (never for rendering with custom rules: see createMarkdown). */
const markdown = createMarkdown();

export interface MarkdownLink {
  kind: "link" | "image";
  href: string;
  /** The link text, or the image's alternative text. */
  text: string;
}

function walk(tokens: readonly Token[], visit: (token: Token) => void) {
  for (const token of tokens) {
    visit(token);
    if (token.children) walk(token.children, visit);
  }
}

/** Every link and image in a Markdown text. */
export function markdownLinks(source: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  const tokens = markdown.parse(source, {});
  walk(tokens, (token) => {
    if (token.type === "image")
      links.push({ kind: "image", href: String(token.attrGet("src") ?? ""), text: token.content });
    if (token.type === "link_open")
      links.push({ kind: "link", href: String(token.attrGet("href") ?? ""), text: "" });
  });
  return links;
}

const blockEnds = new Set(["paragraph_close", "heading_close", "list_item_close", "blockquote_close"]);

/**
 * The text of a Markdown document without markup: one line per paragraph,
 * heading or list item. Images (pictograms) count with their alternative
 * text only when `withImages` is set (screen readers read them; the eye
 * does not need them).
 */
export function markdownToPlainText(source: string, options: { withImages?: boolean } = {}): string {
  const lines: string[] = [];
  let current = "";
  walk(markdown.parse(source, {}), (token) => {
    if (token.type === "text" || token.type === "code_inline") current += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") current += " ";
    else if (token.type === "image" && options.withImages) current += token.content;
    else if (blockEnds.has(token.type)) {
      if (current.trim() !== "") lines.push(current.trim());
      current = "";
    }
  });
  if (current.trim() !== "") lines.push(current.trim());
  return lines.join("\n");
}

/** The id of a heading: its text in lower case, letters and digits joined by dashes. */
export function headingSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
