import { useId } from "react";
import type { Translate } from "../../i18n";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import {
  trendChart,
  trendSummary,
  type TrendEntry,
  type TrendScale,
  type TrendValue,
} from "../../modules/cases/assessment-trend";
import type { Band, FlagColour } from "../../modules/screening/definition";
import { bandKeys, flagLabelKeys } from "../../modules/screening/labels";
import { formatShortDate } from "../../ui/moment";

/**
 * The trend of one instrument in a case as a server-rendered SVG (works
 * without JavaScript): the score (or the flag) of every assessment, the date
 * under it, the bands as coloured zones, a red flag as a red triangle (shape
 * and words, never colour alone). The chart is an image whose name is the
 * one-sentence summary; the history table next to it is the full text
 * alternative. The places come from `trendChart`; this only draws.
 */

/** "Score steeg van 4 naar 11 tussen 3 okt 2026 en 3 dec 2026; 2 keer een rode vlag." */
export function trendSummaryText(
  scale: TrendScale,
  entries: readonly TrendEntry[],
  t: Translate,
  locale: string,
): string {
  const summary = trendSummary(scale, entries);
  if (!summary) return "";
  const say = (value: TrendValue) =>
    value.kind === "score" ? String(value.score) : t(flagLabelKeys[value.flag]).toLocaleLowerCase(locale);
  const params = {
    from: say(summary.first.value),
    to: say(summary.last.value),
    first: formatShortDate(summary.first.at, locale),
    last: formatShortDate(summary.last.at, locale),
  };
  const score = scale.kind === "score";
  const change =
    summary.count === 1
      ? t(score ? "cases.trend.scoreSingle" : "cases.trend.flagSingle", params)
      : summary.direction === "same"
        ? t(score ? "cases.trend.scoreSame" : "cases.trend.flagSame", params)
        : score
          ? t(summary.direction === "up" ? "cases.trend.scoreUp" : "cases.trend.scoreDown", params)
          : t("cases.trend.flagChange", params);
  const count = summary.redFlags;
  const redFlags = score
    ? t(
        count === 0
          ? "cases.trend.redFlagsNone"
          : count === 1
            ? "cases.trend.redFlagsOne"
            : "cases.trend.redFlagsMany",
        { count },
      )
    : t(
        count === 0
          ? "cases.trend.urgentNone"
          : count === 1
            ? "cases.trend.urgentOne"
            : "cases.trend.urgentMany",
        {
          count,
        },
      );
  return t("cases.trend.summary", { change, redFlags });
}

type Marker = "point" | "red-flag" | "insufficient";

/** The shape of a point, centred on (x, y). */
function MarkerShape({ kind, x, y }: { kind: Marker; x: number; y: number }) {
  if (kind === "red-flag") {
    return (
      <g className="zicht-trend__marker zicht-trend__marker--red-flag">
        <path d={`M${x},${y - 11} L${x + 10},${y + 7} L${x - 10},${y + 7} Z`} />
        <path d={`M${x},${y - 4.5} V${y + 1}`} className="zicht-trend__marker-mark" />
        <circle cx={x} cy={y + 4.2} r={1.2} className="zicht-trend__marker-dot" />
      </g>
    );
  }
  return (
    <circle
      cx={x}
      cy={y}
      r={kind === "insufficient" ? 5 : 6}
      className={`zicht-trend__marker zicht-trend__marker--${kind}`}
    />
  );
}

/** A marker as a small picture for the legend and the table. */
export function TrendMarker({ kind }: { kind: Marker }) {
  return (
    <svg
      className="zicht-trend__icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <MarkerShape kind={kind} x={12} y={13} />
    </svg>
  );
}

export function TrendChart({
  title,
  scale,
  entries,
}: {
  title: string;
  scale: TrendScale;
  entries: readonly TrendEntry[];
}) {
  const t = useTranslate();
  const locale = useLocale();
  const titleId = useId();
  const chart = trendChart(scale, entries);
  const summary = trendSummaryText(scale, entries, t, locale);
  const zoneLabel = (outcome: Band | FlagColour) =>
    scale.kind === "score" ? t(bandKeys[outcome as Band].label) : t(flagLabelKeys[outcome as FlagColour]);
  const { plot } = chart;
  const hasInsufficient = chart.points.some((point) => point.insufficient);
  return (
    <figure className="zicht-trend">
      <figcaption className="zicht-trend__summary">{summary}</figcaption>
      <svg
        className="zicht-trend__chart"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width={chart.width}
        height={chart.height}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t("cases.assessments.chart", { title, summary })}</title>
        {chart.zones.map((zone) => (
          <g key={zone.outcome}>
            <rect
              x={plot.left}
              y={zone.top}
              width={plot.right - plot.left}
              height={Math.max(zone.bottom - zone.top, 0)}
              className={`zicht-trend__zone zicht-trend__zone--${zone.outcome}`}
            />
            <rect
              x={plot.right + 6}
              y={zone.labelY - 6}
              width={12}
              height={12}
              className={`zicht-trend__zone zicht-trend__zone--${zone.outcome} zicht-trend__swatch`}
            />
            <text x={plot.right + 24} y={zone.labelY + 5} className="zicht-trend__label">
              {zoneLabel(zone.outcome)}
            </text>
          </g>
        ))}
        {chart.ticks.map((tick) => (
          <g key={tick.value}>
            {tick.y > plot.top && tick.y < plot.bottom ? (
              <line
                x1={plot.left}
                x2={plot.right}
                y1={tick.y}
                y2={tick.y}
                className="zicht-trend__threshold"
              />
            ) : null}
            <text x={plot.left - 6} y={tick.y + 5} textAnchor="end" className="zicht-trend__label">
              {tick.value}
            </text>
          </g>
        ))}
        <path
          d={`M${plot.left},${plot.top} V${plot.bottom} H${plot.right}`}
          className="zicht-trend__axis"
          fill="none"
        />
        {chart.points.length > 1 ? <path d={chart.path} className="zicht-trend__line" fill="none" /> : null}
        {chart.points.map((point) => (
          <g key={point.id}>
            <MarkerShape
              kind={point.redFlag ? "red-flag" : point.insufficient ? "insufficient" : "point"}
              x={point.x}
              y={point.y}
            />
            {point.dated ? (
              <text x={point.x} y={plot.bottom + 20} textAnchor="middle" className="zicht-trend__label">
                {formatShortDate(point.at, locale)}
              </text>
            ) : (
              <line
                x1={point.x}
                x2={point.x}
                y1={plot.bottom}
                y2={plot.bottom + 5}
                className="zicht-trend__axis"
              />
            )}
          </g>
        ))}
      </svg>
      <div className="zicht-trend__legend">
        <p>
          {scale.kind === "score"
            ? t("cases.trend.readScore", { max: chart.ticks.at(-1)?.value ?? scale.max })
            : t("cases.trend.readFlags")}
        </p>
        <ul aria-label={t("cases.trend.legend")}>
          <li>
            <TrendMarker kind="point" />
            {t(scale.kind === "score" ? "cases.trend.legend.score" : "cases.trend.legend.flag")}
          </li>
          <li>
            <TrendMarker kind="red-flag" />
            {t(scale.kind === "score" ? "cases.trend.legend.redFlag" : "cases.trend.legend.urgent")}
          </li>
          {hasInsufficient ? (
            <li>
              <TrendMarker kind="insufficient" />
              {t("cases.trend.legend.insufficient")}
            </li>
          ) : null}
        </ul>
      </div>
    </figure>
  );
}
