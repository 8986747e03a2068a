/**
 * Who may do what: the one permission table of Zicht. A permission is
 * `action:entity:scope`. Scopes: `own` (things the person made), `org` (their
 * organisation), `national` (aggregates only), `any` (the whole platform).
 * Every loader and action asks for one of these. Pure.
 */
export const roles = [
  "professional",
  "safeguarding_officer",
  "org_admin",
  "editor",
  "researcher",
  "platform_admin",
] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  "read:account:own",
  "read:case:own",
  "write:case:own",
  "read:case:org",
  "write:case:org",
  "read:statistics:org",
  "read:statistics:national",
  "manage:user:org",
  "manage:user:any",
  "read:audit:org",
  "read:audit:any",
  "manage:organisation:any",
  "edit:directory:any",
  "edit:content:any",
  "read:outbox:any",
] as const;
export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ["read:account:own"];

/** The table itself. Read it as: a role may do exactly what is listed, nothing else. */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  professional: [...everyone, "read:case:own", "write:case:own"],
  safeguarding_officer: [
    ...everyone,
    "read:case:own",
    "write:case:own",
    "read:case:org",
    "write:case:org",
    "read:statistics:org",
  ],
  org_admin: [...everyone, "manage:user:org", "read:audit:org", "read:statistics:org"],
  editor: [...everyone, "edit:directory:any", "edit:content:any"],
  researcher: [...everyone, "read:statistics:national"],
  platform_admin: [
    ...everyone,
    "manage:organisation:any",
    "manage:user:org",
    "manage:user:any",
    "read:audit:org",
    "read:audit:any",
    "read:outbox:any",
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/**
 * Roles a person with `role` may hand out. An org admin cannot create
 * platform admins or editors (those are platform roles).
 */
export function assignableRoles(role: Role): readonly Role[] {
  if (role === "platform_admin") return roles;
  if (role === "org_admin") return ["professional", "safeguarding_officer", "org_admin", "researcher"];
  return [];
}
