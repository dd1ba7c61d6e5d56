import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";
import { env } from "@/core/env";
import { openSmtpSocket, smtpTarget } from "./smtp-socket";
import type SMTPPool from "nodemailer/lib/smtp-pool";

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
  /** A fixed Message-ID (`<…@host>`): a message sent twice after a crash is the same message. */
  messageId?: string;
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

/**
 * One pooled transport per process: a few connections reused for many messages (a sweep of a
 * thousand reminders does not open a thousand connections), with timeouts well inside the
 * reminder claim's lease, so a hanging server fails a send instead of holding it for minutes.
 */
let transport: { url: string; transporter: Transporter } | undefined;
function smtpTransport(url: string): Transporter {
  if (transport?.url !== url) {
    transport?.transporter.close();
    transport = {
      url,
      transporter: nodemailer.createTransport(
        smtpTransportOptions(url, env.SMTP_TIMEOUT_SECONDS * 1000),
      ),
    };
  }
  return transport.transporter;
}

/** The pooled transport's options for SMTP_URL (exported for its tests). */
export function smtpTransportOptions(url: string, timeout: number): SMTPPool.Options {
  const connection = parseConnectionUrl(url);
  const target = smtpTarget(connection);
  return {
    ...connection,
    // Our socket, with Nagle's algorithm off (see smtp-socket.ts), unless the URL names a proxy,
    // which nodemailer connects through with a hook of its own.
    ...("proxy" in connection
      ? {}
      : {
          getSocket: (_options, callback) =>
            openSmtpSocket(
              { ...target, localAddress: connection.localAddress, timeoutMs: timeout },
              callback,
            ),
        }),
    // A password never crosses the network in clear: with credentials, smtp:// must upgrade with
    // STARTTLS (nodemailer would otherwise log in without it where the server does not offer it).
    ...(connection.auth && !connection.secure ? { requireTLS: true } : {}),
    pool: true,
    maxConnections: 2,
    maxMessages: 200,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
  };
}

/** Closes the pooled connections (a one-shot script must, or it would wait for them to time out). */
export function closeMail(): void {
  transport?.transporter.close();
  transport = undefined;
}

export type OutboxMessage = MailMessage & { id: string; from: string; sentAt: string };

export function writeToOutbox(message: MailMessage, dir: string): SentMail {
  mkdirSync(dir, { recursive: true });
  const sentAt = new Date().toISOString();
  const id = `${sentAt.replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
  const stored: OutboxMessage = { id, from: env.MAIL_FROM, sentAt, ...message };
  writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(stored, null, 2));
  return { messageId: message.messageId ?? `<${id}@outbox.si-opp.localhost>` };
}
