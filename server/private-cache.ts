import { sessionCookieName } from "../app/modules/accounts/sessions.server";

/**
 * Pages with someone's work on them must never be kept by a browser or a
 * proxy: every answer to a request that carries a session cookie, and every
 * answer under the signed-in areas (also when the session has just ended,
 * and for their `.data` requests), gets `Cache-Control: no-store`.
 */
const privateAreas = ["/account", "/beheer", "/casussen", "/meldingen"];

export function mustNotStore(pathname: string, cookieHeader: string | undefined): boolean {
  const inPrivateArea = privateAreas.some(
    (area) =>
      pathname === area ||
      pathname.startsWith(`${area}/`) ||
      pathname.startsWith(`${area}.`) ||
      pathname.startsWith(`${area}_`),
  );
  return inPrivateArea || hasSessionCookie(cookieHeader);
}

function hasSessionCookie(cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((part) => {
    const [name, value] = part.trim().split("=");
    return name === sessionCookieName && Boolean(value);
  });
}
