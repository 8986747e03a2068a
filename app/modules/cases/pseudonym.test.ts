import { describe, expect, it } from "vitest";
import { checkPseudonym, isValidBsn } from "./pseudonym";

describe("isValidBsn (elfproef)", () => {
  it.each([
    ["111222333", true],
    ["123456782", true],
    ["123456789", false],
    ["000000000", false],
    ["12345678", false],
    ["12345678a", false],
  ])("%s → %s", (digits, valid) => {
    expect(isValidBsn(digits)).toBe(valid);
  });
});

describe("checkPseudonym", () => {
  it.each([
    ["Vos-12", { verdict: "ok" }],
    ["JW-2026-07", { verdict: "ok" }],
    ["casus 123456789", { verdict: "ok" }], // nine digits, but no valid BSN
    ["vlinder", { verdict: "ok" }],
    ["123456782", { verdict: "refused", reason: "bsn" }],
    ["BSN 1234.56.782", { verdict: "refused", reason: "bsn" }],
    ["x-111 222 333", { verdict: "refused", reason: "bsn" }],
    ["A-111222333", { verdict: "refused", reason: "bsn" }],
    ["sanne@example.nl", { verdict: "warning", warnings: ["email"] }],
    ["06-12345678", { verdict: "warning", warnings: ["phone"] }],
    ["+31 6 1234 5678", { verdict: "warning", warnings: ["phone"] }],
    ["Sanne de Vries", { verdict: "warning", warnings: ["name"] }],
    ["Mohamed El Amrani", { verdict: "warning", warnings: ["name"] }],
    ["Jan Jansen", { verdict: "warning", warnings: ["name"] }],
    ["rode vlinder", { verdict: "ok" }],
    // A common first name alone is as telling as a full name; a code built around it is not.
    ["Merel", { verdict: "warning", warnings: ["name"] }],
    ["noor", { verdict: "warning", warnings: ["name"] }],
    ["Zoë", { verdict: "warning", warnings: ["name"] }],
    ["Mohamed 14", { verdict: "warning", warnings: ["name"] }],
    ["Casus-Merel", { verdict: "ok" }],
    ["Uil-7", { verdict: "ok" }],
    ["Das-5", { verdict: "ok" }],
    ["Rode Vlinder", { verdict: "warning", warnings: ["name"] }],
  ])("%s", (text, expected) => {
    expect(checkPseudonym(text)).toEqual(expected);
  });
});

describe("the list of common first names", () => {
  it("holds lower-case names without accents", async () => {
    const { commonFirstNames } = await import("./first-names");
    expect(commonFirstNames.size).toBeGreaterThan(150);
    for (const name of commonFirstNames) expect(name).toMatch(/^[a-z]+$/);
  });
});
