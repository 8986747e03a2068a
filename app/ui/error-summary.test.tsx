import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorSummary, fieldErrorLinks } from "./error-summary";

describe("ErrorSummary", () => {
  it("is an alert that can take the focus (not by Tab), with a link per problem", () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        heading="Er ging iets mis"
        errors={[{ href: "#pseudonym", message: "Vul een code in." }]}
      />,
    );
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('<a class="utrecht-link" href="#pseudonym">Vul een code in.</a>');
  });

  it("orders field errors as the form's fields", () => {
    expect(fieldErrorLinks({ b: "B", a: "A", c: "C" }, ["a", "b"]).map((link) => link.href)).toEqual([
      "#a",
      "#b",
      "#c",
    ]);
  });
});
