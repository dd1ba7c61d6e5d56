import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerOnFailure } from "./answer-on-failure";
import type { AddressInfo } from "node:net";

const policy = "default-src 'none'";
const headers = {
  security: [["X-Content-Type-Options", "nosniff"]] as [string, string][],
  contentSecurityPolicy: policy,
};
let server: Server | undefined;

async function serve(handler: Parameters<typeof answerOnFailure>[0]) {
  server = createServer(answerOnFailure(handler, headers));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe("answerOnFailure", () => {
  it("answers a synchronous throw with a 500 and logs its class, not the request", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const base = await serve((_req, res) => {
      res.setHeader("Set-Cookie", "NEXT_LOCALE=zh");
      res.setHeader("Content-Length", "99999");
      throw Object.assign(new TypeError("cookie name is invalid: secret-value"), {
        code: "ERR_INVALID_CHAR",
      });
    });
    const response = await fetch(`${base}/en/tracker?q=secret-query`, {
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(500);
    expect(response.headers.get("content-security-policy")).toBe(policy);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("connection")).toBe("close");
    // What was set before the failure is not part of the answer (a stale length would break it).
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.text()).toBe("Internal Server Error");
    const line = logged.mock.calls.flat().join(" ");
    expect(line).toContain("request-failed");
    expect(line).toContain('error="TypeError"');
    expect(line).toContain('code="ERR_INVALID_CHAR"');
    expect(line).not.toMatch(/secret/);
  });

  it("answers a rejected handler with a 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const base = await serve(async () => {
      await Promise.resolve();
      throw new Error("later");
    });
    const response = await fetch(base, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(500);
  });

  it("cuts a response whose headers were already sent instead of writing a second status", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const base = await serve(async (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.write("partial");
      await new Promise((resolve) => setTimeout(resolve, 10));
      throw new Error("mid-stream");
    });
    const response = await fetch(base, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("leaves a response that was answered in full before the failure alone", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const base = await serve(async (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" }).end("whole");
      throw new Error("after the end");
    });
    const response = await fetch(base, { signal: AbortSignal.timeout(5000) });
    expect(await response.text()).toBe("whole");
  });

  it("leaves a handler that answers alone", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(204).end();
    });
    const response = await fetch(base, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(204);
  });
});
