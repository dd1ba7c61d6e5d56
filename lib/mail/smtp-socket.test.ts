import { createServer, type AddressInfo, type Socket } from "node:net";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import { describe, expect, it } from "vitest";
import { openSmtpSocket, smtpTarget } from "./smtp-socket";

type Outcome = { error: (Error & { code?: string }) | null; socket?: Socket };

function open(port: number, timeoutMs = 5000): Promise<Outcome[]> {
  return new Promise((resolve) => {
    const outcomes: Outcome[] = [];
    openSmtpSocket({ host: "127.0.0.1", port, timeoutMs }, (error, options) => {
      outcomes.push({ error, socket: options?.connection });
      // Give a second call (which must never come) the time to arrive.
      setTimeout(() => resolve(outcomes), 50);
    });
  });
}

describe("openSmtpSocket (the TCP connection under nodemailer)", () => {
  it("hands over a connected socket, once, that reads what the server sends", async () => {
    const server = createServer((client) => client.end("220 ready\r\n"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const [outcome, ...more] = await open((server.address() as AddressInfo).port);
    expect(more).toEqual([]);
    expect(outcome!.error).toBeNull();
    const greeting = await new Promise<string>((resolve) => {
      let data = "";
      outcome!.socket!.on("data", (chunk) => (data += chunk)).on("end", () => resolve(data));
    });
    expect(greeting).toBe("220 ready\r\n");
    server.close();
  });

  it("reports a refused connection once, as an error the sender retries on", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve())); // nothing listens there now
    const outcomes = await open(port);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.error?.code).toBe("ECONNREFUSED");
    expect(outcomes[0]!.socket).toBeUndefined();
  });
});

describe("smtpTarget", () => {
  it("connects where nodemailer itself would, missing host and port included", () => {
    for (const options of [
      {},
      { secure: true },
      { secure: false },
      { host: "mail.example.com", port: "2525" },
      { host: "mail.example.com", port: 465 },
      { host: "::1", port: 25 },
    ]) {
      const nodemailers = new SMTPConnection(options as SMTPConnection.Options);
      expect(smtpTarget(options), JSON.stringify(options)).toEqual({
        host: nodemailers.host,
        port: nodemailers.port,
      });
    }
  });
});
