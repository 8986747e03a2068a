import { describe, expect, it } from "vitest";
import { groupedSecret, newTotpSecret, totpCode, totpPeriodSeconds, totpUri, verifyTotp } from "./totp";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const at = Date.UTC(2026, 10, 29, 12, 0, 15);
const step = (moment: number) => Math.floor(moment / 1000 / totpPeriodSeconds);
const period = totpPeriodSeconds * 1000;

describe("TOTP second factor", () => {
  const accepted = (moment: number) => ({ ok: true, step: step(moment) });
  const wrong = { ok: false, reason: "wrong" };

  it("accepts the current code and returns its step", () => {
    expect(verifyTotp(secret, totpCode(secret, at), { timestamp: at, lastStep: null })).toEqual(accepted(at));
  });

  it("accepts one step of clock drift either way, not two", () => {
    expect(verifyTotp(secret, totpCode(secret, at - period), { timestamp: at, lastStep: null })).toEqual(
      accepted(at - period),
    );
    expect(verifyTotp(secret, totpCode(secret, at + period), { timestamp: at, lastStep: null })).toEqual(
      accepted(at + period),
    );
    expect(verifyTotp(secret, totpCode(secret, at - 2 * period), { timestamp: at, lastStep: null })).toEqual(
      wrong,
    );
    expect(verifyTotp(secret, totpCode(secret, at + 2 * period), { timestamp: at, lastStep: null })).toEqual(
      wrong,
    );
  });

  it("refuses a code that was already used (replay), and says so", () => {
    const code = totpCode(secret, at);
    const used = { ok: false, reason: "used" };
    expect(verifyTotp(secret, code, { timestamp: at, lastStep: step(at) })).toEqual(used);
    // An earlier code that is still inside the drift window is also used up.
    expect(verifyTotp(secret, totpCode(secret, at - period), { timestamp: at, lastStep: step(at) })).toEqual(
      used,
    );
    // Right after enrolment with the current code, the next code is accepted.
    expect(
      verifyTotp(secret, totpCode(secret, at + period), { timestamp: at + period, lastStep: step(at) }),
    ).toEqual(accepted(at + period));
    // A wrong code stays wrong, also when a step was used.
    expect(
      verifyTotp(secret, totpCode(secret, at + 5 * period), { timestamp: at, lastStep: step(at) }),
    ).toEqual(wrong);
  });

  it("refuses malformed codes and accepts spaces", () => {
    expect(verifyTotp(secret, "12345", { timestamp: at, lastStep: null })).toEqual(wrong);
    expect(verifyTotp(secret, "abcdef", { timestamp: at, lastStep: null })).toEqual(wrong);
    const code = totpCode(secret, at);
    expect(
      verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { timestamp: at, lastStep: null }),
    ).toEqual(accepted(at));
  });

  it("makes new 160-bit secrets and an otpauth URI for apps", () => {
    const fresh = newTotpSecret();
    expect(fresh).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(fresh);
    expect(totpUri(fresh, "a@b.nl")).toMatch(/^otpauth:\/\/totp\/Zicht:a%40b\.nl\?/);
    expect(groupedSecret("ABCDEFGH")).toBe("ABCD EFGH");
  });
});
