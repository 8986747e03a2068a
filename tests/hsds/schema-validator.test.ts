import { describe, expect, it } from "vitest";
import { officialHsdsValidator } from "./schema-validator";

describe("the official HSDS 3.0 validator", () => {
  const validator = officialHsdsValidator();

  it("accepts a minimal valid service", () => {
    expect(
      validator.errors("service", {
        id: "ac148810-d857-441c-9679-408f346de14b",
        name: "Hulp",
        status: "active",
      }),
    ).toEqual([]);
  });

  it("refuses slugs as ids, nulls and a timezone name", () => {
    const errors = validator.errors("service", {
      id: "alarmnummer-112",
      name: "Hulp",
      status: "active",
      url: null,
      schedules: [{ id: "ac148810-d857-441c-9679-408f346de14b", timezone: "Europe/Amsterdam" }],
    });
    expect(errors.some((error) => error.startsWith("service/id:"))).toBe(true);
    expect(errors.some((error) => error.startsWith("service/url:"))).toBe(true);
    expect(errors.some((error) => error.startsWith("service/schedules/0/timezone:"))).toBe(true);
  });

  it("checks nested objects against their own schema", () => {
    const errors = validator.errors("service", {
      id: "ac148810-d857-441c-9679-408f346de14b",
      name: "Hulp",
      status: "active",
      organization: { id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", name: "Org" },
    });
    expect(errors).toEqual([
      expect.stringMatching(/^service\/organization: must have required property 'description'/),
    ]);
  });
});
