import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { localeCookieName, localeFromCookieHeader, translator, type MessageKey } from "./index";
import { nl } from "./nl";

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

describe("message catalogues", () => {
  it("have exactly the same keys in Dutch and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("have no empty texts", () => {
    for (const [locale, catalog] of [
      ["nl", nl],
      ["en", en],
    ] as const) {
      const empty = Object.entries(catalog)
        .filter(([, text]) => text.trim() === "")
        .map(([key]) => `${locale}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it("use the same {placeholders} for the same key in both languages", () => {
    const mismatches = (Object.keys(nl) as MessageKey[])
      .filter((key) => placeholders(nl[key]).join() !== placeholders(en[key]).join())
      .map((key) => `${key}: nl {${placeholders(nl[key]).join()}} en {${placeholders(en[key]).join()}}`);
    expect(mismatches).toEqual([]);
  });
});

describe("translator", () => {
  it("fills placeholders in the reader's language", () => {
    expect(translator("nl")("helplines.call", { phone: "112" })).toBe("Bel 112");
    expect(translator("en")("helplines.call", { phone: "112" })).toBe("Call 112");
    expect(translator("nl")("search.tooLong", { max: 200 })).toBe(
      "Je zoekvraag is te lang. Gebruik hoogstens 200 tekens.",
    );
  });

  it("returns the text as written when there is nothing to fill in", () => {
    expect(translator("nl")("nav.directory")).toBe("Wegwijzer");
    expect(translator("en")("nav.directory")).toBe("Directory");
  });

  it("leaves a placeholder visible when its value is missing, instead of printing 'undefined'", () => {
    const text = translator("nl")("helplines.call", {});
    expect(text).toBe("Bel {phone}");
    expect(text).not.toContain("undefined");
  });

  it("inserts user input literally, even text that looks like a placeholder or a replacement pattern", () => {
    expect(translator("nl")("search.noResults", { query: "{query} $& $1" })).toBe(
      "Niets gevonden voor “{query} $& $1”. Probeer een ander woord.",
    );
  });
});

describe("localeFromCookieHeader", () => {
  it.each([
    [undefined, "nl"],
    [null, "nl"],
    ["", "nl"],
    [`${localeCookieName}=en`, "en"],
    [`${localeCookieName}=nl`, "nl"],
    [`session=abc; ${localeCookieName}=en; theme=dark`, "en"],
    [`session=abc;${localeCookieName}=en`, "en"],
    [`${localeCookieName}=fr`, "nl"],
    [`${localeCookieName}=`, "nl"],
    [localeCookieName, "nl"],
    [`other_${localeCookieName}=en`, "nl"],
    ["=;;; ;=en;==", "nl"],
    ["\u0000\uffff; %%%", "nl"],
  ])("reads %j as %s", (header, expected) => {
    expect(localeFromCookieHeader(header)).toBe(expected);
  });

  it("never throws and always answers a supported language, whatever the header", () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        expect(["nl", "en"]).toContain(localeFromCookieHeader(header));
      }),
    );
  });

  it("finds the language cookie among any other cookies", () => {
    const cookie = fc.tuple(fc.stringMatching(/^[a-z_]{1,10}$/), fc.stringMatching(/^[a-zA-Z0-9]{0,10}$/));
    fc.assert(
      fc.property(
        fc.array(cookie),
        fc.array(cookie),
        fc.constantFrom("nl", "en"),
        (before, after, locale) => {
          const others = (list: [string, string][]) =>
            list.filter(([name]) => name !== localeCookieName).map(([name, value]) => `${name}=${value}`);
          const header = [...others(before), `${localeCookieName}=${locale}`, ...others(after)].join("; ");
          expect(localeFromCookieHeader(header)).toBe(locale);
        },
      ),
    );
  });
});
