import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("the return path after sign-in", () => {
  it.each([
    ["/beheer/gebruikers", "/beheer/gebruikers"],
    ["//evil.example", "/account"],
    ["https://evil.example", "/account"],
    ["/\\evil.example", "/account"],
    [null, "/account"],
  ])("%s → %s", (value, expected) => {
    expect(safeReturnPath(value, "/account")).toBe(expected);
  });
});
