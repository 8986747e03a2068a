import { z } from "zod";
import type { Locale } from "../../i18n";
import { sourceById, sourceIdSchema, toSourceView, type SourceView } from "./sources";

/**
 * Key figures about exploitation, as data. Each figure keeps its year (or
 * period) and the id of its source in the catalogue (`content/sources.ts`),
 * and the page always shows both. Pure: no I/O.
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
    /** The year the figure is about, or the first year of a period ("2014" of "2014–2015"). */
    year: z.number().int().min(1990).max(2100),
    /** The last year of a period ("2015" of "2014–2015"). */
    yearTo: z.number().int().min(1990).max(2100).optional(),
    /** The id of the source in the catalogue (content/sources.ts); the content check refuses an unknown id. */
    sourceId: sourceIdSchema,
  })
  .refine(
    (figure) => figure.valueTo === undefined || (figure.unit === "count" && figure.valueTo > figure.value),
    {
      message: "een bereik kan alleen bij aantallen, en het einde moet groter zijn dan het begin",
    },
  )
  .refine((figure) => figure.yearTo === undefined || figure.yearTo > figure.year, {
    message: "een periode eindigt na het beginjaar",
  })
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

/** The year or period the figure is about: "2019" or "2014–2015". */
export function formatFigurePeriod(figure: Pick<Figure, "year" | "yearTo">): string {
  return figure.yearTo === undefined ? String(figure.year) : `${figure.year}–${figure.yearTo}`;
}

/** A figure as the pages show it: the number in words, the label, the period and its source. */
export interface FigureView {
  id: string;
  /** The number as formatted for the reader ("1.372", "ruim een derde"). */
  value: string;
  label: string;
  /** "2019" or "2014–2015". */
  period: string;
  /** True when the figure covers more than one year. */
  isPeriod: boolean;
  /** Null only when the source id is not in the catalogue (the content check prevents that). */
  source: SourceView | null;
}

export function toFigureView(figure: Figure, locale: Locale): FigureView {
  const source = sourceById(figure.sourceId);
  return {
    id: figure.id,
    value: formatFigureValue(figure, locale),
    label: figure.label[locale],
    period: formatFigurePeriod(figure),
    isPeriod: figure.yearTo !== undefined,
    source: source ? toSourceView(source, locale) : null,
  };
}
