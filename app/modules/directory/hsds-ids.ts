import { v5 as uuidv5, validate as isUuidText } from "uuid";

/**
 * HSDS 3.0 requires a UUID as the `id` of every object. Zicht keeps readable
 * ids (slugs like `alarmnummer-112`) in its database and page URLs; at the
 * HSDS boundary every id becomes a UUIDv5 derived from the kind of object and
 * the slug, so it is stable across exports, servers and releases and a link
 * made today keeps working. Data imported from another system keeps its own
 * UUIDs: an id that already is a UUID passes through unchanged (lower case).
 * See docs/decisions/021-hsds-ids.md. Pure.
 */

/** The namespace of every Zicht HSDS id: UUIDv5 of this URL in the URL namespace. Never change it. */
export const zichtHsdsNamespace = uuidv5("https://zicht.nl/hsds/3.0", uuidv5.URL);

export type HsdsIdKind =
  | "organization"
  | "service"
  | "program"
  | "location"
  | "service_at_location"
  | "address"
  | "phone"
  | "contact"
  | "schedule"
  | "service_area"
  | "attribute"
  | "language"
  | "taxonomy"
  | "taxonomy_term"
  | "organization_identifier"
  | "named_region";

export function isUuid(value: string): boolean {
  return isUuidText(value);
}

/** The HSDS id of a Zicht object: the id itself when it is a UUID, else UUIDv5 of `<kind>:<id>`. */
export function hsdsId(kind: HsdsIdKind, id: string): string {
  if (isUuid(id)) return id.toLowerCase();
  return uuidv5(`${kind}:${id}`, zichtHsdsNamespace);
}

/** Like hsdsId, for optional links (`program_id`, `parent_id`): undefined stays undefined. */
export function optionalHsdsId(kind: HsdsIdKind, id: string | null | undefined): string | undefined {
  return id === null || id === undefined ? undefined : hsdsId(kind, id);
}

/**
 * The Zicht id behind an id a client sent: a slug as it is, a UUID matched
 * against the ids that exist (`candidates`, e.g. every service id). Returns
 * undefined when nothing matches.
 */
export function internalId(kind: HsdsIdKind, sent: string, candidates: Iterable<string>): string | undefined {
  const wanted = sent.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === sent || hsdsId(kind, candidate) === wanted) return candidate;
  }
  return undefined;
}
