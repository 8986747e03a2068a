import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { CaseSummary } from "./case-summaries";
import type { PdfFrame } from "./pdf-layout";

/**
 * A case summary (referral letter, report summary, right-of-access export)
 * as a PDF in one layout, with the standard font Helvetica like the screening result PDF:
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

/**
 * The document: the reference on top of every page, then the sender block
 * and the date, the summary itself, and the confidentiality line with the
 * page numbers ("pagina 1 van 2") at the bottom of every page. The frame
 * (pdf-layout.ts) is the same for every case PDF.
 */
export function summaryDocument(summary: CaseSummary, frame: PdfFrame): TDocumentDefinitions {
  return {
    info: { title: plain(summary.title), creator: "Zicht" },
    pageSize: "A4",
    pageMargins: [48, 64, 48, 64],
    defaultStyle: { font: "Helvetica", fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 14, 0, 6] },
      heading: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      small: { fontSize: 8.5, color: "#4a4a5e" },
    },
    header: () => ({
      text: plain(frame.reference),
      style: "small",
      alignment: "right",
      margin: [48, 28, 48, 0],
    }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: plain(frame.footer), width: "*" },
        { text: plain(frame.page(page, pages)), width: "auto", alignment: "right" },
      ],
      columnGap: 16,
      style: "small",
      margin: [48, 16, 48, 0],
    }),
    content: [
      {
        columns: [
          {
            width: "*",
            stack: [
              { text: plain(frame.senderHeading), bold: true },
              ...frame.senderLines.map((line) => ({ text: plain(line) })),
            ],
          },
          { width: "auto", stack: [{ text: plain(frame.reference) }, { text: plain(frame.date) }] },
        ],
        columnGap: 16,
      },
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

export async function renderSummaryPdf(summary: CaseSummary, frame: PdfFrame): Promise<Buffer> {
  return pdfmake.createPdf(summaryDocument(summary, frame)).getBuffer();
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
