import { Form } from "react-router";
import { taxonomies } from "../../../content/taxonomies";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import type { CaseFormField, CaseFormValues, FieldError } from "../../modules/cases/case-form";
import { genderKeys, lvbKeys, settingKeys, warningKeys } from "../../modules/cases/labels";
import type { PseudonymWarning } from "../../modules/cases/pseudonym";
import { caseSettings, genders, lvbValues } from "../../modules/cases/tables";
import { Button } from "../../ui/button";
import { Checkbox, ChoiceGroup } from "../../ui/choice-group";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { ErrorSummary } from "../../ui/error-summary";
import { TextField } from "../../ui/text-field";

const formTerms = taxonomies.find((taxonomy) => taxonomy.id === "uitbuitingsvorm")?.terms ?? [];

export interface CaseFormState {
  errors: FieldError[];
  warnings: PseudonymWarning[];
  values: CaseFormValues;
}

/**
 * The fields of a case (new and edit): pseudonym with the warning box,
 * birth year, gender, LVB, municipality, forms of exploitation, where the
 * exploitation happens (with the age it decides the route). A plain
 * form: it works without JavaScript.
 */
export function CaseFormFields({
  csrf,
  values,
  state,
  version,
  submitLabel,
}: {
  csrf: string;
  values?: CaseFormValues;
  state?: CaseFormState;
  version?: number;
  submitLabel: string;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const shown = state?.values ?? values;
  const errorOf = (field: CaseFormField) => {
    const error = state?.errors.find((item) => item.field === field);
    return error ? t(error.message, error.params) : undefined;
  };
  const anchors: Record<CaseFormField, string> = {
    pseudonym: "pseudonym",
    birthYear: "birthYear",
    gender: "gender",
    lvb: "lvb",
    municipality: "municipality",
    forms: "forms",
    setting: "setting",
  };
  return (
    <>
      {state && state.errors.length > 0 ? (
        <ErrorSummary
          heading={t("cases.error.summary")}
          errors={state.errors.map((error) => ({
            href: `#${anchors[error.field]}`,
            message: t(error.message, error.params),
          }))}
        />
      ) : null}
      <Form method="post" noValidate className="zicht-account-form">
        <CsrfField token={csrf} />
        {version !== undefined ? <HiddenField name="version" value={String(version)} /> : null}
        <TextField
          name="pseudonym"
          label={t("cases.field.pseudonym")}
          hint={t("cases.field.pseudonymHint")}
          error={errorOf("pseudonym")}
          value={shown?.pseudonym}
          maxLength={40}
          autoComplete="off"
        />
        {state && state.warnings.length > 0 ? (
          <div className="zicht-box">
            <ul className="zicht-list zicht-list--compact">
              {state.warnings.map((warning) => (
                <li key={warning}>{t(warningKeys[warning])}</li>
              ))}
            </ul>
            <Checkbox
              id="confirmPseudonym"
              name="confirmPseudonym"
              value="yes"
              checked={false}
              label={t("cases.field.confirmPseudonym")}
            />
          </div>
        ) : null}
        <TextField
          name="birthYear"
          label={t("cases.field.birthYear")}
          hint={t("cases.field.birthYearHint")}
          error={errorOf("birthYear")}
          value={shown?.birthYear}
          numeric
          maxLength={4}
          size={6}
          autoComplete="off"
        />
        <ChoiceGroup
          id="gender"
          name="gender"
          legend={t("cases.field.gender")}
          options={genders.map((value) => ({ value, label: t(genderKeys[value]) }))}
          defaultValue={shown?.gender}
          error={errorOf("gender")}
        />
        <ChoiceGroup
          id="lvb"
          name="lvb"
          legend={t("cases.field.lvb")}
          options={lvbValues.map((value) => ({ value, label: t(lvbKeys[value]) }))}
          defaultValue={shown?.lvb}
          error={errorOf("lvb")}
        />
        <TextField
          name="municipality"
          label={t("cases.field.municipality")}
          hint={t("cases.field.municipalityHint")}
          error={errorOf("municipality")}
          value={shown?.municipality}
          maxLength={100}
          autoComplete="off"
        />
        <ChoiceGroup
          id="forms"
          name="forms"
          multiple
          legend={t("cases.field.forms")}
          descriptions={[t("cases.field.formsHint")]}
          options={formTerms.map((term) => ({ value: term.code, label: term.name[locale] }))}
          defaultValue={shown?.forms}
          error={errorOf("forms")}
        />
        <ChoiceGroup
          id="setting"
          name="setting"
          legend={t("cases.field.setting")}
          descriptions={[t("cases.field.settingHint")]}
          options={caseSettings.map((value) => ({ value, label: t(settingKeys[value]) }))}
          defaultValue={shown?.setting || "unknown"}
          error={errorOf("setting")}
        />
        <div>
          <Button appearance="primary-action">{submitLabel}</Button>
        </div>
      </Form>
    </>
  );
}
