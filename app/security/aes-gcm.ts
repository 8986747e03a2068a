import crypto from "node:crypto";

/**
 * AES-256-GCM with a random 96-bit IV per message and associated data that
 * binds the ciphertext to where it belongs (a case and subject, a user).
 * Shared by case notes (`cases/note-crypto.ts`) and second-factor secrets
 * (`accounts/totp-crypto.ts`); each keeps its own storage format.
 */
export interface Sealed {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

export function sealAesGcm(key: Buffer, associatedData: Buffer, plaintext: string): Sealed {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(associatedData);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/** Throws when the key or the associated data is wrong, or anything was altered. */
export function openAesGcm(key: Buffer, associatedData: Buffer, sealed: Sealed): string {
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, sealed.iv);
  decipher.setAAD(associatedData);
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString("utf8");
}

/** A 256-bit key derived from the platform secret with its own label, so each use has a different key. */
export function deriveKey(secret: string, label: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, "zicht", label, 32));
}
