import { describe, expect, it } from "vitest";
import { protectiveFactors, signalGroups } from "../../../content/signals";
import { protectiveFactorSchema, signalGroupSchema } from "./signal-group";

describe("signal content (content/signals.ts)", () => {
  it.each(signalGroups.map((group) => [group.id, group] as const))(
    "signal group %s is valid",
    (_id, group) => {
      expect(signalGroupSchema.safeParse(group).success).toBe(true);
    },
  );

  it.each(protectiveFactors.map((factor) => [factor.id, factor] as const))(
    "protective factor %s is valid",
    (_id, factor) => {
      expect(protectiveFactorSchema.safeParse(factor).success).toBe(true);
    },
  );

  it("has unique ids and one group for criminal exploitation", () => {
    expect(new Set(signalGroups.map((group) => group.id)).size).toBe(signalGroups.length);
    expect(signalGroups.filter((group) => group.criminal)).toHaveLength(1);
  });
});
