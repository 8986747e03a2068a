import type { MessageKey } from "../../i18n";
import { nl } from "../../i18n/nl";

/**
 * A one-time success message that survives a redirect ("Stap 2 is opgeslagen"),
 * so an action can send the person on to the next useful page and still say
 * what was stored. It travels in a short-lived cookie that holds only a
 * message key (under `flash.`) and short text values for its `{name}` parameters;
 * the root loader reads it once and clears it. Pure: the cookie text in and
 * out; routes use flash.server.ts.
 */
export interface Flash {
  key: MessageKey;
  params?: Record<string, string>;
}

export const flashCookieName = "zicht_melding";

const maxParamLength = 120;

export function isFlashKey(value: unknown): value is MessageKey {
  return typeof value === "string" && value.startsWith("flash.") && Object.hasOwn(nl, value);
}

/** The cookie value for a flash (base64url JSON). */
export function encodeFlash(flash: Flash): string {
  return Buffer.from(JSON.stringify({ k: flash.key, p: flash.params ?? {} }), "utf8").toString("base64url");
}

/** The flash in a Cookie header, or null when there is none or it is not one of ours. */
export function flashFromCookieHeader(cookieHeader: string | null | undefined): Flash | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name !== flashCookieName || !value) continue;
    try {
      const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
      if (typeof parsed !== "object" || parsed === null) return null;
      const { k, p } = parsed as { k?: unknown; p?: unknown };
      if (!isFlashKey(k)) return null;
      const params: Record<string, string> = {};
      if (typeof p === "object" && p !== null) {
        for (const [param, text] of Object.entries(p)) {
          if (typeof text === "string" && /^[a-zA-Z]{1,20}$/.test(param))
            params[param] = text.slice(0, maxParamLength);
        }
      }
      return { key: k, params };
    } catch {
      return null;
    }
  }
  return null;
}

/** Set-Cookie for a flash; with `clear`, the header that removes it. */
export function flashCookie(value: string, options: { secure: boolean; clear?: boolean }): string {
  return [
    `${flashCookieName}=${options.clear ? "" : value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${options.clear ? 0 : 120}`,
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}
