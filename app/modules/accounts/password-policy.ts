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

export type PasswordProblem = "password.error.short" | "password.error.long" | "password.error.weak";

/** What is wrong with a password (a message key), or null when it is good. */
export function checkPassword(
  password: string,
  personal: { email?: string; name?: string } = {},
): PasswordProblem | null {
  if (password.length < minimumPasswordLength) return "password.error.short";
  if (password.length > maximumPasswordLength) return "password.error.long";
  const inputs = [
    personal.email ?? "",
    ...(personal.email ?? "").split(/[@.]/),
    ...(personal.name ?? "").split(/\s+/),
  ]
    .map((part) => part.trim())
    .filter((part) => part.length >= 3);
  if (strength(password, inputs).score < minimumScore) return "password.error.weak";
  return null;
}

/** A new password and its repeat, field by field (message keys); empty when both are good. */
export function checkNewPassword(
  password: string,
  repeat: string,
  personal: { email?: string; name?: string },
): { password?: PasswordProblem; passwordRepeat?: "password.error.repeat" } {
  const problem = checkPassword(password, personal);
  if (problem) return { password: problem };
  return password === repeat ? {} : { passwordRepeat: "password.error.repeat" };
}
