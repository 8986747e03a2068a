import { renderToStaticMarkup } from "react-dom/server";
import { createMarkdown, headingSlug } from "../modules/knowledge/markdown";
import { isPictogramName, Pictogram } from "./pictograms";

/**
 * Content Markdown to HTML with the NL Design System classes, on the server
 * (markdown-it stays out of the browser bundle). Raw HTML is off, so the
 * output contains only markup this renderer writes; images are only our
 * pictograms (`![alternative text](pictogram:gift)`).
 */
export interface RenderedMarkdown {
  html: string;
  /** The h2 headings, with the ids they got, for a table of contents. */
  headings: Array<{ id: string; text: string }>;
}

export function renderMarkdown(source: string, options: { idPrefix?: string } = {}): RenderedMarkdown {
  const md = createMarkdown();
  const headings: RenderedMarkdown["headings"] = [];
  const used = new Set<string>();
  const rules = md.renderer.rules;

  rules.heading_open = (tokens, index, opts, _env, self) => {
    const token = tokens[index];
    const inline = tokens[index + 1];
    if (!token) return "";
    const level = Number(token.tag.slice(1));
    const text = inline?.children?.map((child) => child.content).join("") ?? "";
    let id = `${options.idPrefix ?? ""}${headingSlug(text) || "kop"}`;
    for (let n = 2; used.has(id); n++) id = `${headingSlug(text)}-${n}`;
    used.add(id);
    if (level === 2) headings.push({ id, text });
    token.attrSet("id", id);
    token.attrSet("class", `utrecht-heading-${Math.min(level, 3)}`);
    return self.renderToken(tokens, index, opts);
  };
  rules.paragraph_open = (tokens, index, opts, _env, self) => {
    tokens[index]?.attrSet("class", "utrecht-paragraph");
    return self.renderToken(tokens, index, opts);
  };
  rules.bullet_list_open = (tokens, index, opts, _env, self) => {
    tokens[index]?.attrSet("class", "zicht-list");
    return self.renderToken(tokens, index, opts);
  };
  rules.ordered_list_open = (tokens, index, opts, _env, self) => {
    tokens[index]?.attrSet("class", "zicht-steps-list");
    return self.renderToken(tokens, index, opts);
  };
  rules.link_open = (tokens, index, opts, _env, self) => {
    const token = tokens[index];
    const href = String(token?.attrGet("href") ?? "");
    token?.attrSet(
      "class",
      href.startsWith("tel:") ? "utrecht-link utrecht-link--telephone" : "utrecht-link",
    );
    return self.renderToken(tokens, index, opts);
  };
  rules.image = (tokens, index) => {
    const token = tokens[index];
    const name = /^pictogram:([a-z-]+)$/.exec(String(token?.attrGet("src") ?? ""))?.[1] ?? "";
    if (!token || !isPictogramName(name)) return "";
    return renderToStaticMarkup(<Pictogram name={name} label={token.content} />);
  };

  return { html: md.render(source), headings };
}
