/**
 * A user's own work phone number (pure): optional, at most 20 characters,
 * and a Dutch number: 10 digits starting with 0 (020 123 4567, 06-12345678),
 * the same with +31 or 0031 instead of the 0 (+31 6 12345678), or a
 * 0800/0900/0906/0909 service number with 4 or 7 digits after the prefix
 * (0800-2000, 0900 123 4567), as in the Dutch numbering plan. Spaces, dashes, dots and brackets
 * may be used between the digits. Kept as the person wrote it, trimmed.
 */
export const phoneMaxLength = 20;

export type PhoneCheck =
  | { ok: true; phone: string | null }
  | { ok: false; error: "account.phone.error.tooLong" | "account.phone.error.invalid" };

const separators = /[\s\-.()]/g;
const ordinary = /^(?:0|\+31|0031)(?!800|90[069])[1-9]\d{8}$/;
const service = /^0(?:800|90[069])(?:\d{4}|\d{7})$/;

export function checkPhone(input: unknown): PhoneCheck {
  const text = typeof input === "string" ? input.trim().replace(/\s+/g, " ") : "";
  if (text === "") return { ok: true, phone: null };
  if (text.length > phoneMaxLength) return { ok: false, error: "account.phone.error.tooLong" };
  if (!/^[+\d\s\-.()]+$/.test(text)) return { ok: false, error: "account.phone.error.invalid" };
  const digits = text.replace(separators, "");
  if (!ordinary.test(digits) && !service.test(digits)) {
    return { ok: false, error: "account.phone.error.invalid" };
  }
  return { ok: true, phone: text };
}
