import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/**
 * A recipient as a structured address: nodemailer uses it as is and never re-parses a string
 * (where "a,b@x" would be two recipients). Addresses come through normalizeEmailAddress first.
 */
export type MailAddress = { address: string };

export type MailMessage = {
  to: MailAddress;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};
export type SentMail = { messageId: string };

/**
 * The one way the app sends e-mail. With SMTP_URL it goes out by SMTP. Without it (the local
 * default) each message is written as JSON to the dev outbox, shown at /<locale>/dev/outbox, so
 * a newcomer can sign in right after `npm run dev`. Production refuses to run without SMTP.
 */
export async function sendMail(message: MailMessage): Promise<SentMail> {
  if (env.SMTP_URL) {
    const info = await smtpTransport(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, ...message });
    return { messageId: info.messageId };
  }
  if (env.NODE_ENV === "production") throw new Error(missingSmtpMessage);
  return writeToOutbox(message, env.OUTBOX_DIR);
}

export const missingSmtpMessage =
  "SMTP_URL is not set. In production Si opp sends sign-in links and reminders by SMTP: set SMTP_URL (for example smtp://user:pass@mail.example.com:587).";

let transport: { url: string; transporter: Transporter } | undefined;
function smtpTransport(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

export type OutboxMessage = MailMessage & { id: string; from: string; sentAt: string };

export function writeToOutbox(message: MailMessage, dir: string): SentMail {
  mkdirSync(dir, { recursive: true });
  const sentAt = new Date().toISOString();
  const id = `${sentAt.replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
  const stored: OutboxMessage = { id, from: env.MAIL_FROM, sentAt, ...message };
  writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(stored, null, 2));
  return { messageId: `<${id}@outbox.si-opp.localhost>` };
}
