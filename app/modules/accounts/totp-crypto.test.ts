import { describe, expect, it } from "vitest";
import { derivedCaseKey } from "../cases/note-crypto";
import { newTotpSecret } from "./totp";
import {
  isSealedTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpKey,
  TotpSecretUnreadableError,
} from "./totp-crypto";

const key = totpKey("platform-secret-one");
const otherKey = totpKey("platform-secret-two");
const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("TOTP secrets at rest", () => {
  it("round-trips and stores no base32 secret", () => {
    const stored = sealTotpSecret(key, "user-1", secret);
    expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(stored).not.toContain(secret);
    expect(isSealedTotpSecret(stored)).toBe(true);
    expect(openTotpSecret(key, "user-1", stored)).toBe(secret);
    const fresh = newTotpSecret();
    expect(openTotpSecret(key, "user-1", sealTotpSecret(key, "user-1", fresh))).toBe(fresh);
  });

  it("uses a fresh IV every time", () => {
    expect(sealTotpSecret(key, "user-1", secret)).not.toBe(sealTotpSecret(key, "user-1", secret));
  });

  it("derives a key of its own, not the case-note key", () => {
    expect(totpKey("s").equals(derivedCaseKey("s").key)).toBe(false);
  });

  it("fails with another key", () => {
    const stored = sealTotpSecret(key, "user-1", secret);
    expect(() => openTotpSecret(otherKey, "user-1", stored)).toThrow(TotpSecretUnreadableError);
  });

  it("fails for another user id (a secret cannot be moved to another account)", () => {
    const stored = sealTotpSecret(key, "user-1", secret);
    expect(() => openTotpSecret(key, "user-2", stored)).toThrow(TotpSecretUnreadableError);
  });

  it("fails when anything was altered", () => {
    const stored = sealTotpSecret(key, "user-1", secret);
    const parts = stored.split(":");
    for (const index of [1, 2, 3]) {
      const changed = [...parts];
      const bytes = Buffer.from(changed[index]!, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      changed[index] = bytes.toString("base64url");
      expect(() => openTotpSecret(key, "user-1", changed.join(":"))).toThrow(TotpSecretUnreadableError);
    }
    expect(() => openTotpSecret(key, "user-1", `${stored}:extra`)).toThrow(TotpSecretUnreadableError);
    expect(() => openTotpSecret(key, "user-1", secret)).toThrow(TotpSecretUnreadableError);
    expect(isSealedTotpSecret(secret)).toBe(false);
  });
});
