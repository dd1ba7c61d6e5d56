import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { e2eMailDir as dir } from "./env";

/** Waits for a message to `to` (and matching `match`) to reach the e2e SMTP server. */
export async function waitForMail(
  to: string,
  match: (mail: ParsedMail) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  const seen = new Set<string>();
  while (Date.now() < deadline) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).sort().reverse();
    } catch {
      // The sink creates the folder on start; nothing sent yet.
    }
    for (const file of files) {
      if (seen.has(file)) continue;
      const mail = await simpleParser(readFileSync(path.join(dir, file)));
      const recipients = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
      if (recipients.some((r) => r.text.includes(to)) && match(mail)) return mail;
      seen.add(file);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No e-mail to ${to} arrived`);
}

export function firstLink(mail: ParsedMail, contains: string): string {
  const link = (mail.text ?? "").match(/https?:\/\/\S+/g)?.find((url) => url.includes(contains));
  if (!link) throw new Error(`No link containing ${contains} in: ${mail.text}`);
  return link.replace(/[)\].,]+$/, "");
}

/** How many messages to `to` (and matching `match`) the e2e SMTP server has received so far. */
export async function countMail(
  to: string,
  match: (mail: ParsedMail) => boolean = () => true,
): Promise<number> {
  let files: string[] = [];
  try {
    files = readdirSync(dir);
  } catch {
    return 0;
  }
  let n = 0;
  for (const file of files) {
    const mail = await simpleParser(readFileSync(path.join(dir, file)));
    const recipients = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    if (recipients.some((r) => r.text.includes(to)) && match(mail)) n++;
  }
  return n;
}
