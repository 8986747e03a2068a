import type { MessageKey } from "../i18n";
import type { Role } from "../modules/accounts/permissions";

/** The name of each role in the interface. */
export const roleNames: Record<Role, MessageKey> = {
  professional: "role.professional",
  safeguarding_officer: "role.safeguarding_officer",
  org_admin: "role.org_admin",
  editor: "role.editor",
  researcher: "role.researcher",
  platform_admin: "role.platform_admin",
};
