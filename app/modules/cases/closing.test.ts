import { describe, expect, it } from "vitest";
import { closeStep } from "./closing";

describe("closeStep", () => {
  it.each([
    ["open", "professional", false, "closed"],
    ["open", "professional", true, "awaiting_approval"],
    ["open", "safeguarding_officer", true, "closed"],
    ["closing", "professional", true, "not_allowed"],
    ["closing", "safeguarding_officer", true, "closed"],
    ["closed", "safeguarding_officer", false, "not_allowed"],
  ] as const)("%s case, %s, approval %s → %s", (status, role, approval, expected) => {
    expect(closeStep(status, role, approval)).toBe(expected);
  });
});
