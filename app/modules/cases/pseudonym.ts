/**
 * Checks on the pseudonym or code of a case (pure). A case file must never
 * hold a name or a BSN. A valid BSN (nine digits passing the elfproef) is
 * refused outright; something that looks like a name (also a common first
 * name on its own), an e-mail address or a phone number gives a warning the
 * professional may confirm.
 */
import { commonFirstNames } from "./first-names";

export type PseudonymWarning = "name" | "email" | "phone";

export type PseudonymCheck =
  | { verdict: "ok" }
  | { verdict: "refused"; reason: "bsn" }
  | { verdict: "warning"; warnings: PseudonymWarning[] };

/** The elfproef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros). */
export function isValidBsn(digits: string): boolean {
  if (!/^[0-9]{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Every run of 9 digits, also when written with spaces, dots or dashes (1234.56.782). */
function nineDigitRuns(text: string): string[] {
  const runs: string[] = [];
  for (const match of text.matchAll(/[0-9](?:[ .-]?[0-9]){7,}/g)) {
    const digits = match[0].replace(/[^0-9]/g, "");
    // Exactly nine: a longer run (a phone number) is not read as a BSN.
    if (digits.length === 9) runs.push(digits);
  }
  return runs;
}

const emailPattern = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
/** Dutch mobile or landline, or an international number: 10 or more digits with optional +, spaces, dashes. */
const phonePattern = /(?:\+|00)[0-9][0-9 ()-]{8,}|\b0[0-9](?:[ -]?[0-9]){8}\b/;
const nameParticles = new Set(["van", "de", "der", "den", "het", "ter", "ten", "el", "al", "da", "la", "le"]);

/** Two or more words of letters, the first and last starting with a capital: "Sanne de Vries". */
function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((word) => /^[\p{L}'’-]+$/u.test(word))) return false;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const capital = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);
  const middleOk = words.slice(1, -1).every((word) => capital(word) || nameParticles.has(word.toLowerCase()));
  return capital(first) && capital(last) && middleOk;
}

/**
 * A common first name on its own, perhaps with a number ("Merel", "noor 2"):
 * as telling as a full name. Letters joined to other letters ("Casus-Merel",
 * "Vos-12") are a code, not a name.
 */
function isFirstNameAlone(text: string): boolean {
  const words = text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
  if (words.length !== 1) return false;
  const word = (words[0] ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return commonFirstNames.has(word);
}

export function checkPseudonym(text: string): PseudonymCheck {
  if (nineDigitRuns(text).some(isValidBsn)) return { verdict: "refused", reason: "bsn" };
  const warnings: PseudonymWarning[] = [];
  if (emailPattern.test(text)) warnings.push("email");
  if (phonePattern.test(text)) warnings.push("phone");
  if (looksLikeName(text) || isFirstNameAlone(text)) warnings.push("name");
  return warnings.length ? { verdict: "warning", warnings } : { verdict: "ok" };
}
