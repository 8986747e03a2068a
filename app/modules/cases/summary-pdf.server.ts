import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { CaseSummary } from "./case-summaries";

/**
 * A case summary (referral letter, report summary, right-of-access export)
 * as a PDF, with the standard font Helvetica like the screening result PDF:
 * no font files, no network. Made on request, never stored.
 */
pdfmake.setFonts({
  Helvetica: {
    normal: "Helvetica",
    bold: "Helvetica-Bold",
    italics: "Helvetica-Oblique",
    bolditalics: "Helvetica-BoldOblique",
  },
});
const standardFonts = new Set(["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"]);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => standardFonts.has(path));

/** Characters outside WinAnsi (the standard fonts' encoding) become their nearest plain form. */
function plain(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\t\n\r\u0020-\u00ff€—–…]/g, "?");
}

export function summaryDocument(summary: CaseSummary, footer: string): TDocumentDefinitions {
  return {
    info: { title: plain(summary.title), creator: "Zicht" },
    pageSize: "A4",
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: "Helvetica", fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
      heading: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      small: { fontSize: 8.5, color: "#4a4a5e" },
    },
    footer: (page: number, pages: number) => ({
      text: `${plain(footer)}  ${page}/${pages}`,
      style: "small",
      margin: [48, 16, 48, 0],
    }),
    content: [
      { text: plain(summary.title), style: "title" },
      { text: plain(summary.intro) },
      ...summary.sections.flatMap((section): Content[] => [
        { text: plain(section.heading), style: "heading" },
        {
          table: {
            widths: [160, "*"],
            body: section.lines.map((line) => [{ text: plain(line.label), bold: true }, plain(line.value)]),
          },
          layout: "lightHorizontalLines",
        },
      ]),
      { text: plain(summary.basis), margin: [0, 16, 0, 0], italics: true },
    ],
  };
}

export async function renderSummaryPdf(summary: CaseSummary, footer: string): Promise<Buffer> {
  return pdfmake.createPdf(summaryDocument(summary, footer)).getBuffer();
}

/** The response for a PDF download: never cached (case data). */
export function pdfResponse(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** A refusal for a download address, as one clear line of text. */
export function textResponse(message: string, status: number): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
