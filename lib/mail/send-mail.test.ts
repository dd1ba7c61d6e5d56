import { readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

async function freshMailModule(smtpUrl: string | undefined) {
  vi.resetModules();
  if (smtpUrl) process.env.SMTP_URL = smtpUrl;
  else delete process.env.SMTP_URL;
  return import("./send-mail");
}

describe("sendMail", () => {
  it("delivers a text + HTML message to a real SMTP server", async () => {
    const { sendMail } = await freshMailModule(`smtp://127.0.0.1:${sink.port}`);
    const sent = await sendMail({ to: { address: "reader@example.test" }, subject: "你的 Si opp 登录链接", text: "Plain 文本", html: "<p>HTML 文本</p>", headers: { "X-Test": "1" } });
    const mail = await sink.waitFor((m) => m.messageId === sent.messageId);
    expect(mail.subject).toBe("你的 Si opp 登录链接");
    expect(mail.text?.trim()).toBe("Plain 文本");
    expect(mail.html).toContain("<p>HTML 文本</p>");
    expect(mail.headers.get("x-test")).toBe("1");
    expect((mail.to as { text: string }).text).toBe("reader@example.test");
  });

  it("fails loudly (and the caller can retry) when the SMTP server is unreachable", async () => {
    const { sendMail } = await freshMailModule("smtp://127.0.0.1:1");
    await expect(sendMail({ to: { address: "a@example.test" }, subject: "s", text: "t", html: "<p>t</p>" })).rejects.toThrow();
  });

  // Our own socket (smtp-socket.ts) carries TLS too: nodemailer upgrades it, right away for
  // smtps:// and after STARTTLS otherwise. smtp-server's built-in self-signed certificate is
  // accepted through the URL's tls options, as a provider's own would be without them.
  for (const [name, scheme, secure] of [["implicit TLS (smtps://)", "smtps", true], ["STARTTLS", "smtp", false]] as const) {
    it(`delivers over ${name} on its own socket`, async () => {
      const received: { subject: string; secure: boolean }[] = [];
      const server = new SMTPServer({
        secure,
        authOptional: true,
        disableReverseLookup: true,
        logger: false,
        onData(stream, session, callback) {
          let data = "";
          stream.on("data", (chunk: Buffer) => (data += chunk));
          stream.on("end", () => {
            received.push({ subject: /^Subject: (.*)$/m.exec(data)?.[1] ?? "", secure: session.secure });
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.server.address() as AddressInfo;
      const { sendMail, closeMail } = await freshMailModule(`${scheme}://127.0.0.1:${port}/?tls.rejectUnauthorized=false`);
      try {
        await sendMail({ to: { address: "tls@example.test" }, subject: `Over ${scheme}`, text: "t", html: "<p>t</p>" });
        expect(received).toEqual([{ subject: `Over ${scheme}`, secure: true }]);
      } finally {
        closeMail();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
  }

  it("writes to the dev outbox when no SMTP server is configured", async () => {
    const { sendMail } = await freshMailModule(undefined);
    await sendMail({ to: { address: "dev@example.test" }, subject: "Dev message", text: "see http://localhost:3000/x", html: "<p>x</p>" });
    const dir = process.env.OUTBOX_DIR!;
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, files[0]!), "utf8"))).toMatchObject({ to: { address: "dev@example.test" }, subject: "Dev message" });
  });
});
