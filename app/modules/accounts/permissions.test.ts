import { describe, expect, it } from "vitest";
import {
  assignableRoles,
  can,
  permissions,
  roles,
  rolePermissions,
  type Permission,
  type Role,
} from "./permissions";

describe("the permission table", () => {
  it("has every role of docs/architecture.md and only known permissions", () => {
    expect(Object.keys(rolePermissions).sort()).toEqual([...roles].sort());
    for (const role of roles) {
      for (const permission of rolePermissions[role]) expect(permissions).toContain(permission);
    }
  });

  it("writes every permission as action:entity:scope", () => {
    for (const permission of permissions) {
      expect(permission).toMatch(/^[a-z]+:[a-z]+:(own|org|national|any)$/);
    }
  });

  const cases: Array<[Role, Permission, boolean]> = [
    ["professional", "read:case:own", true],
    ["professional", "read:case:org", false],
    ["professional", "manage:user:org", false],
    ["professional", "edit:directory:any", false],
    ["safeguarding_officer", "read:case:org", true],
    ["org_admin", "manage:user:org", true],
    ["org_admin", "read:case:own", false],
    ["org_admin", "read:audit:org", true],
    ["org_admin", "read:audit:any", false],
    ["editor", "edit:directory:any", true],
    ["editor", "read:case:own", false],
    ["researcher", "read:statistics:national", true],
    ["researcher", "read:case:own", false],
    ["platform_admin", "manage:organisation:any", true],
    ["platform_admin", "read:audit:any", true],
    ["platform_admin", "read:case:org", false],
  ];
  it.each(cases)("%s may %s: %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it("lets nobody read case data nationally, and researchers see no case at all", () => {
    for (const role of roles) expect(can(role, "read:case:org") && role === "researcher").toBe(false);
  });

  it("lets an org admin hand out organisation roles only", () => {
    expect(assignableRoles("org_admin")).not.toContain("platform_admin");
    expect(assignableRoles("org_admin")).not.toContain("editor");
    expect(assignableRoles("professional")).toEqual([]);
    expect(assignableRoles("platform_admin")).toEqual(roles);
  });
});
