/**
 * The Dutch HSDS 3.0 profile of Zicht ("zicht-nl"), served under
 * /api/hsds/profile. STUB: the profile document, its JSON Merge Patches and
 * the patched schemas are being written (issue 14); until then every path
 * below /api/hsds/profile answers 404.
 */

export const profilePath = "/api/hsds/profile";

/** The profile URI: absolute, from ZICHT_PUBLIC_URL (never from a request's Host header). */
export function profileUri(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, "")}${profilePath}`;
}

/**
 * The JSON body for a path below /api/hsds/profile (`segments` after
 * "profile": [] is the profile document, ["patches", "service.json"] a
 * merge patch, ["schemas", "service.json"] a patched schema), or undefined
 * when there is no such document (the API answers 404).
 */
export function profileResource(segments: readonly string[], publicUrl: string): unknown {
  void segments;
  void publicUrl;
  return undefined;
}
