import { describe, expect, it } from "vitest";
import { audienceOf } from "./audience";

describe("audienceOf", () => {
  it("is professional without a mark", () => {
    expect(audienceOf([])).toBe("professional");
    expect(audienceOf([{ handle: undefined }, { handle: { breadcrumb: "nav.youth" }, loaderData: {} }])).toBe(
      "professional",
    );
  });

  it("reads the route handle", () => {
    expect(audienceOf([{ handle: undefined }, { handle: { audience: "youth" } }])).toBe("youth");
  });

  it("reads the loader data when the handle does not say", () => {
    expect(
      audienceOf([{}, { handle: { breadcrumbsFromData: true }, loaderData: { audience: "youth" } }]),
    ).toBe("youth");
  });

  it("lets the deepest route decide", () => {
    expect(audienceOf([{ handle: { audience: "youth" } }, { handle: { audience: "professional" } }])).toBe(
      "professional",
    );
    expect(audienceOf([{ handle: { audience: "youth" } }, { handle: {} }])).toBe("youth");
  });

  it("ignores values that are not an audience", () => {
    expect(
      audienceOf([
        { handle: { audience: "jongeren" } },
        { handle: null, loaderData: "youth" },
        { loaderData: { audience: 1 } },
      ]),
    ).toBe("professional");
  });
  it("keeps the youth layout for a page under /jongeren that does not exist (no loader data)", () => {
    expect(audienceOf([{ pathname: "/" }, { pathname: "/jongeren/bestaat-niet" }])).toBe("youth");
    expect(audienceOf([{ pathname: "/" }, { pathname: "/jongerenwerk" }])).toBe("professional");
    expect(audienceOf([{ pathname: "/" }, { pathname: "/kennisbank/bestaat-niet" }])).toBe("professional");
  });
});
