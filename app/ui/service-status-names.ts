import type { MessageKey } from "../i18n";
import type { ServiceStatus } from "../modules/directory/tables";

/** The name of each service status in the editor's workspace. */
export const serviceStatusNames: Record<ServiceStatus, MessageKey> = {
  active: "editor.status.active",
  inactive: "editor.status.inactive",
  "temporarily closed": "editor.status.temporarilyClosed",
  defunct: "editor.status.defunct",
};
