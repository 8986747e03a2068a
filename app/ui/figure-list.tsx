import { useTranslate } from "../i18n/use-translate";

export interface FigureView {
  id: string;
  /** The number as formatted for the reader ("1.372", "ruim een derde"). */
  value: string;
  label: string;
  year: number | null;
  source: string;
}

/** Key figures, each with its year and source. */
export function FigureList({ figures }: { figures: readonly FigureView[] }) {
  const t = useTranslate();
  return (
    <ul className="zicht-figures">
      {figures.map((figure) => (
        <li key={figure.id} className="zicht-figure">
          <p className="zicht-figure__text">
            <span className="zicht-figure__value">{figure.value}</span> {figure.label}
          </p>
          <p className="zicht-figure__source">
            {figure.year === null
              ? t("knowledge.figures.yearUnknown")
              : t("knowledge.figures.year", { year: figure.year })}
            <br />
            {t("knowledge.figures.source", { source: figure.source })}
          </p>
        </li>
      ))}
    </ul>
  );
}
