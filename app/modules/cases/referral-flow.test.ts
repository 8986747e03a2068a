import { describe, expect, it } from "vitest";
import { referralStatuses, type ReferralStatus } from "./tables";
import { municipalities, provinces } from "../../../content/regions";
import {
  availableActions,
  nextReferralStatus,
  referralActions,
  referralSearchPrefill,
  type ReferralAction,
} from "./referral-flow";

describe("the referral status flow", () => {
  const allowed: Array<[ReferralStatus, ReferralAction, ReferralStatus]> = [
    ["concept", "send", "sent"],
    ["concept", "withdraw", "withdrawn"],
    ["sent", "accept", "accepted"],
    ["sent", "decline", "declined"],
    ["sent", "withdraw", "withdrawn"],
    ["accepted", "complete", "completed"],
    ["accepted", "withdraw", "withdrawn"],
  ];

  it.each(allowed)("%s --%s--> %s", (from, action, to) => {
    expect(nextReferralStatus(from, action, "De wachtlijst is te lang.")).toEqual({ ok: true, status: to });
  });

  it("refuses every other combination, and nothing leaves a final status", () => {
    for (const from of referralStatuses) {
      for (const action of referralActions) {
        if (allowed.some(([f, a]) => f === from && a === action)) continue;
        expect({ from, action, step: nextReferralStatus(from, action, "reden") }).toEqual({
          from,
          action,
          step: { ok: false, problem: "not_allowed" },
        });
      }
    }
    expect(availableActions("declined")).toEqual([]);
    expect(availableActions("completed")).toEqual([]);
    expect(availableActions("withdrawn")).toEqual([]);
  });

  it("needs a reason for a decline, not for the other steps", () => {
    expect(nextReferralStatus("sent", "decline", "  ")).toEqual({ ok: false, problem: "reason_required" });
    expect(nextReferralStatus("sent", "accept", "")).toEqual({ ok: true, status: "accepted" });
    expect(nextReferralStatus("sent", "decline", "x".repeat(2001))).toEqual({
      ok: false,
      problem: "reason_too_long",
    });
  });

  it("offers the actions of the table in a fixed order", () => {
    expect(availableActions("concept")).toEqual(["send", "withdraw"]);
    expect(availableActions("sent")).toEqual(["accept", "decline", "withdraw"]);
    expect(availableActions("accepted")).toEqual(["complete", "withdraw"]);
  });
});

describe("the words the referral search starts with", () => {
  const regions = { municipalities, provinces, regions: [] };
  it.each([
    ["female", "GM0080", "meisje Leeuwarden"],
    ["male", "GM0518", "jongen 's-Gravenhage"],
    ["other", "GM0193", "Zwolle"],
    ["unknown", null, ""],
    ["female", null, "meisje"],
    // Two municipalities are called Bergen: the full name says which.
    ["unknown", "GM0373", "Bergen (NH.)"],
    // The search reads at most three words as a place: then no place rather than a wrong one.
    ["male", "GM0484", "jongen"],
    ["female", "GM9999", "meisje"],
  ] as const)("%s in %s: %j", (gender, municipalityCode, words) => {
    expect(referralSearchPrefill({ gender, municipalityCode }, regions)).toBe(words);
  });
});
