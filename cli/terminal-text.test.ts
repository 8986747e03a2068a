import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terminalLines, terminalText } from "./terminal-text";

// Anything a terminal would obey rather than show.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const dangerous = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("terminalText", () => {
  it.each([
    ["clear screen", "\u001b[2J", "\\x1b[2J"],
    ["right-to-left override", "abc\u202edef", "abc\\u202edef"],
    ["isolate", "\u2066x\u2069", "\\u2066x\\u2069"],
    ["OSC hyperlink", "\u001b]8;;https://kwaad.example\u0007klik", "\\x1b]8;;https://kwaad.example\\x07klik"],
    ["C1 CSI", "\u009b31m", "\\x9b31m"],
    ["newline and carriage return", "a\nb\rc", "a\\x0ab\\x0dc"],
    ["tab, NUL and DEL", "a\tb\u0000c\u007f", "a\\x09b\\x00c\\x7f"],
    ["line separator", "a\u2028b", "a\\u2028b"],
  ])("shows %s as visible text", (_name, input, shown) => {
    expect(terminalText(input)).toBe(shown);
  });

  it("leaves ordinary text alone, accents and emoji too", () => {
    expect(terminalText("Fier – ‘Ravi’ café 😀 zoë")).toBe("Fier – ‘Ravi’ café 😀 zoë");
    expect(terminalText(null)).toBe("");
    expect(terminalText(42)).toBe("42");
  });

  it("never lets a control character through (any string)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        expect(terminalText(value)).not.toMatch(dangerous);
      }),
    );
  });
});

describe("terminalLines", () => {
  it("keeps the command's own newlines and shows every other control character", () => {
    expect(terminalLines("regel 1\nregel \u001b[2J2\u202e\r")).toBe("regel 1\nregel \\x1b[2J2\\u202e\\x0d");
  });

  it("never lets a control character other than newline through (any string)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        expect(terminalLines(value).replace(/\n/g, "")).not.toMatch(dangerous);
      }),
    );
  });
});
