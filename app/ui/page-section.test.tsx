import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageSection } from "./page-section";

describe("PageSection", () => {
  it("is a section named by its h2 (aria-labelledby points to the heading's id)", () => {
    expect(
      renderToStaticMarkup(
        <PageSection headingId="why-heading" heading="Waarom?">
          <p>Tekst</p>
        </PageSection>,
      ),
    ).toBe(
      '<section aria-labelledby="why-heading"><h2 id="why-heading" class="utrecht-heading-2">Waarom?</h2><p>Tekst</p></section>',
    );
  });

  it("nests with an h3, and can look smaller than its level without changing the element", () => {
    expect(
      renderToStaticMarkup(
        <PageSection headingId="sub" heading="Deel" level={3}>
          {null}
        </PageSection>,
      ),
    ).toContain('<h3 id="sub" class="utrecht-heading-3">');
    expect(
      renderToStaticMarkup(
        <PageSection headingId="note" heading="Over deze lijst" headingAppearance={3} className="zicht-box">
          {null}
        </PageSection>,
      ),
    ).toBe(
      '<section aria-labelledby="note" class="zicht-box"><h2 id="note" class="utrecht-heading-3">Over deze lijst</h2></section>',
    );
  });
});
