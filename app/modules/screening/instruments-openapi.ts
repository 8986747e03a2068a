/**
 * The /api/instruments part of Zicht's OpenAPI 3.1 document (served with the
 * HSDS part at /api/openapi.json). STUB until written (issue 14): `paths` are
 * OpenAPI path items keyed by their full path ("/api/instruments/{id}/fhir"),
 * `schemas` go into components.schemas (names prefixed "Instrument").
 */
export const instrumentsOpenApi: {
  paths: Record<string, unknown>;
  schemas: Record<string, unknown>;
} = { paths: {}, schemas: {} };
