import { z } from "zod";
import type { Locale } from "../../i18n";

/**
 * Key figures about exploitation, as data. Each figure keeps its year and
 * its source, and the page always shows both. Pure: no I/O.
 */

/** Topics in the order the knowledge page shows them. */
export const figureTopics = ["scale", "registrations", "criminal", "perpetrators", "victims"] as const;
export type FigureTopic = (typeof figureTopics)[number];

const third = 1 / 3;

/** Fractions we write in words. */
const fractionWords: Record<number, Record<Locale, string>> = {
  0.5: { nl: "de helft", en: "half" },
  [third]: { nl: "een derde", en: "a third" },
};

const localizedSchema = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });

export const figureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    topic: z.enum(figureTopics),
    /** A count, a percentage (52 = 52 %) or a fraction (0.5 = half). */
    unit: z.enum(["count", "percent", "fraction"]),
    value: z.number().nonnegative(),
    /** Upper end of a range ("5,000–7,500"); only for counts. */
    valueTo: z.number().nonnegative().optional(),
    /** "about 2,500" or "more than a third". */
    approximation: z.enum(["about", "more-than"]).optional(),
    /** What the number counts, written to follow the number. */
    label: localizedSchema,
    /** The year the figure is about or was published; null when the source gives none. */
    year: z.number().int().min(1990).max(2100).nullable(),
    source: z
      .object({
        /** Who published or keeps the figure. */
        publisher: z.string().trim().min(1).optional(),
        /** Title of the report, as published (Dutch). */
        reportTitle: z.string().trim().min(1).optional(),
        /** What kind of source it is when there is no report, e.g. "registration", "estimate". */
        note: localizedSchema.optional(),
      })
      .refine((source) => source.publisher !== undefined || source.reportTitle !== undefined, {
        message: "een bron heeft een uitgever of een rapporttitel",
      }),
  })
  .refine(
    (figure) => figure.valueTo === undefined || (figure.unit === "count" && figure.valueTo > figure.value),
    {
      message: "een bereik kan alleen bij aantallen, en het einde moet groter zijn dan het begin",
    },
  )
  .refine((figure) => figure.unit !== "fraction" || fractionWords[figure.value] !== undefined, {
    message: "deze breuk heeft nog geen woorden (alleen 1/2 en 1/3)",
  });

export type Figure = z.infer<typeof figureSchema>;

/** The number as a reader sees it: "1.372", "5.000–7.500", "52%", "ongeveer 2.500", "ruim een derde". */
export function formatFigureValue(figure: Figure, locale: Locale): string {
  const number = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 });
  let text: string;
  switch (figure.unit) {
    case "count":
      text =
        figure.valueTo === undefined
          ? number.format(figure.value)
          : `${number.format(figure.value)}–${number.format(figure.valueTo)}`;
      break;
    case "percent":
      text = `${number.format(figure.value)}%`;
      break;
    case "fraction": {
      const words = fractionWords[figure.value];
      text = words ? words[locale] : `${number.format(figure.value * 100)}%`;
      break;
    }
  }
  if (figure.approximation === "about") return `${locale === "nl" ? "ongeveer" : "about"} ${text}`;
  if (figure.approximation === "more-than") {
    if (figure.unit === "fraction" && locale === "nl") return `ruim ${text}`;
    if (figure.unit === "fraction") return `more than ${text}`;
    return `${locale === "nl" ? "meer dan" : "more than"} ${text}`;
  }
  return text;
}

export interface FigureGroup {
  topic: FigureTopic;
  figures: Figure[];
}

/**
 * Figures grouped by topic in the fixed topic order, in content order within
 * a topic (editors put a series in reading order). Empty topics are left out.
 */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  return figureTopics
    .map((topic) => ({ topic, figures: figures.filter((figure) => figure.topic === topic) }))
    .filter((group) => group.figures.length > 0);
}

/**
 * The source in one line: "‘Kijken met andere ogen’, CKM" for a report,
 * "CoMensha (registratie)" otherwise.
 */
export function formatFigureSource(figure: Figure, locale: Locale): string {
  const { publisher, reportTitle, note } = figure.source;
  const parts = [reportTitle ? `‘${reportTitle}’` : undefined, publisher].filter(Boolean).join(", ");
  return note ? `${parts} (${note[locale]})` : parts;
}
