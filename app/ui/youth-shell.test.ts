import { describe, expect, it } from "vitest";
import { helplines } from "../../content/helplines";
import { quickExitHref } from "./quick-exit";
import { youthFooterHelplines } from "./youth-shell";

describe("the youth header and footer", () => {
  it("name helplines that the platform content has, so the numbers live in one place", () => {
    const ids = new Set<string>(helplines.map((helpline) => helpline.id));
    for (const id of Object.values(youthFooterHelplines)) expect(ids, id).toContain(id);
  });

  it("send the quick exit to a neutral site over HTTPS, outside Zicht", () => {
    const url = new URL(quickExitHref);
    expect(url.protocol).toBe("https:");
    expect(url.pathname).toBe("/");
    expect(url.search).toBe("");
  });
});
