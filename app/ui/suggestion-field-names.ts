import type { MessageKey } from "../i18n";
import type { SuggestionField } from "../modules/directory/change-request";

/** How each field of a Wegwijzer suggestion is named in the interface. */
export const suggestionFieldNames: Record<SuggestionField, MessageKey> = {
  name: "directory.suggest.field.name",
  description: "directory.suggest.field.description",
  phone: "directory.suggest.field.phone",
  email: "directory.suggest.field.email",
  opening_hours: "directory.suggest.field.openingHours",
  age: "directory.suggest.field.age",
  area: "directory.suggest.field.area",
  other: "directory.suggest.field.other",
};
