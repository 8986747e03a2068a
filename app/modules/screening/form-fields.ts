import { allItems, type InstrumentDefinition } from "./definition";

/**
 * The names of the form fields of an instrument, and how a posted form turns
 * into the API body shape (checked afterwards by parseScoreRequest). Free of
 * the validation library: the form also reads itself in the browser for live
 * conditions.
 */

/** Form field names: one per item, and the situation fields. */
export const formField = {
  item: (id: string) => `q-${id}`,
  age: "leeftijd",
  gender: "gender",
  municipality: "gemeente",
  acuteDanger: "acuut",
  recentSexualViolence: "recent",
  overrideFlag: "vlag-anders",
  overrideReason: "vlag-reden",
} as const;

/** Turns a posted form into the API body shape (then checked by parseScoreRequest). */
export function formToRequestBody(definition: InstrumentDefinition, form: FormData): unknown {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const answers: Record<string, unknown> = {};
  for (const item of allItems(definition)) {
    const name = formField.item(item.id);
    if (item.type === "multiple") {
      const values = form.getAll(name).filter((value): value is string => typeof value === "string");
      if (values.length > 0) answers[item.id] = values;
      continue;
    }
    const value = text(name);
    if (value === "") continue;
    answers[item.id] = item.type === "number" ? (Number.isNaN(Number(value)) ? value : Number(value)) : value;
  }
  const context: Record<string, unknown> = {};
  const age = text(formField.age);
  if (age !== "") context.age = /^\d+$/.test(age) ? Number(age) : age;
  if (text(formField.gender) !== "") context.gender = text(formField.gender);
  if (text(formField.municipality) !== "") context.municipality = text(formField.municipality);
  if (text(formField.acuteDanger) !== "") context.acuteDanger = text(formField.acuteDanger) === "ja";
  if (text(formField.recentSexualViolence) !== "")
    context.recentSexualViolence = text(formField.recentSexualViolence) === "ja";
  const body: Record<string, unknown> = { answers, context };
  const overrideFlag = text(formField.overrideFlag);
  if (overrideFlag !== "") body.override = { flag: overrideFlag, reason: text(formField.overrideReason) };
  return body;
}

/** A checked request as hidden form fields, so the result page can post it again (PDF download). */
export function requestToFormEntries(request: {
  answers: Readonly<Record<string, string | number | readonly string[]>>;
  context: {
    age?: number;
    gender?: string;
    municipality?: string;
    acuteDanger?: boolean;
    recentSexualViolence?: boolean;
  };
  override?: { flag: string; reason: string };
}): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const [id, value] of Object.entries(request.answers)) {
    if (Array.isArray(value)) for (const code of value) entries.push([formField.item(id), code]);
    else entries.push([formField.item(id), String(value)]);
  }
  const { context } = request;
  if (context.age !== undefined) entries.push([formField.age, String(context.age)]);
  if (context.gender !== undefined) entries.push([formField.gender, context.gender]);
  if (context.municipality !== undefined) entries.push([formField.municipality, context.municipality]);
  if (context.acuteDanger !== undefined)
    entries.push([formField.acuteDanger, context.acuteDanger ? "ja" : "nee"]);
  if (context.recentSexualViolence !== undefined)
    entries.push([formField.recentSexualViolence, context.recentSexualViolence ? "ja" : "nee"]);
  if (request.override) {
    entries.push([formField.overrideFlag, request.override.flag]);
    entries.push([formField.overrideReason, request.override.reason]);
  }
  return entries;
}
