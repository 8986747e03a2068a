import { describe, expect, it } from "vitest";
import { sessionCookieName } from "../app/modules/accounts/sessions.server";
import { mustNotStore } from "./private-cache";

describe("Cache-Control: no-store", () => {
  it.each([
    "/casussen",
    "/casussen/5b0c6a2e-1111-4222-8333-944444444444/stappen/2",
    "/casussen.data",
    "/casussen/5b0c6a2e-1111-4222-8333-944444444444.data",
    "/beheer",
    "/beheer/gebruikers",
    "/account",
    "/meldingen",
  ])("for %s, also without a session cookie", (path) => {
    expect(mustNotStore(path, undefined)).toBe(true);
  });

  it("for every request of a signed-in person, public pages and their data too", () => {
    const cookie = `zicht_taal=nl; ${sessionCookieName}=abc123`;
    expect(mustNotStore("/", cookie)).toBe(true);
    expect(mustNotStore("/kennisbank/wat-is-uitbuiting", cookie)).toBe(true);
    expect(mustNotStore("/_root.data", cookie)).toBe(true);
  });

  it("not for public pages of someone who is not signed in", () => {
    expect(mustNotStore("/", undefined)).toBe(false);
    expect(mustNotStore("/kennisbank", "zicht_taal=nl")).toBe(false);
    expect(mustNotStore("/casussenoverzicht", undefined)).toBe(false);
    expect(mustNotStore("/", `${sessionCookieName}=`)).toBe(false);
  });
});
