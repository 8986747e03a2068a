import { Secret, TOTP } from "otpauth";

/**
 * The second factor: time-based one-time codes (RFC 6238, 30 s, 6 digits,
 * SHA-1, which is what authenticator apps support). A code from one step
 * before or after is accepted (clocks drift), and each step only once.
 */
export const totpPeriodSeconds = 30;
const window = 1;

function totp(secret: string, label = "Zicht"): TOTP {
  return new TOTP({
    issuer: "Zicht",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: totpPeriodSeconds,
    secret: Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI for the QR code. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The secret in groups of four, for typing it into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/** What a code check says: the accepted time step, or why the code is refused. */
export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "wrong" | "used" };

/**
 * Checks a code at a moment. A code that belongs to a step at or before
 * `lastStep` is refused as `used`: a code cannot be used twice, and the
 * person hears that waiting for the next code helps (for instance right
 * after enrolment, which used the code that the app still shows).
 */
export function verifyTotp(
  secret: string,
  code: string,
  options: { timestamp: number; lastStep: number | null },
): TotpCheck {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: "wrong" };
  const delta = totp(secret).validate({ token, timestamp: options.timestamp, window });
  if (delta === null) return { ok: false, reason: "wrong" };
  const step = Math.floor(options.timestamp / 1000 / totpPeriodSeconds) + delta;
  if (options.lastStep !== null && step <= options.lastStep) return { ok: false, reason: "used" };
  return { ok: true, step };
}

/** The code at a moment (for tests and the CLI's own checks). */
export function totpCode(secret: string, timestamp: number): string {
  return totp(secret).generate({ timestamp });
}
