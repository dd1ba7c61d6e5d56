import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

/** A received message, parsed, with the recipients of its SMTP envelope (RCPT TO). */
export type ReceivedMail = ParsedMail & { envelopeTo: string[] };

export type SmtpSink = {
  port: number;
  messages: ReceivedMail[];
  /** While true, every message is refused with 451 (the server is "down"). */
  rejecting: boolean;
  /** Called with each message once it is in, before the sender is told so (fault tests hook in here). */
  onMessage?: (mail: ReceivedMail) => void;
  /** Resolves with the first message (already received or still to come) that matches. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
};

/**
 * A real SMTP server on localhost that accepts everything (no TLS, no auth) and keeps each
 * message parsed in memory, and as an .eml file in `dir` when given. Tests and the e2e run
 * send to it exactly as production sends to a mail provider.
 */
export async function startSmtpSink(
  options: { port?: number; dir?: string; rejectWhile?: () => boolean } = {},
): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters: { match: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }[] = [];
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  // eslint-disable-next-line prefer-const -- assigned once the server exists, read by its handler
  let sink: SmtpSink;

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS", "AUTH"],
    // No DNS here: a reverse lookup of 127.0.0.1 would only add a timeout to every message.
    disableReverseLookup: true,
    // Senders keep pooled connections open; closing the sink ends them instead of waiting.
    closeTimeout: 200,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (options.rejectWhile?.() || sink.rejecting)
          return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 451 }));
        const raw = Buffer.concat(chunks);
        if (options.dir)
          writeFileSync(path.join(options.dir, `${Date.now()}-${messages.length}.eml`), raw);
        const mail = Object.assign(await simpleParser(raw), {
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        });
        messages.push(mail);
        sink.onMessage?.(mail);
        for (const waiter of [...waiters]) {
          if (waiter.match(mail)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(mail);
          }
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;

  sink = {
    port,
    messages,
    rejecting: false,
    waitFor(match, timeoutMs = 10_000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error("No matching e-mail arrived in time")),
          timeoutMs,
        );
        waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return sink;
}
