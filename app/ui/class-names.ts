/** Joins the class names that are set, in order: `classNames("a", cond && "b", undefined)` → "a b" or "a". */
export function classNames(...names: ReadonlyArray<string | false | null | undefined>): string {
  return names.filter((name): name is string => typeof name === "string" && name !== "").join(" ");
}
