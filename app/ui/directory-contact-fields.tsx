import { useTranslate } from "../i18n/use-translate";
import {
  contactFields,
  formSlots,
  type ContactKind,
  type FieldErrors,
} from "../modules/directory/editor-form";
import type { ContactModel } from "../modules/directory/editor-model";
import { weekdays } from "../modules/directory/directory-content";
import { Checkbox, ChoiceGroup, Fieldset } from "./choice-group";
import { FormField } from "./form-field";
import { TextInput } from "./text-input";

const dayKeys = {
  MO: "editor.day.MO",
  TU: "editor.day.TU",
  WE: "editor.day.WE",
  TH: "editor.day.TH",
  FR: "editor.day.FR",
  SA: "editor.day.SA",
  SU: "editor.day.SU",
} as const;

const emptyContact: ContactModel = {
  value: "",
  label: "",
  labelEn: "",
  free: false,
  always: false,
  hours: [],
};

/** How many rows to show: the filled ones and one empty one, within the form's slots. */
function shown(filled: number, slots: number): number {
  return Math.min(Math.max(filled + 1, 1), slots);
}

/** Opening hours of one phone or e-mail address: 24/7, or rows of days and times (Europe/Amsterdam). */
function HoursFields({
  prefix,
  model,
  errors,
}: {
  prefix: string;
  model: ContactModel;
  errors: FieldErrors;
}) {
  const t = useTranslate();
  const filled = model.hours.filter((row) => row.days.length > 0 || row.opens !== "").length;
  return (
    <Fieldset legend={t("editor.hours.legend")}>
      <Checkbox
        id={`${prefix}-always`}
        name={`${prefix}-always`}
        value="yes"
        checked={model.always}
        label={t("editor.hours.always")}
      />
      {Array.from({ length: shown(filled, formSlots.hours) }, (_, index) => {
        const row = `${prefix}-hours-${index}`;
        const values = model.hours[index] ?? { days: [], opens: "", closes: "" };
        const error = errors[`${row}-days`];
        return (
          <div key={row} className="zicht-hours-row">
            <ChoiceGroup
              id={`${row}-days`}
              name={`${row}-days`}
              legend={t("editor.hours.row", { number: index + 1 })}
              multiple
              options={weekdays.map((day) => ({ value: day, label: t(dayKeys[day]) }))}
              defaultValue={values.days}
              error={error}
            />
            <FormField inputId={`${row}-opens`} label={t("editor.hours.opens")}>
              <TextInput
                id={`${row}-opens`}
                name={`${row}-opens`}
                defaultValue={values.opens}
                size={6}
                maxLength={5}
                describedBy={`${prefix}-hours-hint`}
              />
            </FormField>
            <FormField inputId={`${row}-closes`} label={t("editor.hours.closes")}>
              <TextInput
                id={`${row}-closes`}
                name={`${row}-closes`}
                defaultValue={values.closes}
                size={6}
                maxLength={5}
              />
            </FormField>
          </div>
        );
      })}
      <p id={`${prefix}-hours-hint`} className="utrecht-form-field-description">
        {t("editor.hours.hint")}
      </p>
    </Fieldset>
  );
}

/**
 * The phone numbers or e-mail addresses of a service or organisation in the
 * editor's form: each its own fieldset with value, description in Dutch and
 * English, and (for services) its opening hours.
 */
export function ContactFields({
  kind,
  models,
  errors,
  withHours,
}: {
  kind: ContactKind;
  models: readonly ContactModel[];
  errors: FieldErrors;
  withHours: boolean;
}) {
  const t = useTranslate();
  const { slots, value: valueName } = contactFields[kind];
  const filled = models.filter((model) => model.value !== "" || model.label !== "").length;
  return (
    <>
      {Array.from({ length: shown(filled, slots) }, (_, index) => {
        const prefix = `${kind}-${index}`;
        const model = models[index] ?? emptyContact;
        return (
          <Fieldset
            key={prefix}
            legend={t(kind === "phone" ? "editor.phone.legend" : "editor.email.legend", {
              number: index + 1,
            })}
          >
            <FormField
              inputId={`${prefix}-${valueName}`}
              label={t(kind === "phone" ? "editor.phone.number" : "editor.email.address")}
              error={errors[`${prefix}-${valueName}`]}
            >
              <TextInput
                id={`${prefix}-${valueName}`}
                name={`${prefix}-${valueName}`}
                type={kind === "email" ? "email" : "text"}
                autoComplete="off"
                defaultValue={model.value}
                maxLength={200}
                invalid={errors[`${prefix}-${valueName}`] !== undefined}
              />
            </FormField>
            <FormField
              inputId={`${prefix}-label`}
              label={t("editor.contact.label")}
              error={errors[`${prefix}-label`]}
            >
              <TextInput
                id={`${prefix}-label`}
                name={`${prefix}-label`}
                defaultValue={model.label}
                maxLength={200}
                invalid={errors[`${prefix}-label`] !== undefined}
              />
            </FormField>
            <FormField
              inputId={`${prefix}-labelEn`}
              label={t("editor.contact.labelEn")}
              error={errors[`${prefix}-labelEn`]}
            >
              <TextInput
                id={`${prefix}-labelEn`}
                name={`${prefix}-labelEn`}
                defaultValue={model.labelEn}
                maxLength={200}
                invalid={errors[`${prefix}-labelEn`] !== undefined}
              />
            </FormField>
            {kind === "phone" ? (
              <Checkbox
                id={`${prefix}-free`}
                name={`${prefix}-free`}
                value="yes"
                checked={model.free}
                label={t("editor.phone.free")}
              />
            ) : null}
            {withHours ? <HoursFields prefix={prefix} model={model} errors={errors} /> : null}
          </Fieldset>
        );
      })}
      <p className="utrecht-form-field-description">{t("editor.contact.more")}</p>
    </>
  );
}
