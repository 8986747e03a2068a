import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormField, fieldHintId } from "./form-field";
import { TextArea } from "./text-area";
import { TextField } from "./text-field";
import { TextInput } from "./text-input";

/**
 * TextField renders exactly what the forms wrote by hand before (FormField
 * with TextInput or TextArea), for each combination the forms use: same ids,
 * names, aria-describedby, aria-invalid, autocomplete, sizes and values.
 */
const html = (element: ReactElement) => renderToStaticMarkup(element);

describe("TextField", () => {
  it("renders an input with hint, error, autocomplete and a numeric keyboard as written by hand", () => {
    for (const error of [undefined, "Vul een jaar in."]) {
      expect(
        html(
          <TextField
            name="birthYear"
            label="Geboortejaar"
            hint="Alleen het jaar."
            error={error}
            value="2011"
            numeric
            maxLength={4}
            size={6}
            autoComplete="off"
          />,
        ),
      ).toBe(
        html(
          <FormField inputId="birthYear" label="Geboortejaar" hint="Alleen het jaar." error={error}>
            <TextInput
              id="birthYear"
              name="birthYear"
              inputMode="numeric"
              maxLength={4}
              size={6}
              autoComplete="off"
              defaultValue="2011"
              describedBy={fieldHintId("birthYear")}
              invalid={Boolean(error)}
            />
          </FormField>,
        ),
      );
    }
  });

  it("links the hint and, when invalid, the error to the control", () => {
    const rendered = html(
      <TextField name="pseudonym" label="Schuilnaam" hint="Geen echte naam." error="Te lang." />,
    );
    expect(rendered).toContain(
      '<p id="pseudonym-hint" class="utrecht-form-field-description">Geen echte naam.</p>',
    );
    expect(rendered).toContain('aria-invalid="true" aria-describedby="pseudonym-hint pseudonym-error"');
    expect(html(<TextField name="pseudonym" label="Schuilnaam" />)).not.toContain("aria-");
  });

  it("keeps an id apart from the name, for a second form on the same page", () => {
    for (const error of [undefined, "Geef een reden."]) {
      expect(
        html(
          <TextField
            id="override-reason"
            name="reason"
            label="Reden"
            error={error}
            rows={3}
            maxLength={2000}
          />,
        ),
      ).toBe(
        html(
          <FormField inputId="override-reason" label="Reden" error={error}>
            <TextArea id="override-reason" name="reason" rows={3} maxLength={2000} invalid={Boolean(error)} />
          </FormField>,
        ),
      );
    }
    expect(
      html(
        <TextField id="override-target" name="target" label="Voor wie" maxLength={200} autoComplete="off" />,
      ),
    ).toBe(
      html(
        <FormField inputId="override-target" label="Voor wie">
          <TextInput id="override-target" name="target" maxLength={200} autoComplete="off" />
        </FormField>,
      ),
    );
  });

  it("renders a date input and an empty control without a value attribute, as by hand", () => {
    expect(html(<TextField name="givenOn" type="date" label="Op" error="Kies een datum." />)).toBe(
      html(
        <FormField inputId="givenOn" label="Op" error="Kies een datum.">
          <TextInput id="givenOn" name="givenOn" type="date" invalid />
        </FormField>,
      ),
    );
    expect(html(<TextField name="note" label="Notitie" rows={4} maxLength={2000} />)).toBe(
      html(
        <FormField inputId="note" label="Notitie">
          <TextArea id="note" name="note" rows={4} maxLength={2000} />
        </FormField>,
      ),
    );
    expect(html(<TextField name="givenOn" type="date" label="Op" />)).not.toContain("value=");
  });
});
