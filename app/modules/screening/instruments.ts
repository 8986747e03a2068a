import adviceRulesJson from "../../../content/instruments/advice-rules.json";
import criminalJson from "../../../content/instruments/signalen-criminele-uitbuiting.json";
import sexualJson from "../../../content/instruments/signalen-seksuele-uitbuiting.json";
import quickscanJson from "../../../content/instruments/quickscan-ouders.json";
import flagsJson from "../../../content/instruments/vlaggen.json";
import { adviceRulesSchema, type AdviceRule } from "./advice-rules";
import { definitionSchema, type InstrumentDefinition } from "./definition";

/**
 * The instruments and advice rules from content/instruments/, validated when
 * this module loads: a broken definition stops the app at start with a
 * message that names the file and the problem, instead of failing a user later.
 */

function parseOrThrow<T>(
  name: string,
  parse: () =>
    | { success: true; data: T }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } },
): T {
  const result = parse();
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.map(String).join(".")}: ${issue.message}`,
  );
  throw new Error(`content/instruments/${name} klopt niet:\n${problems.join("\n")}`);
}

export function loadInstruments(sources: ReadonlyArray<readonly [string, unknown]>): InstrumentDefinition[] {
  const loaded = sources.map(([name, json]) => parseOrThrow(name, () => definitionSchema.safeParse(json)));
  const ids = loaded.map((definition) => definition.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new Error(`content/instruments: instrument ${duplicate} komt twee keer voor`);
  return loaded;
}

/** The instruments in the order the list shows them. */
export const instruments: readonly InstrumentDefinition[] = loadInstruments([
  ["signalen-seksuele-uitbuiting.json", sexualJson],
  ["signalen-criminele-uitbuiting.json", criminalJson],
  ["quickscan-ouders.json", quickscanJson],
  ["vlaggen.json", flagsJson],
]);

export const adviceRules: readonly AdviceRule[] = parseOrThrow("advice-rules.json", () =>
  adviceRulesSchema.safeParse(adviceRulesJson),
);

export function findInstrument(id: string): InstrumentDefinition | undefined {
  return instruments.find((definition) => definition.id === id);
}
