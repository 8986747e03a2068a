import { Form } from "react-router";
import type { MessageKey, Translate } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import {
  filterLibrary,
  libraryFacets,
  libraryFilterParams,
  parseLibraryFilters,
  type LibraryFilterName,
  type LibraryItem,
} from "../modules/knowledge/library";
import { exploitationFormLabels, libraryAudienceLabels, libraryTypeLabels } from "./library-labels";
import { Button } from "./button";
import { FormField } from "./form-field";
import { Heading } from "./heading";
import { Link } from "./link";
import { Select } from "./select";

const filterLabels: Record<LibraryFilterName, MessageKey> = {
  type: "library.filter.type",
  audience: "library.filter.audience",
  form: "library.filter.form",
  year: "library.filter.year",
};

/**
 * The library's filters from the URL, applied: the items that pass, and what
 * the filter form shows (the asked values, invalid filters, options with
 * counts). Shared by the public library and the editors' list.
 */
export function applyLibraryFilters(all: readonly LibraryItem[], params: URLSearchParams, t: Translate) {
  const { filters, invalid } = parseLibraryFilters(params);
  const facets = libraryFacets(all, filters);
  const option = (value: string, label: string, count: number) => ({
    value,
    label: t("library.filter.option", { label, count }),
  });
  return {
    items: filterLibrary(all, filters),
    form: {
      /** The raw values from the URL, so the form shows what was asked. */
      values: Object.fromEntries(
        (Object.keys(libraryFilterParams) as LibraryFilterName[]).map((name) => [
          name,
          params.get(libraryFilterParams[name]) ?? "",
        ]),
      ) as Record<LibraryFilterName, string>,
      invalid,
      filtered: Object.keys(filters).length > 0,
      selects: {
        type: facets.type.map((entry) => option(entry.value, t(libraryTypeLabels[entry.value]), entry.count)),
        audience: facets.audience.map((entry) =>
          option(entry.value, t(libraryAudienceLabels[entry.value]), entry.count),
        ),
        form: facets.form.map((entry) =>
          option(entry.value, t(exploitationFormLabels[entry.value]), entry.count),
        ),
        year: facets.year.map((entry) =>
          option(
            String(entry.value),
            entry.value === "onbekend" ? t("library.yearUnknown") : String(entry.value),
            entry.count,
          ),
        ),
      },
    },
  };
}

export type LibraryFilterFormData = ReturnType<typeof applyLibraryFilters>["form"];

/** A plain GET form: filters live in the URL and work without JavaScript. */
export function LibraryFilterForm({ action, form }: { action: string; form: LibraryFilterFormData }) {
  const t = useTranslate();
  const { values, invalid, filtered, selects } = form;
  const filterNames = Object.keys(libraryFilterParams) as LibraryFilterName[];
  return (
    <Form method="get" action={action} className="zicht-filters" aria-labelledby="filters-heading">
      <Heading level={2} id="filters-heading">
        {t("library.filter.heading")}
      </Heading>
      <div className="zicht-filters__fields">
        {filterNames.map((name) => (
          <FormField
            key={name}
            inputId={`filter-${name}`}
            label={t(filterLabels[name])}
            error={invalid.includes(name) ? t("library.filter.invalid") : undefined}
          >
            <Select
              id={`filter-${name}`}
              name={libraryFilterParams[name]}
              defaultValue={invalid.includes(name) ? "" : values[name]}
              invalid={invalid.includes(name)}
              options={[{ value: "", label: t("library.filter.all") }, ...selects[name]]}
            />
          </FormField>
        ))}
      </div>
      <p className="zicht-filters__actions">
        <Button appearance="primary-action">{t("library.filter.apply")}</Button>
        {filtered || invalid.length > 0 ? <Link to={action}>{t("library.filter.clear")}</Link> : null}
      </p>
    </Form>
  );
}
