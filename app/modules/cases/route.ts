import type { CaseSetting } from "./tables";

/**
 * Which route a case follows (pure), from the age and where the
 * exploitation happens. docs/domain.md, "Scope: minors and adults".
 *
 * - `meldcode`: the Meldcode with the afwegingskader; its report goes to
 *   Veilig Thuis. For every young person who may be under 18 (exploitation
 *   of a minor is child abuse), and for an adult exploited at home
 *   (domestic violence).
 * - `adult`: an adult (certainly 18 or older) exploited by people outside
 *   the home: the police (AVIM), CoMensha and the municipality's care
 *   coordinator. The afwegingskader's outcome does not call for a Veilig
 *   Thuis report here (Veilig Thuis still gives advice).
 *
 * With only a birth year, "certainly 18" means year − birth year − 1 ≥ 18;
 * an unknown birth year keeps the Meldcode route.
 */
export type CaseRoute = "meldcode" | "adult";

export const routeSources: Record<CaseRoute, readonly string[]> = {
  meldcode: ["wet-meldcode", "besluit-meldcode", "meldcode-rijksoverheid", "wmo-2015-meldrecht"],
  adult: ["politie-avim", "comensha", "meldcode-rijksoverheid"],
};

export function certainlyAdult(birthYear: number | null, on: string): boolean {
  return birthYear !== null && Number(on.slice(0, 4)) - birthYear - 1 >= 18;
}

export function caseRoute(birthYear: number | null, setting: CaseSetting, on: string): CaseRoute {
  return certainlyAdult(birthYear, on) && setting !== "at_home" ? "adult" : "meldcode";
}

/** Which explanation the case page shows: the Meldcode for a minor or for an adult at home, or the adult route. */
export function routeExplanation(
  birthYear: number | null,
  setting: CaseSetting,
  on: string,
): "minor" | "adultAtHome" | "adult" {
  if (caseRoute(birthYear, setting, on) === "adult") return "adult";
  return certainlyAdult(birthYear, on) ? "adultAtHome" : "minor";
}
