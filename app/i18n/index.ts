import { en } from "./en";
import { nl, type MessageKey } from "./nl";

export type { MessageKey } from "./nl";
export type Locale = "nl" | "en";
export const locales: readonly Locale[] = ["nl", "en"];
export const defaultLocale: Locale = "nl";

const catalogs: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function isLocale(value: unknown): value is Locale {
  return value === "nl" || value === "en";
}

/** Name of the cookie that remembers the chosen language. */
export const localeCookieName = "zicht_taal";

/** Reads the chosen language from a Cookie header; Dutch when absent or unknown. */
export function localeFromCookieHeader(cookieHeader: string | null | undefined): Locale {
  if (!cookieHeader) return defaultLocale;
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === localeCookieName && isLocale(value)) return value;
  }
  return defaultLocale;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translate function for one language. `{name}` placeholders are filled from `params`. */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => {
    const template = catalog[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}
