import { describe, expect, it } from "vitest";
import { helplines } from "../../../content/helplines";
import { telHref } from "./helpline";
import { helplineInputSchema } from "./helpline-input";

describe("telHref", () => {
  it.each([
    ["112", "tel:112"],
    ["0800-0188", "tel:08000188"],
    ["0900-8844", "tel:09008844"],
    ["088 505 74 10", "tel:0885057410"],
  ])("turns the displayed number %s into a dialable link %s", (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe("helpline content (content/helplines.ts)", () => {
  it("passes the same validation the seeder applies", () => {
    for (const helpline of helplines) {
      const result = helplineInputSchema.safeParse(helpline);
      expect(result.success, `${helpline.id}: ${result.error?.message ?? ""}`).toBe(true);
    }
  });

  it("has unique ids, so no helpline overwrites another", () => {
    const ids = helplines.map((helpline) => helpline.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("includes 112 as an urgent line", () => {
    expect(helplines.find((helpline) => helpline.phone === "112")?.urgent).toBe(true);
  });
});

describe("helplineInputSchema", () => {
  const valid = helplines[0];

  it.each([
    ["an id with capitals or spaces", { id: "Politie AVIM" }],
    ["a phone number with letters", { phone: "0800-HELP" }],
    ["an empty name", { name: "   " }],
    ["an empty Dutch purpose", { purpose_nl: "" }],
  ])("refuses %s", (_label, change) => {
    expect(helplineInputSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
