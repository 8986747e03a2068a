import { describe, expect, it } from "vitest";
import { checkPhone, phoneMaxLength } from "./phone";

describe("checkPhone", () => {
  it.each([
    ["06-12345678", "06-12345678"],
    ["  020 123 4567 ", "020 123 4567"],
    ["+31 6 12345678", "+31 6 12345678"],
    ["0031 (0)20", null],
    ["0031 20 1234567", "0031 20 1234567"],
    ["0800-2000", "0800-2000"],
    ["0900 123 4567", "0900 123 4567"],
    ["030.123.45.67", "030.123.45.67"],
  ])("%j", (input, phone) => {
    const outcome = checkPhone(input);
    if (phone === null) expect(outcome).toEqual({ ok: false, error: "account.phone.error.invalid" });
    else expect(outcome).toEqual({ ok: true, phone });
  });

  it("an empty field or no field at all means no phone number", () => {
    expect(checkPhone("")).toEqual({ ok: true, phone: null });
    expect(checkPhone("   ")).toEqual({ ok: true, phone: null });
    expect(checkPhone(null)).toEqual({ ok: true, phone: null });
    expect(checkPhone(["06"])).toEqual({ ok: true, phone: null });
  });

  it.each([
    "12345",
    "06-1234567",
    "06-123456789",
    "+32 470 12 34 56",
    "06-1234567a",
    "0612345678; drop",
    "00 12345678",
    "0800 12345",
    "0900-123456",
  ])("refuses %j", (input) => {
    expect(checkPhone(input)).toEqual({ ok: false, error: "account.phone.error.invalid" });
  });

  it("refuses more than the maximum length, even with separators only", () => {
    expect(phoneMaxLength).toBe(20);
    expect(checkPhone("0 6 1 2 3 4 5 6 7 8 9 0")).toEqual({
      ok: false,
      error: "account.phone.error.tooLong",
    });
    expect(checkPhone("x".repeat(10_000))).toEqual({ ok: false, error: "account.phone.error.tooLong" });
  });
});
