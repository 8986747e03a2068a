import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormField } from "./form-field";
import { TextInput } from "./text-input";

function field(error?: string) {
  return renderToStaticMarkup(
    <FormField inputId="q" label="Waar zoek je naar?" error={error}>
      <TextInput id="q" name="q" type="search" defaultValue="avim" invalid={error !== undefined} />
    </FormField>,
  );
}

describe("FormField with TextInput", () => {
  it("labels the input and shows no error when there is none", () => {
    expect(field()).toBe(
      '<div class="utrecht-form-field"><label class="utrecht-form-label" for="q">Waar zoek je naar?</label>' +
        '<input id="q" type="search" class="utrecht-textbox utrecht-textbox--html-input" name="q" value="avim"/></div>',
    );
  });

  it("marks the field invalid and ties the error message to the input", () => {
    const html = field("Te lang.");
    expect(html).toContain('class="utrecht-form-field utrecht-form-field--invalid"');
    expect(html).toContain('<p id="q-error" class="utrecht-form-field-error-message">Te lang.</p>');
    expect(html).toContain('aria-invalid="true" aria-describedby="q-error"');
  });
});
