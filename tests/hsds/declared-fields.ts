/**
 * Fields of an HSDS object (and of the objects nested in it) that its schema
 * does not declare, as `<kind>.<field>`: a profile must declare every field
 * it adds. `schemas` are whole schema files by name (e.g. a profile's
 * patched set); nested objects follow the schemas' `$ref`s.
 */
export function undeclaredFields(
  schemas: Record<string, Record<string, unknown>>,
  kind: string,
  value: unknown,
): string[] {
  const found = new Set<string>();
  const walk = (name: string, item: unknown) => {
    if (typeof item !== "object" || item === null) return;
    const properties = (schemas[name]?.properties ?? {}) as Record<
      string,
      { $ref?: string; items?: { $ref?: string } }
    >;
    for (const [field, inner] of Object.entries(item)) {
      const property = properties[field];
      if (!property) {
        found.add(`${name}.${field}`);
        continue;
      }
      const ref = property.$ref ?? property.items?.$ref;
      if (!ref) continue;
      for (const nested of Array.isArray(inner) ? inner : [inner]) walk(ref.replace(/\.json$/, ""), nested);
    }
  };
  walk(kind, value);
  return [...found].sort();
}
