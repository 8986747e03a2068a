import { describe, expect, it } from "vitest";
import { translator } from "../i18n";
import { errorPageMessages } from "./error-page";

describe("errorPageMessages", () => {
  const t = translator("nl");
  const title = (status: number | null) => t(errorPageMessages(status).title);

  it("says plainly that a 403 means no access, and what to do", () => {
    const messages = errorPageMessages(403);
    expect(t(messages.title)).toBe("Je hebt geen toegang tot deze pagina");
    expect(t(messages.text)).toContain("Log in met een ander account");
    expect(t(messages.text)).toContain("beheerder van je organisatie");
    expect(translator("en")(messages.title)).toBe("You do not have access to this page");
    expect(messages.urgent).toBe(false);
  });

  it("gives 400, 404, 405, 413 and 422 each their own words", () => {
    const titles = [400, 403, 404, 405, 413, 422].map(title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(title(404)).toBe("Deze pagina bestaat niet");
    expect(title(400)).toBe("Dit verzoek klopt niet");
  });

  it("treats another 4xx as a request that is not valid, and everything else as our error", () => {
    expect(errorPageMessages(418).title).toBe("badRequest.title");
    expect(errorPageMessages(500)).toEqual({
      title: "error.title",
      text: "error.text",
      home: "error.home",
      urgent: true,
    });
    expect(errorPageMessages(null).urgent).toBe(true);
  });
});
