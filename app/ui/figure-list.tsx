import { useTranslate } from "../i18n/use-translate";
import type { FigureView } from "../modules/knowledge/figures";
import { SourceCitation } from "./source-list";

export type { FigureView };

/** Key figures, each with its year or period and its source. */
export function FigureList({ figures }: { figures: readonly FigureView[] }) {
  const t = useTranslate();
  return (
    <ul className="zicht-figures">
      {figures.map((figure) => (
        <li key={figure.id} id={`cijfer-${figure.id}`} className="zicht-figure">
          <p className="zicht-figure__text">
            <span className="zicht-figure__value">{figure.value}</span> {figure.label}
          </p>
          <p className="zicht-figure__source">
            {figure.isPeriod
              ? t("knowledge.figures.period", { period: figure.period })
              : t("knowledge.figures.year", { year: figure.period })}
            <br />
            {figure.source ? (
              <>
                {t("knowledge.figures.sourceLabel")} <SourceCitation source={figure.source} />
              </>
            ) : (
              t("knowledge.figures.sourceUnknown")
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
