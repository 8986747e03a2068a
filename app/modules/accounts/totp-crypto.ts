import { deriveKey, openAesGcm, sealAesGcm } from "../../security/aes-gcm";

/**
 * Second-factor (TOTP) secrets at rest: AES-256-GCM with a key derived from
 * the platform secret key (HKDF, label "zicht totp v1", so it differs from
 * every other derived key). Stored as `v1:<iv>:<tag>:<ciphertext>`
 * (base64url) in `user_account.totp_secret`. The user id is the associated
 * data: a stored secret copied to another account does not open. A base32
 * TOTP secret never contains ':', so a plain (old) secret is recognised by
 * the missing `v1:` prefix.
 */
const prefix = "v1:";

export function totpKey(platformSecret: string): Buffer {
  return deriveKey(platformSecret, "zicht totp v1");
}

function aad(userId: string): Buffer {
  return Buffer.from(`user_account.totp_secret\u0000${userId}`, "utf8");
}

export function isSealedTotpSecret(stored: string): boolean {
  return stored.startsWith(prefix);
}

export function sealTotpSecret(key: Buffer, userId: string, secret: string): string {
  const sealed = sealAesGcm(key, aad(userId), secret);
  return `${prefix}${[sealed.iv, sealed.tag, sealed.ciphertext].map((part) => part.toString("base64url")).join(":")}`;
}

/** The stored secret does not open: another key, another account, or altered. */
export class TotpSecretUnreadableError extends Error {
  constructor() {
    super("Het geheim voor de tweede stap kan niet worden gelezen met deze sleutel.");
    this.name = "TotpSecretUnreadableError";
  }
}

/** Opens a stored secret; throws `TotpSecretUnreadableError` when it is plain, wrong or altered. */
export function openTotpSecret(key: Buffer, userId: string, stored: string): string {
  const parts = isSealedTotpSecret(stored) ? stored.slice(prefix.length).split(":") : [];
  if (parts.length !== 3) throw new TotpSecretUnreadableError();
  const [iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, "base64url")) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  if (iv.length !== 12 || tag.length !== 16) throw new TotpSecretUnreadableError();
  try {
    return openAesGcm(key, aad(userId), { iv, tag, ciphertext });
  } catch {
    throw new TotpSecretUnreadableError();
  }
}
