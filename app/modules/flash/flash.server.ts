import { redirect } from "react-router";
import { encodeFlash, flashCookie, flashFromCookieHeader, type Flash } from "./flash";

/** Secure whenever the request itself came over HTTPS; over plain HTTP the cookie must still work. */
function isSecure(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

/**
 * Sends the person on to `to` with a success message shown once there:
 * `return redirectWithFlash(request, "/casussen/…/stappen/3", { key: "flash.stepSaved", params: { step: "2" } })`.
 */
export function redirectWithFlash(request: Request, to: string, flash: Flash): Response {
  return redirect(to, {
    headers: { "Set-Cookie": flashCookie(encodeFlash(flash), { secure: isSecure(request) }) },
  });
}

/** The flash of this request and the header that clears it (root loader), or null. */
export function takeFlash(request: Request): { flash: Flash; clear: string } | null {
  const flash = flashFromCookieHeader(request.headers.get("Cookie"));
  if (!flash) return null;
  return { flash, clear: flashCookie("", { secure: isSecure(request), clear: true }) };
}
