import { deriveKey, openAesGcm, sealAesGcm } from "../../security/aes-gcm";

/**
 * Encryption of free-text case notes at rest: AES-256-GCM with a random
 * 96-bit IV per note. The stored row keeps the key id, so old rows stay
 * readable after a new key is added, and `rotateNotes` can re-encrypt them.
 * The case id and subject are bound as additional authenticated data: a
 * ciphertext copied to another case or subject does not decrypt.
 */
export interface CaseKey {
  id: string;
  key: Buffer;
}

export interface SealedNote {
  key_id: string;
  iv: string;
  auth_tag: string;
  ciphertext: string;
}

export interface NoteBinding {
  caseId: string;
  subjectType: string;
  subjectId: string;
}

function aad(binding: NoteBinding): Buffer {
  return Buffer.from(`${binding.caseId}\u0000${binding.subjectType}\u0000${binding.subjectId}`, "utf8");
}

/** Encrypts with the first (current) key. */
export function sealNote(keys: readonly CaseKey[], binding: NoteBinding, text: string): SealedNote {
  const current = keys[0];
  if (!current) throw new Error("Geen sleutel voor casusnotities ingesteld.");
  const sealed = sealAesGcm(current.key, aad(binding), text);
  return {
    key_id: current.id,
    iv: sealed.iv.toString("base64"),
    auth_tag: sealed.tag.toString("base64"),
    ciphertext: sealed.ciphertext.toString("base64"),
  };
}

export class NoteKeyMissingError extends Error {
  constructor(keyId: string) {
    super(`De sleutel "${keyId}" voor casusnotities is niet ingesteld (ZICHT_CASE_KEYS).`);
    this.name = "NoteKeyMissingError";
  }
}

/** Decrypts with the key the row names. Throws when the key is unknown or the row was altered. */
export function openNote(keys: readonly CaseKey[], binding: NoteBinding, sealed: SealedNote): string {
  const key = keys.find((candidate) => candidate.id === sealed.key_id);
  if (!key) throw new NoteKeyMissingError(sealed.key_id);
  return openAesGcm(key.key, aad(binding), {
    iv: Buffer.from(sealed.iv, "base64"),
    tag: Buffer.from(sealed.auth_tag, "base64"),
    ciphertext: Buffer.from(sealed.ciphertext, "base64"),
  });
}

/** True when the row is not encrypted with the current key (a rotation must re-encrypt it). */
export function needsRotation(keys: readonly CaseKey[], sealed: Pick<SealedNote, "key_id">): boolean {
  return keys[0]?.id !== sealed.key_id;
}

/** The development key: derived from the platform secret, so a restart keeps notes readable. */
export function derivedCaseKey(secret: string): CaseKey {
  return { id: "local", key: deriveKey(secret, "case-notes") };
}
