import { can, type Role } from "../accounts/permissions";

/**
 * Who sees which case (pure). A professional sees the cases they own and the
 * cases shared with them; a safeguarding officer sees every case of their
 * organisation; every other role sees none. Nobody sees another
 * organisation's case. The repository turns this into a WHERE clause.
 */
export interface CaseActor {
  userId: string;
  tenantId: string;
  role: Role;
  /** The client's address, for the audit log (stored only as a keyed hash). */
  clientAddress?: string;
}

export type CaseScope = "org" | "own" | "none";

export function readScope(actor: Pick<CaseActor, "role">): CaseScope {
  if (can(actor.role, "read:case:org")) return "org";
  if (can(actor.role, "read:case:own")) return "own";
  return "none";
}

export function writeScope(actor: Pick<CaseActor, "role">): CaseScope {
  if (can(actor.role, "write:case:org")) return "org";
  if (can(actor.role, "write:case:own")) return "own";
  return "none";
}

/** May a person with this role be the owner of a case or have one shared with them? */
export function canHoldCases(role: Role): boolean {
  return readScope({ role }) !== "none" && writeScope({ role }) !== "none";
}

export interface CaseAccessFacts {
  tenantId: string;
  ownerUserId: string;
  sharedWith: readonly string[];
}

/** The same rule as the repository's WHERE clause, for tests and for deciding what to show. */
export function mayAccess(actor: CaseActor, scope: CaseScope, facts: CaseAccessFacts): boolean {
  if (facts.tenantId !== actor.tenantId) return false;
  if (scope === "org") return true;
  if (scope === "own") return facts.ownerUserId === actor.userId || facts.sharedWith.includes(actor.userId);
  return false;
}
