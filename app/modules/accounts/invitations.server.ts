import type { Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { inTransaction } from "../../db/transaction.server";
import { createUser, findUserForSignIn, normaliseEmail } from "./accounts.server";
import { appendAudit, writeAudit } from "./audit.server";
import { createToken, invitationHours, resetHours } from "./authentication.server";
import { sendMail } from "./mail.server";
import type { Role } from "./permissions";

/**
 * Invitations and reset links: a user record, a single-use link, an
 * e-mail (SMTP or the outbox) and an audit row. The link is returned so the
 * CLI can print it; pages never show it.
 */
export class EmailInUseError extends Error {
  constructor() {
    super("Dit e-mailadres heeft al een account.");
    this.name = "EmailInUseError";
  }
}

export function invitationLink(config: Config, token: string): string {
  return `${config.publicUrl}/uitnodiging/${token}`;
}

export function resetLink(config: Config, token: string): string {
  return `${config.publicUrl}/wachtwoord-herstellen/${token}`;
}

export interface Invitation {
  tenantId: string;
  email: string;
  name?: string;
  role: Role;
}

export interface InvitingActor {
  userId: string | null;
  clientAddress?: string;
}

/** Stores the invitation (createInvitation), then e-mails its link. */
export async function inviteUser(
  ...[db, config, invitation, actor, now]: Parameters<typeof createInvitation>
): Promise<{ userId: string; link: string }> {
  const result = await createInvitation(db, config, invitation, actor, now);
  await sendInvitation(config, invitation.email, result.link);
  return result;
}

/**
 * The stored half of an invitation: the user, the single-use link and the
 * audit row, in one transaction (or inside the caller's). No e-mail: a
 * caller that creates more in the same transaction sends it with
 * `sendInvitation` once everything is committed.
 */
export async function createInvitation(
  db: Kysely<Database>,
  config: Config,
  invitation: Invitation,
  actor: InvitingActor,
  now = new Date(),
): Promise<{ userId: string; link: string }> {
  return inTransaction(db, async (trx) => {
    if (await findUserForSignIn(trx, invitation.email)) throw new EmailInUseError();
    const userId = await createUser(trx, invitation);
    const token = await createToken(trx, userId, "invitation", now);
    await appendAudit(trx, config, {
      action: "invitation.created",
      actorUserId: actor.userId,
      tenantId: invitation.tenantId,
      targetType: "user",
      targetId: userId,
      clientAddress: actor.clientAddress,
    });
    return { userId, link: invitationLink(config, token) };
  });
}

/** The invitation e-mail with its link (SMTP or the outbox). */
export async function sendInvitation(config: Config, email: string, link: string): Promise<void> {
  await sendMail(config, {
    to: normaliseEmail(email),
    subject: "Uitnodiging voor Zicht",
    text: [
      "Hallo,",
      "",
      "Je bent uitgenodigd voor Zicht. Met deze link kies je een wachtwoord en stel je de extra controle met een app in:",
      link,
      "",
      `De link werkt één keer en ${invitationHours} uur lang.`,
      "Verwacht je deze uitnodiging niet? Dan kun je dit bericht weggooien.",
    ].join("\n"),
  });
}

/** Sends a reset link when the address belongs to an active, enrolled account; says nothing either way. */
export async function requestPasswordReset(
  db: Kysely<Database>,
  config: Config,
  email: string,
  clientAddress: string,
  now = new Date(),
): Promise<void> {
  const user = await findUserForSignIn(db, email);
  if (!user || user.disabled_at !== null || user.totp_enabled_at === null) return;
  const token = await createToken(db, user.id, "reset", now);
  await sendMail(config, {
    to: user.email,
    subject: "Nieuw wachtwoord voor Zicht",
    text: [
      "Hallo,",
      "",
      "Iemand heeft gevraagd om een nieuw wachtwoord voor je account bij Zicht. Was jij dat? Kies dan met deze link een nieuw wachtwoord:",
      resetLink(config, token),
      "",
      `De link werkt één keer en ${resetHours} uur lang. Je hebt ook je app met codes nodig.`,
      "Heb je niets gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.",
    ].join("\n"),
  });
  await writeAudit(db, config, {
    action: "password_reset.requested",
    actorUserId: null,
    tenantId: user.tenant_id,
    targetType: "user",
    targetId: user.id,
    clientAddress,
  });
}
