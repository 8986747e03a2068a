import { TZDate } from "@date-fns/tz";
import { weekdays, type Schedule, type Weekday } from "./directory-content";

/** Opening hours are local time in the Netherlands, whatever the server's time zone. */
export const directoryTimeZone = "Europe/Amsterdam";

/** 24/7: every day from 00:00 to 23:59 (HSDS has no other way to say "always"). */
export const alwaysOpen: Schedule = { byday: [...weekdays], opensAt: "00:00", closesAt: "23:59" };

export function isAlwaysOpen(schedule: Schedule): boolean {
  return schedule.byday.length === 7 && schedule.opensAt === "00:00" && schedule.closesAt === "23:59";
}

export interface LocalMoment {
  day: Weekday;
  /** "09:30" */
  time: string;
}

/** The weekday and wall-clock time in Europe/Amsterdam at `instant` (summer and winter time included). */
export function amsterdamMoment(instant: Date): LocalMoment {
  const local = new TZDate(instant.getTime(), directoryTimeZone);
  // getDay(): 0 = Sunday; weekdays[] starts on Monday.
  const day = weekdays[(local.getDay() + 6) % 7] as Weekday;
  const time = `${String(local.getHours()).padStart(2, "0")}:${String(local.getMinutes()).padStart(2, "0")}`;
  return { day, time };
}

/** Today's date in Europe/Amsterdam as YYYY-MM-DD (for "Vandaag gecontroleerd"). */
export function amsterdamToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: directoryTimeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** True when one of the schedules covers the moment. 23:59 closes at the end of the day. */
export function isOpenAt(schedules: readonly Schedule[], moment: LocalMoment): boolean {
  return schedules.some(
    (schedule) =>
      schedule.byday.includes(moment.day) &&
      schedule.opensAt <= moment.time &&
      (moment.time < schedule.closesAt || schedule.closesAt === "23:59"),
  );
}

/** "open" / "closed" now, or "unknown" when no opening hours are known. */
export type OpeningState = "open" | "closed" | "unknown";

export function openingState(schedules: readonly Schedule[], instant: Date): OpeningState {
  if (schedules.length === 0) return "unknown";
  return isOpenAt(schedules, amsterdamMoment(instant)) ? "open" : "closed";
}

/** Facts older than this many months are shown as possibly outdated. */
export const assuredMaxAgeMonths = 12;

/** True when `assuredDate` (YYYY-MM-DD) is more than 12 months before `today`. */
export function isPossiblyOutdated(assuredDate: string, today: Date): boolean {
  const limit = new Date(today.getTime());
  limit.setUTCMonth(limit.getUTCMonth() - assuredMaxAgeMonths);
  return new Date(`${assuredDate}T00:00:00Z`).getTime() < limit.getTime();
}
