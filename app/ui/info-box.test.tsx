import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InfoBox, InfoNote } from "./info-box";

describe("InfoBox and InfoNote", () => {
  it("boxes a titled section, in red when urgent", () => {
    expect(
      renderToStaticMarkup(
        <InfoBox headingId="now-heading" heading="Nu handelen" urgent>
          <p>Bel 112.</p>
        </InfoBox>,
      ),
    ).toBe(
      '<section aria-labelledby="now-heading" class="zicht-box zicht-box--urgent">' +
        '<h2 id="now-heading" class="utrecht-heading-2">Nu handelen</h2><p>Bel 112.</p></section>',
    );
  });

  it("boxes a single paragraph; an urgent note also sets the text in the urgent style", () => {
    expect(renderToStaticMarkup(<InfoNote>Nog niet.</InfoNote>)).toBe(
      '<p class="utrecht-paragraph zicht-box">Nog niet.</p>',
    );
    expect(renderToStaticMarkup(<InfoNote urgent>In gevaar?</InfoNote>)).toBe(
      '<p class="utrecht-paragraph zicht-box zicht-box--urgent zicht-urgent-line">In gevaar?</p>',
    );
  });
});
