import { useId } from "react";
import { useTranslate } from "../../i18n/use-translate";
import { trendChart, type TrendPoint } from "../../modules/cases/assessment-trend";
import type { Band, FlagColour } from "../../modules/screening/definition";
import { bandKeys, flagLabelKeys } from "../../modules/screening/labels";

/**
 * The band (or flag) of one instrument over time as a small server-rendered
 * SVG. The chart is an image with a one-sentence description; the history
 * table next to it is the full text alternative.
 */
export function TrendChart({
  kind,
  points,
  description,
}: {
  kind: "signals" | "flags";
  points: readonly TrendPoint[];
  description: string;
}) {
  const t = useTranslate();
  const titleId = useId();
  const chart = trendChart(kind, points);
  const label = (outcome: Band | FlagColour) =>
    kind === "signals" ? t(bandKeys[outcome as Band].label) : t(flagLabelKeys[outcome as FlagColour]);
  const path = chart.points
    .map((point, index) => `${index === 0 ? "M" : "L"}${point.x},${point.y}`)
    .join(" ");
  return (
    <svg
      className="zicht-trend"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      width={chart.width}
      height={chart.height}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{description}</title>
      {chart.levels.map((level) => (
        <g key={level.outcome}>
          <line x1={104} x2={chart.width - 8} y1={level.y} y2={level.y} className="zicht-trend__grid" />
          <text x={100} y={level.y + 4} textAnchor="end" className="zicht-trend__label">
            {label(level.outcome)}
          </text>
        </g>
      ))}
      {chart.points.length > 1 ? <path d={path} className="zicht-trend__line" fill="none" /> : null}
      {chart.points.map((point) => (
        <circle
          key={`${point.at}-${point.x}`}
          cx={point.x}
          cy={point.y}
          r={5}
          className="zicht-trend__point"
        />
      ))}
    </svg>
  );
}
