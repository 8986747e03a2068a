import type { ReactNode } from "react";
import { useTranslate } from "../i18n/use-translate";
import { fieldHintId, FormField } from "./form-field";
import { TextInput } from "./text-input";

/**
 * The fields for choosing a password (invitation, reset): the account's
 * address for password managers, the password with its rule, and a repeat.
 */
export function NewPasswordFields({
  email,
  errors,
}: {
  email: string;
  errors: { password?: string; passwordRepeat?: string };
}) {
  const t = useTranslate();
  return (
    <>
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <FormField
        inputId="password"
        label={t("account.password")}
        hint={t("invitation.passwordHint")}
        error={errors.password}
      >
        <TextInput
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          describedBy={fieldHintId("password")}
          invalid={Boolean(errors.password)}
        />
      </FormField>
      <FormField
        inputId="passwordRepeat"
        label={t("invitation.passwordRepeat")}
        error={errors.passwordRepeat}
      >
        <TextInput
          id="passwordRepeat"
          name="passwordRepeat"
          type="password"
          autoComplete="new-password"
          invalid={Boolean(errors.passwordRepeat)}
        />
      </FormField>
    </>
  );
}

/** A one-time code from an authenticator app (or a recovery code), field name `code`. */
export function OneTimeCodeField({
  label,
  hint,
  error,
  maxLength,
}: {
  label: ReactNode;
  hint: ReactNode;
  error?: string;
  maxLength: number;
}) {
  return (
    <FormField inputId="code" label={label} hint={hint} error={error}>
      <TextInput
        id="code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        describedBy={fieldHintId("code")}
        maxLength={maxLength}
        invalid={Boolean(error)}
      />
    </FormField>
  );
}
