import {
  allItems,
  itemMaximum,
  type AnswerValue,
  type Band,
  type FlagColour,
  type InstrumentDefinition,
} from "../screening/definition";
import { flagRank } from "../screening/flags";
import { scoreSignals } from "../screening/scoring";

/**
 * Assessments over time (pure): when to assess again, and the trend chart of
 * one instrument in a case — the score (or the flag) per assessment, the
 * band zones, the red flags and the one-sentence summary. The chart
 * component only draws what `trendChart` places.
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

/**
 * The vertical scale of an instrument: a signals list has a score from 0 to
 * the most it can give, with its two thresholds; the flag judgement has the
 * four flags as levels.
 */
export type TrendScale =
  { kind: "score"; max: number; possibleFrom: number; clearFrom: number } | { kind: "flags" };

/** The most a signals list can score: every risk item at its highest answer (follow-up questions included). */
export function signalsMaximum(definition: Pick<InstrumentDefinition, "domains">): number {
  return Math.round(allItems(definition).reduce((sum, item) => sum + itemMaximum(item), 0) * 100) / 100;
}

export function trendScale(definition: InstrumentDefinition): TrendScale {
  if (definition.kind === "flags") return { kind: "flags" };
  return {
    kind: "score",
    max: signalsMaximum(definition),
    possibleFrom: definition.scoring.possibleFrom,
    clearFrom: definition.scoring.clearFrom,
  };
}

const isAnswerValue = (value: unknown): value is AnswerValue =>
  typeof value === "string" ||
  (typeof value === "number" && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((code) => typeof code === "string"));

/**
 * Whether a stored assessment had a red flag. A signals list: a red-flag
 * item (`redFlag` in the definition) that applies was answered yes — that
 * alone makes the concern clear, whatever the score. The flag judgement: the
 * flag is red or black (act today or now).
 */
export function hadRedFlag(
  definition: InstrumentDefinition,
  stored: { flag: FlagColour | null; answers: Readonly<Record<string, unknown>> },
): boolean {
  if (definition.kind === "flags") return stored.flag !== null && flagRank(stored.flag) >= flagRank("red");
  const answers = Object.fromEntries(
    Object.entries(stored.answers).filter((entry): entry is [string, AnswerValue] => isAnswerValue(entry[1])),
  );
  return scoreSignals(definition, answers).redFlags.length > 0;
}

/** One stored assessment as the trend needs it. */
export interface TrendEntry {
  id: string;
  /** The moment it was filled in (ISO). */
  at: string;
  band: Band | null;
  flag: FlagColour | null;
  score: number | null;
  redFlag: boolean;
}

/** The order of the history table: newest first (same moment: the later id first, as the list is stable). */
export function newestFirst<T extends { at: string; id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

/** The order of the chart: oldest first. */
export function oldestFirst<T extends { at: string; id: string }>(entries: readonly T[]): T[] {
  return newestFirst(entries).reverse();
}

/** What a point stands for on the vertical scale: a score or a flag. */
export type TrendValue = { kind: "score"; score: number } | { kind: "flag"; flag: FlagColour };

function valueOf(scale: TrendScale, entry: TrendEntry): TrendValue | undefined {
  if (scale.kind === "flags") return entry.flag ? { kind: "flag", flag: entry.flag } : undefined;
  return entry.score === null ? undefined : { kind: "score", score: entry.score };
}

export interface ChartSize {
  width: number;
  height: number;
  /** Room for the score numbers. */
  left: number;
  /** Room for the zone labels. */
  right: number;
  top: number;
  /** Room for the dates. */
  bottom: number;
  /** The least room a date label needs, so the dates never overlap. */
  dateWidth: number;
}

/** Narrow enough that the text stays readable when a phone shrinks the drawing to its width. */
export const defaultChartSize: ChartSize = {
  width: 440,
  height: 280,
  left: 36,
  right: 132,
  top: 14,
  bottom: 36,
  dateWidth: 84,
};

export interface ChartZone {
  outcome: Band | FlagColour;
  /** Top and bottom edge in the drawing. */
  top: number;
  bottom: number;
  /** Where its label goes (centred in the zone, pushed apart when zones are thin). */
  labelY: number;
}

export interface ChartPoint {
  id: string;
  at: string;
  x: number;
  y: number;
  value: TrendValue;
  outcome: Band | FlagColour | null;
  redFlag: boolean;
  /** Too few answers for a band: drawn open, the score says little. */
  insufficient: boolean;
  /** Whether its date is written under the axis (at most as many as fit). */
  dated: boolean;
}

export interface TrendChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  zones: ChartZone[];
  /** Numbers on the vertical axis (score scale only): 0, the thresholds and the maximum. */
  ticks: Array<{ value: number; y: number }>;
  points: ChartPoint[];
  /** The line through the points, oldest first. */
  path: string;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Label positions at least `gap` apart, as close to their wish as the room allows. */
function spread(wishes: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wishes.map((wish, index) => ({ wish, index })).sort((a, b) => a.wish - b.wish);
  const placed: number[] = [];
  for (const [rank, item] of order.entries()) {
    placed[rank] = Math.max(item.wish, rank === 0 ? min : placed[rank - 1]! + gap);
  }
  for (let rank = order.length - 1; rank >= 0; rank--) {
    const limit = rank === order.length - 1 ? max : placed[rank + 1]! - gap;
    placed[rank] = Math.min(placed[rank]!, limit);
  }
  const result: number[] = [];
  order.forEach((item, rank) => (result[item.index] = round1(placed[rank]!)));
  return result;
}

/** Which of `count` evenly spaced points get a date: the first, the last and as many between as fit. */
export function datedIndexes(count: number, fits: number): Set<number> {
  if (count <= 0) return new Set();
  if (count <= fits) return new Set(Array.from({ length: count }, (_, index) => index));
  const step = Math.ceil((count - 1) / Math.max(fits - 1, 1));
  const dated = new Set<number>([0, count - 1]);
  for (let index = step; index < count - 1; index += step) {
    // Not so close to the last date that the two would touch.
    if (count - 1 - index >= step) dated.add(index);
  }
  return dated;
}

const scoreBands: ReadonlyArray<Exclude<Band, "insufficient">> = ["none", "possible", "clear"];
const flagLevels: readonly FlagColour[] = ["green", "yellow", "red", "black"];

/**
 * Places the assessments of one instrument: time from left to right (evenly
 * spaced, oldest first; the date under each point as far as there is room),
 * the score from 0 at the bottom to the instrument's maximum at the top with
 * the bands as zones between the thresholds — or, for the flag judgement, the
 * four flags as zones from green at the bottom to black at the top.
 * Assessments without a value on the scale (no score, no flag) are left out.
 */
export function trendChart(
  scale: TrendScale,
  entries: readonly TrendEntry[],
  size: ChartSize = defaultChartSize,
): TrendChart {
  const plot = {
    left: size.left,
    right: size.width - size.right,
    top: size.top,
    bottom: size.height - size.bottom,
  };
  const plotHeight = plot.bottom - plot.top;
  const placed = oldestFirst(entries).flatMap((entry) => {
    const value = valueOf(scale, entry);
    return value ? [{ entry, value }] : [];
  });

  let yOf: (value: TrendValue) => number;
  let zones: ChartZone[];
  let ticks: TrendChart["ticks"] = [];
  if (scale.kind === "score") {
    // A score above the maximum (an older version of the list) still fits on the scale.
    const top = Math.max(
      scale.max,
      scale.clearFrom,
      ...placed.map(({ value }) => (value.kind === "score" ? value.score : 0)),
    );
    const yOfScore = (score: number) => round1(plot.bottom - (Math.max(score, 0) / top) * plotHeight);
    yOf = (value) => yOfScore(value.kind === "score" ? value.score : 0);
    const edges = [0, scale.possibleFrom, scale.clearFrom, top];
    const bandZones = scoreBands.map((outcome, index) => ({
      outcome,
      top: yOfScore(edges[index + 1]!),
      bottom: yOfScore(edges[index]!),
    }));
    const labels = spread(
      bandZones.map((zone) => (zone.top + zone.bottom) / 2),
      16,
      plot.top + 6,
      plot.bottom - 6,
    );
    zones = bandZones.map((zone, index) => ({ ...zone, labelY: labels[index]! }));
    ticks = [...new Set(edges)].map((value) => ({ value, y: yOfScore(value) }));
  } else {
    const levelHeight = plotHeight / flagLevels.length;
    const zoneOf = (flag: FlagColour) => {
      const bottom = plot.bottom - flagRank(flag) * levelHeight;
      return { top: round1(bottom - levelHeight), bottom: round1(bottom) };
    };
    yOf = (value) => {
      const zone = zoneOf(value.kind === "flag" ? value.flag : "green");
      return round1((zone.top + zone.bottom) / 2);
    };
    zones = flagLevels.map((outcome) => {
      const zone = zoneOf(outcome);
      return { outcome, ...zone, labelY: round1((zone.top + zone.bottom) / 2) };
    });
  }

  const plotWidth = plot.right - plot.left;
  // Points keep a margin from the edges, so the first and last date fit under them.
  const inset = Math.min(size.dateWidth / 2, plotWidth / 2);
  const xOf = (index: number) =>
    round1(
      placed.length === 1
        ? plot.left + plotWidth / 2
        : plot.left + inset + (index / (placed.length - 1)) * (plotWidth - 2 * inset),
    );
  const fits = Math.max(1, Math.floor((plotWidth - 2 * inset) / size.dateWidth) + 1);
  const dated = datedIndexes(placed.length, fits);
  const points = placed.map(({ entry, value }, index) => ({
    id: entry.id,
    at: entry.at,
    x: xOf(index),
    y: yOf(value),
    value,
    outcome: entry.band ?? entry.flag,
    redFlag: entry.redFlag,
    insufficient: entry.band === "insufficient",
    dated: dated.has(index),
  }));
  return {
    width: size.width,
    height: size.height,
    plot,
    zones,
    ticks,
    points,
    path: points.map((point, index) => `${index === 0 ? "M" : "L"}${point.x},${point.y}`).join(" "),
  };
}

/** The facts of the one-sentence summary; the words are the page's. */
export interface TrendSummary {
  /** Assessments on the chart. */
  count: number;
  first: { at: string; value: TrendValue };
  last: { at: string; value: TrendValue };
  /** From the first to the last assessment: more concern, less, or the same. */
  direction: "up" | "down" | "same";
  /** Assessments with a red flag (all of them, also those not on the chart). */
  redFlags: number;
}

const rankOf = (value: TrendValue) => (value.kind === "score" ? value.score : flagRank(value.flag));

export function trendSummary(scale: TrendScale, entries: readonly TrendEntry[]): TrendSummary | undefined {
  const valued = oldestFirst(entries).flatMap((entry) => {
    const value = valueOf(scale, entry);
    return value ? [{ at: entry.at, value }] : [];
  });
  const first = valued[0];
  const last = valued[valued.length - 1];
  if (!first || !last) return undefined;
  const change = rankOf(last.value) - rankOf(first.value);
  return {
    count: valued.length,
    first,
    last,
    direction: change > 0 ? "up" : change < 0 ? "down" : "same",
    redFlags: entries.filter((entry) => entry.redFlag).length,
  };
}
