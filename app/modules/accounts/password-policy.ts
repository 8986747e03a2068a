import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as dutch from "@zxcvbn-ts/language-nl-be";

/**
 * The password rule: at least 12 characters, at most 200 (hashing a huge
 * input costs the server), and not easy to guess. The strength estimator
 * (zxcvbn-ts) knows common passwords and Dutch words, names and places.
 */
export const minimumPasswordLength = 12;
export const maximumPasswordLength = 200;
/** zxcvbn score 0–4; 3 means "safely unguessable" against an online attack and a slow hash. */
const minimumScore = 3;

let estimator: ZxcvbnFactory | undefined;
function strength(password: string, personal: string[]) {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...dutch.dictionary },
    graphs: common.adjacencyGraphs,
    translations: dutch.translations,
  });
  return estimator.check(password, personal);
}

/** A Dutch error for the field, or null when the password is good. */
export function checkPassword(
  password: string,
  personal: { email?: string; name?: string } = {},
): string | null {
  if (password.length < minimumPasswordLength)
    return `Kies een wachtwoord van minstens ${minimumPasswordLength} tekens.`;
  if (password.length > maximumPasswordLength)
    return `Kies een wachtwoord van hoogstens ${maximumPasswordLength} tekens.`;
  const inputs = [
    personal.email ?? "",
    ...(personal.email ?? "").split(/[@.]/),
    ...(personal.name ?? "").split(/\s+/),
  ]
    .map((part) => part.trim())
    .filter((part) => part.length >= 3);
  if (strength(password, inputs).score < minimumScore)
    return "Dit wachtwoord is te makkelijk te raden. Gebruik bijvoorbeeld vier losse woorden die niet bij elkaar horen.";
  return null;
}
