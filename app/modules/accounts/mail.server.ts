import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Config } from "../../config.server";

/**
 * E-mail: through SMTP when `SMTP_URL` is set; otherwise written as a JSON
 * file to `<data dir>/outbox`, which admins can read at /beheer/outbox in
 * development and test.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export function outboxDir(config: Config): string {
  return path.join(config.dataDir, "outbox");
}

export async function sendMail(config: Config, mail: Mail): Promise<void> {
  if (config.mail.smtpUrl) {
    const transport = nodemailer.createTransport(config.mail.smtpUrl);
    await transport.sendMail({ from: config.mail.from, to: mail.to, subject: mail.subject, text: mail.text });
    return;
  }
  const dir = outboxDir(config);
  await fs.mkdir(dir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(4).toString("hex")}.json`;
  await fs.writeFile(
    path.join(dir, name),
    JSON.stringify({ ...mail, from: config.mail.from, sentAt: new Date().toISOString() }, null, 2),
    { mode: 0o600 },
  );
}

export async function readOutbox(config: Config): Promise<Array<Mail & { sentAt: string }>> {
  const dir = outboxDir(config);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const mails = await Promise.all(
    names
      .filter((name) => name.endsWith(".json"))
      .map(
        async (name) =>
          JSON.parse(await fs.readFile(path.join(dir, name), "utf8")) as Mail & { sentAt: string },
      ),
  );
  return mails.sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}
