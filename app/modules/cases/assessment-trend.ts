import type { Band, FlagColour } from "../screening/definition";

/**
 * Assessments over time (pure): when to assess again, and the points of the
 * small trend chart of the band (or flag) per instrument.
 */

/** Weeks until the next assessment, by outcome; the more concern, the sooner. */
export const reassessWeeks: Readonly<Record<Band | FlagColour, number>> = {
  insufficient: 2,
  none: 12,
  possible: 6,
  clear: 2,
  green: 12,
  yellow: 6,
  red: 2,
  black: 1,
};

/** The due date (YYYY-MM-DD) of the re-assessment after an assessment on `assessedOn`. */
export function reassessDueOn(outcome: Band | FlagColour, assessedOn: string): string {
  const date = new Date(`${assessedOn}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + reassessWeeks[outcome] * 7);
  return date.toISOString().slice(0, 10);
}

/** Levels on the chart's vertical axis, lowest concern first. `insufficient` is not a level. */
export const bandLevels: readonly Band[] = ["none", "possible", "clear"];
export const flagLevels: readonly FlagColour[] = ["green", "yellow", "red", "black"];

export interface TrendPoint {
  at: string;
  outcome: Band | FlagColour;
}

export interface ChartPoint extends TrendPoint {
  x: number;
  y: number;
}

export interface TrendChart {
  width: number;
  height: number;
  levels: ReadonlyArray<{ outcome: Band | FlagColour; y: number }>;
  points: ChartPoint[];
  /** Points left out (band `insufficient`: too few answers to place). */
  skipped: number;
}

/**
 * Places the outcomes on a chart: time from left to right (evenly spaced,
 * oldest first — the dates are in the text alternative), concern from bottom
 * to top.
 */
export function trendChart(
  kind: "signals" | "flags",
  points: readonly TrendPoint[],
  size = { width: 320, height: 120, left: 110, right: 16, top: 16, bottom: 16 },
): TrendChart {
  const levels: readonly (Band | FlagColour)[] = kind === "signals" ? bandLevels : flagLevels;
  const plotHeight = size.height - size.top - size.bottom;
  const yOf = (index: number) =>
    size.top + plotHeight - (levels.length === 1 ? 0 : (index / (levels.length - 1)) * plotHeight);
  const placed = [...points]
    .sort((a, b) => a.at.localeCompare(b.at))
    .filter((point) => levels.includes(point.outcome));
  const plotWidth = size.width - size.left - size.right;
  return {
    width: size.width,
    height: size.height,
    levels: levels.map((outcome, index) => ({ outcome, y: yOf(index) })),
    points: placed.map((point, index) => ({
      ...point,
      x: size.left + (placed.length === 1 ? plotWidth / 2 : (index / (placed.length - 1)) * plotWidth),
      y: yOf(levels.indexOf(point.outcome)),
    })),
    skipped: points.length - placed.length,
  };
}
