import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import type { AddressInfo } from "node:net";

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
    const sent = await sendMail({
      to: { address: "reader@example.test" },
      subject: "你的 Si opp 登录链接",
      text: "Plain 文本",
      html: "<p>HTML 文本</p>",
      headers: { "X-Test": "1" },
    });
    const mail = await sink.waitFor((m) => m.messageId === sent.messageId);
    expect(mail.subject).toBe("你的 Si opp 登录链接");
    expect(mail.text?.trim()).toBe("Plain 文本");
    expect(mail.html).toContain("<p>HTML 文本</p>");
    expect(mail.headers.get("x-test")).toBe("1");
    expect((mail.to as { text: string }).text).toBe("reader@example.test");
  });

  it("fails loudly (and the caller can retry) when the SMTP server is unreachable", async () => {
    const { sendMail } = await freshMailModule("smtp://127.0.0.1:1");
    await expect(
      sendMail({ to: { address: "a@example.test" }, subject: "s", text: "t", html: "<p>t</p>" }),
    ).rejects.toThrow();
  });

  // Our own socket (smtp-socket.ts) carries TLS too: nodemailer upgrades it, right away for
  // smtps:// and after STARTTLS otherwise, and still checks the certificate. smtp-server's
  // built-in certificate is self-signed: refused by default, accepted through the URL's tls options.
  for (const [name, scheme, secure] of [
    ["implicit TLS (smtps://)", "smtps", true],
    ["STARTTLS", "smtp", false],
  ] as const) {
    it(`delivers over ${name} on its own socket, and refuses a certificate it cannot verify`, async () => {
      const server = await startTlsServer({ secure });
      try {
        const refused = await freshMailModule(`${scheme}://127.0.0.1:${server.port}`);
        await expect(
          refused.sendMail({
            to: { address: "tls@example.test" },
            subject: "Unverified",
            text: "t",
            html: "<p>t</p>",
          }),
        ).rejects.toThrow(/self-signed|certificate/i);
        refused.closeMail();
        const accepted = await freshMailModule(
          `${scheme}://127.0.0.1:${server.port}/?tls.rejectUnauthorized=false`,
        );
        await accepted.sendMail({
          to: { address: "tls@example.test" },
          subject: `Over ${scheme}`,
          text: "t",
          html: "<p>t</p>",
        });
        accepted.closeMail();
        expect(server.received).toEqual([{ subject: `Over ${scheme}`, secure: true }]);
      } finally {
        await server.close();
      }
    });
  }

  it("never sends a password in clear: with credentials, smtp:// requires STARTTLS", async () => {
    const server = await startTlsServer({ secure: false, withoutStartTls: true });
    try {
      const { sendMail, closeMail } = await freshMailModule(
        `smtp://user:secret@127.0.0.1:${server.port}`,
      );
      await expect(
        sendMail({ to: { address: "a@example.test" }, subject: "s", text: "t", html: "<p>t</p>" }),
      ).rejects.toThrow(/STARTTLS/i);
      closeMail();
      expect(server.logins).toEqual([]);
      expect(server.received).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("opens its own sockets (Nagle off) unless the URL names a proxy, and requires STARTTLS only with credentials", async () => {
    const { smtpTransportOptions } = await freshMailModule(undefined);
    const plain = smtpTransportOptions("smtp://mail.example.com:587", 1000);
    expect(plain.getSocket).toBeTypeOf("function");
    expect(plain.requireTLS).toBeUndefined();
    expect(
      smtpTransportOptions("smtp://mail.example.com:587/?proxy=socks5://127.0.0.1:1080", 1000)
        .getSocket,
    ).toBeUndefined();
    expect(smtpTransportOptions("smtp://user:secret@mail.example.com:587", 1000).requireTLS).toBe(
      true,
    );
    const implicit = smtpTransportOptions("smtps://user:secret@mail.example.com", 1000);
    expect([implicit.secure, implicit.requireTLS]).toEqual([true, undefined]);
  });

  it("writes to the dev outbox when no SMTP server is configured", async () => {
    const { sendMail } = await freshMailModule(undefined);
    await sendMail({
      to: { address: "dev@example.test" },
      subject: "Dev message",
      text: "see http://localhost:3000/x",
      html: "<p>x</p>",
    });
    const dir = process.env.OUTBOX_DIR!;
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, files[0]!), "utf8"))).toMatchObject({
      to: { address: "dev@example.test" },
      subject: "Dev message",
    });
  });
});

/** A real SMTP server with smtp-server's built-in (self-signed) certificate, for the TLS paths. */
async function startTlsServer(options: { secure: boolean; withoutStartTls?: boolean }) {
  const received: { subject: string; secure: boolean }[] = [];
  const logins: string[] = [];
  const server = new SMTPServer({
    secure: options.secure,
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: options.withoutStartTls ? ["STARTTLS"] : [],
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? "");
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk));
      stream.on("end", () => {
        received.push({
          subject: /^Subject: (.*)$/m.exec(data)?.[1] ?? "",
          secure: session.secure,
        });
        callback();
      });
    },
  });
  // A client that refuses the certificate hangs up mid-handshake: the server reports it as an error.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
