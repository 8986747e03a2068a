import { describe, expect, it } from "vitest";
import { groupedSecret, newTotpSecret, totpCode, totpPeriodSeconds, totpUri, verifyTotp } from "./totp";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const at = Date.UTC(2026, 10, 29, 12, 0, 15);
const step = (moment: number) => Math.floor(moment / 1000 / totpPeriodSeconds);
const period = totpPeriodSeconds * 1000;

describe("TOTP second factor", () => {
  it("accepts the current code and returns its step", () => {
    expect(verifyTotp(secret, totpCode(secret, at), { timestamp: at, lastStep: null })).toBe(step(at));
  });

  it("accepts one step of clock drift either way, not two", () => {
    expect(verifyTotp(secret, totpCode(secret, at - period), { timestamp: at, lastStep: null })).toBe(
      step(at) - 1,
    );
    expect(verifyTotp(secret, totpCode(secret, at + period), { timestamp: at, lastStep: null })).toBe(
      step(at) + 1,
    );
    expect(
      verifyTotp(secret, totpCode(secret, at - 2 * period), { timestamp: at, lastStep: null }),
    ).toBeNull();
    expect(
      verifyTotp(secret, totpCode(secret, at + 2 * period), { timestamp: at, lastStep: null }),
    ).toBeNull();
  });

  it("refuses a code that was already used (replay)", () => {
    const code = totpCode(secret, at);
    expect(verifyTotp(secret, code, { timestamp: at, lastStep: step(at) })).toBeNull();
  });

  it("refuses malformed codes and accepts spaces", () => {
    expect(verifyTotp(secret, "12345", { timestamp: at, lastStep: null })).toBeNull();
    expect(verifyTotp(secret, "abcdef", { timestamp: at, lastStep: null })).toBeNull();
    const code = totpCode(secret, at);
    expect(
      verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { timestamp: at, lastStep: null }),
    ).toBe(step(at));
  });

  it("makes new 160-bit secrets and an otpauth URI for apps", () => {
    const fresh = newTotpSecret();
    expect(fresh).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(fresh);
    expect(totpUri(fresh, "a@b.nl")).toMatch(/^otpauth:\/\/totp\/Zicht:a%40b\.nl\?/);
    expect(groupedSecret("ABCDEFGH")).toBe("ABCD EFGH");
  });
});
