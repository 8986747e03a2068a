import { describe, expect, it } from "vitest";
import { referralStatuses, type ReferralStatus } from "./tables";
import { availableActions, nextReferralStatus, referralActions, type ReferralAction } from "./referral-flow";

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
