import { describe, expect, it } from "vitest";
import { hsdsId, internalId, isUuid, optionalHsdsId, zichtHsdsNamespace } from "./hsds-ids";

describe("HSDS ids", () => {
  it("derives a stable UUIDv5 from kind and slug", () => {
    const id = hsdsId("service", "alarmnummer-112");
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe("5"); // version nibble
    expect(hsdsId("service", "alarmnummer-112")).toBe(id);
    // The namespace is fixed: changing it would break every link a partner stored.
    expect(zichtHsdsNamespace).toBe("0b310bbb-fc6b-569d-9885-d49f36f8fc8c");
    expect(id).toBe("6b8e4f14-f75b-526a-82ca-e2abe94c1c89");
  });

  it("gives the same slug a different id per kind", () => {
    expect(hsdsId("service", "doelgroep")).not.toBe(hsdsId("taxonomy", "doelgroep"));
  });

  it("keeps a UUID from another system, in lower case", () => {
    expect(hsdsId("service", "AC148810-D857-441C-9679-408F346DE14B")).toBe(
      "ac148810-d857-441c-9679-408f346de14b",
    );
  });

  it("leaves absent links absent", () => {
    expect(optionalHsdsId("program", null)).toBeUndefined();
    expect(optionalHsdsId("program", undefined)).toBeUndefined();
  });

  it("finds the Zicht id behind a UUID or a slug", () => {
    const ids = ["alarmnummer-112", "veilig-thuis"];
    expect(internalId("service", hsdsId("service", "veilig-thuis"), ids)).toBe("veilig-thuis");
    expect(internalId("service", hsdsId("service", "veilig-thuis").toUpperCase(), ids)).toBe("veilig-thuis");
    expect(internalId("service", "alarmnummer-112", ids)).toBe("alarmnummer-112");
    expect(internalId("service", hsdsId("organization", "veilig-thuis"), ids)).toBeUndefined();
    expect(internalId("service", "onbekend", ids)).toBeUndefined();
  });
});
