import { describe, expect, it } from "vitest";
import { encodeFlash, flashCookie, flashCookieName, flashFromCookieHeader } from "./flash";

const header = (value: string) => `zicht_taal=nl; ${flashCookieName}=${value}; other=1`;

describe("flash messages", () => {
  it("reads back what was written, with its parameters", () => {
    const value = encodeFlash({ key: "flash.noteSaved", params: { step: "2" } });
    expect(flashFromCookieHeader(header(value))).toEqual({ key: "flash.noteSaved", params: { step: "2" } });
  });

  it("ignores a missing cookie, garbage, and keys that are not flash messages", () => {
    expect(flashFromCookieHeader(null)).toBeNull();
    expect(flashFromCookieHeader("zicht_taal=nl")).toBeNull();
    expect(flashFromCookieHeader(header("%%%not-base64"))).toBeNull();
    const foreign = Buffer.from(JSON.stringify({ k: "cases.notes.title", p: {} })).toString("base64url");
    expect(flashFromCookieHeader(header(foreign))).toBeNull();
    const unknown = Buffer.from(JSON.stringify({ k: "flash.doesNotExist", p: {} })).toString("base64url");
    expect(flashFromCookieHeader(header(unknown))).toBeNull();
  });

  it("keeps only short text parameters with plain names", () => {
    const crafted = Buffer.from(
      JSON.stringify({ k: "flash.noteSaved", p: { ok: "x".repeat(500), "bad name": "y", n: 5 } }),
    ).toString("base64url");
    const flash = flashFromCookieHeader(header(crafted));
    expect(flash?.params).toEqual({ ok: "x".repeat(120) });
  });

  it("is a short-lived, HttpOnly cookie; clearing sets it empty with Max-Age 0", () => {
    expect(flashCookie("abc", { secure: true })).toBe(
      `${flashCookieName}=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=120; Secure`,
    );
    expect(flashCookie("abc", { secure: false, clear: true })).toBe(
      `${flashCookieName}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
    );
  });
});
