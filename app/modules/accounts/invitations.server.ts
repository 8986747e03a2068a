import type { Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { createUser, findUserForSignIn, normaliseEmail, type Db } from "./accounts.server";
import { writeAudit } from "./audit.server";
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

export async function inviteUser(
  db: Kysely<Database>,
  config: Config,
  invitation: { tenantId: string; email: string; name?: string; role: Role },
  actor: { userId: string | null; clientAddress?: string },
  now = new Date(),
): Promise<{ userId: string; link: string }> {
  const result = await db.transaction().execute(async (trx: Db) => {
    if (await findUserForSignIn(trx, invitation.email)) throw new EmailInUseError();
    const userId = await createUser(trx, invitation);
    const token = await createToken(trx, userId, "invitation", now);
    return { userId, link: invitationLink(config, token) };
  });
  await sendMail(config, {
    to: normaliseEmail(invitation.email),
    subject: "Uitnodiging voor Zicht",
    text: [
      "Hallo,",
      "",
      "Je bent uitgenodigd voor Zicht. Met deze link kies je een wachtwoord en stel je de extra controle met een app in:",
      result.link,
      "",
      `De link werkt één keer en ${invitationHours} uur lang.`,
      "Verwacht je deze uitnodiging niet? Dan kun je dit bericht weggooien.",
    ].join("\n"),
  });
  await writeAudit(db, config, {
    action: "invitation.created",
    actorUserId: actor.userId,
    tenantId: invitation.tenantId,
    targetType: "user",
    targetId: result.userId,
    clientAddress: actor.clientAddress,
  });
  return result;
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
