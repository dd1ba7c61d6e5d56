import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
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

  it("writes to the dev outbox when no SMTP server is configured", async () => {
    const { sendMail } = await freshMailModule(undefined);
    await sendMail({ to: { address: "dev@example.test" }, subject: "Dev message", text: "see http://localhost:3000/x", html: "<p>x</p>" });
    const dir = process.env.OUTBOX_DIR!;
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, files[0]!), "utf8"))).toMatchObject({ to: { address: "dev@example.test" }, subject: "Dev message" });
  });
});
