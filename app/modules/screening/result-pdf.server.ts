import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Translate } from "../../i18n";
import { allItems, type InstrumentDefinition } from "./definition";
import type { ScreeningResult } from "./evaluate";
import { bandKeys, flagLabelKeys, urgencyKeys } from "./labels";

/**
 * The result as a PDF, made on the server from the posted answers (nothing
 * is stored). It uses the standard PDF font Helvetica, which every PDF reader
 * has: no font files are read or downloaded. The band or flag is written in
 * words, next to a coloured mark (never colour alone).
 */

const standardFonts = new Set(["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"]);
pdfmake.setFonts({
  Helvetica: {
    normal: "Helvetica",
    bold: "Helvetica-Bold",
    italics: "Helvetica-Oblique",
    bolditalics: "Helvetica-BoldOblique",
  },
});
// No images or fonts from the network or the disk: only the built-in standard fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => standardFonts.has(path));

const toneColours = {
  insufficient: "#4a4a5e",
  none: "#1e6b34",
  possible: "#9a4a00",
  clear: "#a3122a",
  green: "#1e6b34",
  yellow: "#8a6d00",
  red: "#a3122a",
  black: "#1a1a2e",
} as const;

/** Characters outside WinAnsi (the encoding of the standard fonts) become their nearest plain form. */
function plain(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

function outcome(result: ScreeningResult, definition: InstrumentDefinition, t: Translate): Content[] {
  if (result.kind === "flags" && definition.kind === "flags") {
    const meaning = definition.flags[result.flag];
    return [
      {
        text: [
          { text: "■ ", color: toneColours[result.flag] },
          { text: `${t("screening.result.flag")}: ${t(flagLabelKeys[result.flag])}`, bold: true },
        ],
        style: "outcome",
      },
      { text: plain(meaning.meaning), margin: [0, 0, 0, 4] },
      ...(result.override
        ? [
            { text: plain(t("screening.result.proposed", { flag: t(flagLabelKeys[result.proposedFlag]) })) },
            { text: plain(t("screening.result.chosen", { reason: result.override.reason })) },
          ]
        : []),
    ];
  }
  if (result.kind !== "signals") return [];
  return [
    {
      text: [
        { text: "■ ", color: toneColours[result.band] },
        { text: `${t("screening.result.outcome")}: ${t(bandKeys[result.band].label)}`, bold: true },
      ],
      style: "outcome",
    },
    { text: plain(t(bandKeys[result.band].text)), margin: [0, 0, 0, 4] },
    {
      text: t("screening.result.total", {
        total: result.total,
        max: result.max,
        percentage: Math.round(result.completeness * 100),
      }),
    },
  ];
}

function overview(result: ScreeningResult, definition: InstrumentDefinition, t: Translate): Content[] {
  const titles = new Map(definition.domains.map((domain) => [domain.id, domain.title]));
  const texts = new Map(allItems(definition).map((item) => [item.id, item.text]));
  if (result.kind === "flags") {
    return [
      { text: t("screening.result.criteria"), style: "heading" },
      {
        table: {
          widths: ["*", "auto"],
          headerRows: 1,
          body: [
            [
              { text: t("screening.result.criterion"), bold: true },
              { text: t("screening.result.flag"), bold: true },
            ],
            ...result.criteria.map((criterion) => [
              plain(texts.get(criterion.id) ?? criterion.id),
              t(flagLabelKeys[criterion.flag]),
            ]),
          ],
        },
      },
    ];
  }
  return [
    { text: t("screening.result.domains"), style: "heading" },
    {
      table: {
        widths: ["*", "auto", "auto", "auto"],
        headerRows: 1,
        body: [
          [
            { text: t("screening.result.domain"), bold: true },
            { text: t("screening.result.score"), bold: true },
            { text: t("screening.result.answered"), bold: true },
            { text: t("screening.result.unknownCount"), bold: true },
          ],
          ...result.domains.map((domain) => [
            plain(titles.get(domain.id) ?? domain.id),
            t("screening.result.scoreOf", { score: domain.score, max: domain.max }),
            String(domain.answered),
            String(domain.unknown),
          ]),
        ],
      },
    },
  ];
}

export function resultDocument(
  definition: InstrumentDefinition,
  result: ScreeningResult,
  t: Translate,
): TDocumentDefinitions {
  return {
    info: { title: plain(t("screening.result.title", { title: definition.title })), creator: "Zicht" },
    pageSize: "A4",
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: "Helvetica", fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
      outcome: { fontSize: 14, margin: [0, 8, 0, 4] },
      heading: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      adviceTitle: { bold: true, margin: [0, 6, 0, 2] },
      small: { fontSize: 8.5, color: "#4a4a5e" },
    },
    footer: (page: number, pages: number) => ({
      text: `${plain(t("screening.pdf.generated"))}  ${page}/${pages}`,
      style: "small",
      margin: [48, 16, 48, 0],
    }),
    content: [
      { text: plain(t("screening.result.title", { title: definition.title })), style: "title" },
      {
        text: plain(
          t("screening.result.instrumentVersion", { title: definition.title, version: result.version }),
        ),
        style: "small",
      },
      ...outcome(result, definition, t),
      { text: t("screening.result.advice"), style: "heading" },
      ...result.advice.flatMap((advice): Content[] => [
        { text: plain(`${t(urgencyKeys[advice.urgency])}: ${advice.title}`), style: "adviceTitle" },
        { text: plain(advice.text) },
        ...(advice.contacts.length > 0
          ? [
              {
                ul: advice.contacts.map((contact) =>
                  plain(
                    `${t("screening.pdf.contact", { name: contact.name, phone: contact.phone })}${contact.note ? ` (${contact.note})` : ""}`,
                  ),
                ),
              },
            ]
          : []),
        ...(advice.services.length > 0
          ? [
              {
                ul: advice.services.map((service) =>
                  plain(
                    [
                      service.name,
                      service.organisation !== service.name ? service.organisation : "",
                      service.phone ?? "",
                    ]
                      .filter(Boolean)
                      .join(", "),
                  ),
                ),
              },
            ]
          : []),
      ]),
      { text: t("screening.result.why"), style: "heading" },
      { ul: result.explanation.map(plain) },
      ...overview(result, definition, t),
      { text: plain(definition.disclaimer), margin: [0, 16, 0, 0], italics: true },
    ],
  };
}

/** The PDF bytes of a result. */
export async function renderResultPdf(
  definition: InstrumentDefinition,
  result: ScreeningResult,
  t: Translate,
): Promise<Buffer> {
  return pdfmake.createPdf(resultDocument(definition, result, t)).getBuffer();
}
