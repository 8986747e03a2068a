/**
 * Content rendered from Markdown on the server (see markdown.server.tsx).
 * Safe to insert: the renderer allows no raw HTML and writes only its own markup.
 */
export function RichText({ html, lang }: { html: string; lang?: string }) {
  return <div className="zicht-rich-text" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
