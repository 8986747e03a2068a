import { weekdays, type Area, type Schedule, type Weekday } from "./directory-content";
import { alwaysOpen } from "./opening-hours";
import { normalisePlaceName, resolvePlace, type RegionData } from "./regions";

/**
 * Reading what people type as text: times and opening hours, ages and
 * places. The editor's form uses the strict readers (one opening-hours row,
 * one place per line); a public suggestion ("Klopt dit niet?") is read with
 * the readers in words, which say null rather than guess. Pure: places are
 * looked up in the region data passed in.
 */

// ---------------------------------------------------------------- times

const timePattern = /^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$/;

/** "9:00", "09.00" → "09:00"; null when it is not a time of day. */
export function normaliseTime(value: string): string | null {
  const match = timePattern.exec(value.trim());
  if (!match) return null;
  return `${match[1]!.padStart(2, "0")}:${match[2]}`;
}

/** One opening-hours row of the form: days ticked, opening and closing time. */
export function checkHoursRow(
  days: readonly string[],
  opens: string,
  closes: string,
): { ok: true; schedule: Schedule | null } | { ok: false; error: string } {
  const empty = days.length === 0 && opens.trim() === "" && closes.trim() === "";
  if (empty) return { ok: true, schedule: null };
  const byday = weekdays.filter((day) => days.includes(day));
  if (byday.length === 0) return { ok: false, error: "Kies minstens één dag." };
  const opensAt = normaliseTime(opens);
  const closesAt = normaliseTime(closes);
  if (!opensAt || !closesAt) return { ok: false, error: "Vul de tijden in als UU:MM, zoals 09:00 en 17:00." };
  if (opensAt >= closesAt) return { ok: false, error: "De sluitingstijd moet na de openingstijd liggen." };
  return { ok: true, schedule: { byday, opensAt, closesAt } };
}

// ---------------------------------------------------------------- places

/** How an area is written in the form, so that reading it back gives the same area. */
export function areaLine(area: Area, data: RegionData): string {
  if (area.kind === "national") return "heel Nederland";
  if (area.kind === "province") {
    const province = data.provinces.find((item) => item.code === area.code);
    return province ? `provincie ${province.name}` : area.code;
  }
  if (area.kind === "municipality") {
    const municipality = data.municipalities.find((item) => item.code === area.code);
    if (!municipality) return area.code;
    const resolved = resolvePlace(municipality.name, data);
    return resolved.kind === "municipality" && resolved.municipality.code === area.code
      ? municipality.name
      : `${municipality.name} (${municipality.code})`;
  }
  const region = data.regions.find((item) => item.id === area.id);
  return region ? region.name : area.id;
}

const nationalNames = new Set(["heel nederland", "landelijk", "nederland", "nationaal"]);

/**
 * Reads one place as an editor or a visitor writes it: "heel Nederland",
 * a municipality, province or named region (with the Wegwijzer's place
 * interpretation: other spellings, codes, accents), or "Bergen (GM0373)".
 */
export function parseAreaLine(
  line: string,
  data: RegionData,
): { ok: true; area: Area } | { ok: false; error: string } {
  const key = normalisePlaceName(line);
  if (nationalNames.has(key)) return { ok: true, area: { kind: "national" } };
  const withCode = /\((GM[0-9]{4}|PV[0-9]{2})\)\s*$/i.exec(line.trim());
  const resolved = resolvePlace(withCode ? withCode[1]! : line, data);
  switch (resolved.kind) {
    case "municipality":
      return { ok: true, area: { kind: "municipality", code: resolved.municipality.code } };
    case "province":
      return { ok: true, area: { kind: "province", code: resolved.province.code } };
    case "region":
      return { ok: true, area: { kind: "region", id: resolved.region.id } };
    case "ambiguous":
      return {
        ok: false,
        error: `Er zijn meer plaatsen met de naam '${line.trim()}'. Schrijf er de code achter: ${resolved.options
          .map((option) => `${option.name} (${option.code})`)
          .join(" of ")}.`,
      };
    default:
      return {
        ok: false,
        error:
          resolved.suggestions.length > 0
            ? `We kennen '${line.trim()}' niet. Bedoel je ${resolved.suggestions.map((option) => option.name).join(", ")}?`
            : `We kennen '${line.trim()}' niet als gemeente, provincie of regio.`,
      };
  }
}

/** The form's area field: one place per line. At least one, no doubles. */
export function parseAreaLines(
  text: string,
  data: RegionData,
): { ok: true; areas: Area[] } | { ok: false; error: string } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return { ok: false, error: "Vul minstens één werkgebied in, of 'heel Nederland'." };
  const areas: Area[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const parsed = parseAreaLine(line, data);
    if (!parsed.ok) {
      problems.push(parsed.error);
      continue;
    }
    const key = JSON.stringify(parsed.area);
    if (!seen.has(key)) areas.push(parsed.area);
    seen.add(key);
  }
  if (problems.length > 0) return { ok: false, error: problems.join(" ") };
  // "Heel Nederland" next to places says nothing more: keep the places out.
  if (areas.some((area) => area.kind === "national")) return { ok: true, areas: [{ kind: "national" }] };
  return { ok: true, areas };
}

// ---------------------------------------------------------------- in words (public suggestions)

// A Map, not a plain object: a word like "constructor" must find nothing.
const dayWords = new Map<string, Weekday>(
  Object.entries({
    ma: "MO",
    maandag: "MO",
    di: "TU",
    dinsdag: "TU",
    wo: "WE",
    woensdag: "WE",
    do: "TH",
    donderdag: "TH",
    vr: "FR",
    vrijdag: "FR",
    za: "SA",
    zaterdag: "SA",
    zo: "SU",
    zondag: "SU",
  }),
);

function daysFromWords(text: string): Weekday[] | null {
  const words = text
    .toLowerCase()
    .replace(/t\/m|tot en met|tm/g, " - ")
    .replace(/[,&+]|\ben\b/g, " ")
    .replace(/-/g, " - ")
    .split(/\s+/)
    .filter((word) => word !== "" && word !== "op" && word !== "van");
  if (words.length === 1 && (words[0] === "dagelijks" || words[0] === "elke")) return [...weekdays];
  if (words.join(" ") === "elke dag" || words.join(" ") === "alle dagen") return [...weekdays];
  const days = new Set<Weekday>();
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (word === "werkdagen" || word === "doordeweeks") {
      for (const day of weekdays.slice(0, 5)) days.add(day);
      continue;
    }
    if (word === "weekend") {
      days.add("SA");
      days.add("SU");
      continue;
    }
    if (word === "-") {
      const from = dayWords.get(words[index - 1] ?? "");
      const to = dayWords.get(words[index + 1] ?? "");
      if (!from || !to) return null;
      const start = weekdays.indexOf(from);
      const end = weekdays.indexOf(to);
      if (end < start) return null;
      for (const day of weekdays.slice(start, end + 1)) days.add(day);
      index += 1;
      continue;
    }
    const day = dayWords.get(word);
    if (!day) return null;
    days.add(day);
  }
  return days.size > 0 ? weekdays.filter((day) => days.has(day)) : null;
}

/**
 * Opening hours in words, as a visitor suggests them: "24/7", "dag en
 * nacht", "ma t/m vr 9-17", "di en do 9:00-12:00", several parts separated
 * by ";" or a new line. Null when it cannot be read without guessing.
 */
export function parseOpeningHoursText(text: string): Schedule[] | null {
  const key = text.trim().toLowerCase().replace(/\.$/, "");
  if (["24/7", "24 uur per dag", "dag en nacht", "altijd", "altijd open", "24/7 open"].includes(key)) {
    return [alwaysOpen];
  }
  const parts = key
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const schedules: Schedule[] = [];
  for (const part of parts) {
    const match =
      /^(.*?)\s*(?:van\s+)?([0-9]{1,2}(?:[:.][0-9]{2})?)\s*(?:-|–|tot)\s*([0-9]{1,2}(?:[:.][0-9]{2})?)\s*(?:uur)?$/.exec(
        part,
      );
    if (!match) return null;
    const days = daysFromWords(match[1]!.replace(/[:,]\s*$/, ""));
    const time = (value: string) => (value.includes(":") || value.includes(".") ? value : `${value}:00`);
    if (!days) return null;
    const row = checkHoursRow(days, time(match[2]!), time(match[3]!));
    if (!row.ok || !row.schedule) return null;
    schedules.push(row.schedule);
  }
  return schedules;
}

export interface AgeRange {
  minimumAge: number | undefined;
  maximumAge: number | undefined;
  maximumAgeInclusive: boolean;
}

/**
 * An age range in words: "12-23", "12 tot en met 23 jaar", "12 tot 18"
 * (18 not included), "vanaf 16", "tot 18", "t/m 23", "alle leeftijden".
 * Null when it cannot be read or breaks the form's rules (0–120, min ≤ max).
 */
export function parseAgeText(text: string): AgeRange | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/\bjaar\b|\boud\b|\.$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (key === "alle leeftijden" || key === "geen leeftijdsgrens") {
    return { minimumAge: undefined, maximumAge: undefined, maximumAgeInclusive: true };
  }
  const range = /^(?:van )?([0-9]{1,3}) ?(?:-|–|t\/m|tot en met|tot) ?([0-9]{1,3})$/.exec(key);
  const from = /^(?:vanaf|van) ([0-9]{1,3})$/.exec(key) ?? /^([0-9]{1,3}) ?(?:\+|en ouder)$/.exec(key);
  const upTo = /^(t\/m|tot en met|tot) ([0-9]{1,3})$/.exec(key);
  let result: AgeRange;
  if (range) {
    result = {
      minimumAge: Number(range[1]),
      maximumAge: Number(range[2]),
      maximumAgeInclusive: !/tot/.test(key) || /tot en met/.test(key),
    };
  } else if (from) {
    result = { minimumAge: Number(from[1]), maximumAge: undefined, maximumAgeInclusive: true };
  } else if (upTo) {
    result = { minimumAge: undefined, maximumAge: Number(upTo[2]), maximumAgeInclusive: upTo[1] !== "tot" };
  } else {
    return null;
  }
  const ages = [result.minimumAge, result.maximumAge].filter((age) => age !== undefined);
  if (ages.some((age) => age > 120)) return null;
  if (
    result.minimumAge !== undefined &&
    result.maximumAge !== undefined &&
    result.minimumAge > result.maximumAge
  )
    return null;
  return result;
}

/** Places in words, as a visitor suggests them: one place, or several separated by commas, ";" or "en". */
export function parseAreaText(text: string, data: RegionData): Area[] | null {
  const whole = parseAreaLines(text.replace(/\r?\n/g, " "), data);
  if (whole.ok) return whole.areas;
  const parts = text
    .split(/\r?\n|;|,|\sen\s/)
    .map((part) => part.trim())
    .filter(Boolean);
  const split = parseAreaLines(parts.join("\n"), data);
  return split.ok ? split.areas : null;
}
