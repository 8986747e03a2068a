/**
 * Who a page is written for. Pages for young people get their own header and
 * footer (app/ui/youth-shell.tsx): plain words, help numbers and a quick exit;
 * every other page keeps the site header and footer.
 */
export type Audience = "youth" | "professional";

/** What a route module may put in its `handle` (or, when one module serves several sections, return from its loader). */
export interface AudienceMark {
  audience?: Audience;
}

function markOf(value: unknown): Audience | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const audience = (value as AudienceMark).audience;
  return audience === "youth" || audience === "professional" ? audience : undefined;
}

/**
 * The audience of the matched routes: the deepest route that names one
 * decides, by its `handle.audience` or else by its loader data's `audience`
 * (the knowledge page module serves /kennisbank, /jongeren and /ouders, so
 * its loader says which). Without a mark — a page under /jongeren that does
 * not exist has no loader data — the path decides: under /jongeren the young
 * person keeps their own header, quick exit and plain words; else "professional".
 */
export function audienceOf(
  matches: ReadonlyArray<{ handle?: unknown; loaderData?: unknown; pathname?: string }>,
): Audience {
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const match = matches[index];
    const audience = markOf(match?.handle) ?? markOf(match?.loaderData);
    if (audience) return audience;
  }
  const deepest = matches.at(-1)?.pathname ?? "";
  return deepest === "/jongeren" || deepest.startsWith("/jongeren/") ? "youth" : "professional";
}
