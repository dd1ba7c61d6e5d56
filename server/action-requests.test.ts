import { createServer, request as httpRequest, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionBodyLimitBytes } from "@/lib/action-body-limit";
import { uploadBodyLimitBytes } from "@/lib/evidence/limits";
import { isActionRequest, nestingDepth, refuse, screenActionRequest } from "./action-requests";
import type { AddressInfo } from "node:net";

const ownCase = "0b7c4a8e-1f2d-4c3b-9a8e-7d6c5b4a3f21";
/** The data layer's answer, as the server gets it: this session owns this one case. */
const mayUpload = (token: string | undefined, caseId: string) =>
  token === "owner-session" && caseId === ownCase;

// A real HTTP server that screens like server/main.ts and, for what passes, echoes what the
// handler behind it (Next, in production) reads: the method, and the body byte for byte.
const site = "http://localhost:3000";
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (!isActionRequest(req)) return res.writeHead(204).end();
    void screenActionRequest(req, site, { mayUpload }).then(async (verdict) => {
      if (!verdict.ok) return refuse(res, verdict.status, "default-src 'none'");
      const chunks: Buffer[] = [];
      for await (const chunk of verdict.request) chunks.push(chunk as Buffer);
      res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function multipart(fields: Record<string, string>) {
  const boundary = "----screen";
  const body = Buffer.from(
    Object.entries(fields)
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`,
  );
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** A raw POST (node:http, so a missing or lying Content-Length really goes out as written). */
function post(
  headers: Record<string, string>,
  body: Buffer | string,
  options: { chunked?: boolean; path?: string } = {},
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: options.path ?? "/en/tracker/new",
        method: "POST",
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks) }));
      },
    );
    req.on("error", reject);
    if (options.chunked) req.setHeader("transfer-encoding", "chunked");
    req.end(body);
  });
}

const form = multipart({ $ACTION_ID_abc: "", locale: "en", note: '中文 😀 "quoted" [x]' });
const formHeaders = {
  origin: site,
  "content-type": form.type,
  "content-length": String(form.body.length),
};

describe("server-action requests before Next", () => {
  it("hands a form from this site on, byte for byte", async () => {
    const response = await post(formHeaders, form.body);
    expect(response.status).toBe(200);
    expect(response.body.equals(form.body)).toBe(true);
  });

  it.each([
    ["another origin", { origin: "https://evil.example" }, 403],
    ["an unparsable origin", { origin: "%%%" }, 403],
    ["no origin", { origin: "" }, 403],
    ["a text/plain body", { "content-type": "text/plain;charset=UTF-8" }, 400],
    ["a JSON body", { "content-type": "application/json" }, 400],
    [
      "a declared length over the limit",
      { "content-length": String(actionBodyLimitBytes + 1) },
      413,
    ],
  ])("refuses %s", async (_label, change, status) => {
    const headers: Record<string, string> = { ...formHeaders, ...change };
    for (const [name, value] of Object.entries(headers)) if (value === "") delete headers[name];
    const response = await post(headers, status === 413 ? "" : form.body);
    expect(response.status).toBe(status);
    expect(response.body.toString()).not.toContain("at ");
  });

  it("lets a larger form through only to the owner of the case, on its upload page", async () => {
    const big = multipart({ $ACTION_ID_abc: "", file: "x".repeat(actionBodyLimitBytes + 10) });
    const headers = {
      ...formHeaders,
      "content-type": big.type,
      "content-length": String(big.body.length),
    };
    const owner = { ...headers, cookie: "authjs.session-token=owner-session" };
    const upload = `/zh/tracker/${ownCase}/evidence`;
    const otherCase = "/zh/tracker/11111111-2222-4333-8444-555555555555/evidence";
    expect((await post(owner, big.body)).status).toBe(413); // not an upload page
    expect((await post(owner, big.body, { path: `${upload}/x` })).status).toBe(413);
    expect((await post(headers, big.body, { path: upload })).status).toBe(413); // no session
    expect((await post(owner, big.body, { path: otherCase })).status).toBe(413); // not theirs
    const passed = await post(owner, big.body, { path: upload });
    expect(passed.status).toBe(200);
    expect(passed.body.equals(big.body)).toBe(true);
    const over = { ...owner, "content-length": String(uploadBodyLimitBytes + 1) };
    expect((await post(over, "", { path: upload })).status).toBe(413);
  });

  it("reads at most two upload-sized bodies at once; a third gets 503 with Retry-After", async () => {
    const big = multipart({ $ACTION_ID_abc: "", file: "y".repeat(actionBodyLimitBytes + 10) });
    const headers = {
      ...formHeaders,
      "content-type": big.type,
      "content-length": String(big.body.length),
      cookie: "authjs.session-token=owner-session",
    };
    const path = `/en/tracker/${ownCase}/evidence`;
    // Two uploads that have sent half their body and wait.
    const waiting = [0, 1].map(() => {
      const req = httpRequest({ host: "127.0.0.1", port, path, method: "POST", headers });
      const answered = new Promise<number>((resolve) =>
        req.on("response", (res) => {
          res.resume();
          resolve(res.statusCode!);
        }),
      );
      req.write(big.body.subarray(0, 1024));
      return { req, answered };
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const third = await post(headers, big.body, { path });
    expect(third.status).toBe(503);
    for (const { req } of waiting) req.end(big.body.subarray(1024));
    expect(await Promise.all(waiting.map((w) => w.answered))).toEqual([200, 200]);
    expect((await post(headers, big.body, { path })).status).toBe(200); // the places are free again
  });

  it("refuses a body without a length (411) and a multipart body that does not parse (400)", async () => {
    const { "content-length": _length, ...chunked } = formHeaders;
    expect((await post(chunked, form.body, { chunked: true })).status).toBe(411);
    const broken = Buffer.from("--x\r\nnot a part");
    expect(
      (
        await post(
          {
            ...formHeaders,
            "content-type": "multipart/form-data; boundary=x",
            "content-length": String(broken.length),
          },
          broken,
        )
      ).status,
    ).toBe(400);
  });

  it("refuses arguments nested 20,000 deep, and passes the nesting forms send", async () => {
    const deep = multipart({ "$ACTION_1:1": "[".repeat(20_000) + "]".repeat(20_000) });
    const headers = {
      origin: site,
      "content-type": deep.type,
      "content-length": String(deep.body.length),
    };
    expect((await post(headers, deep.body)).status).toBe(400);
    const usual = multipart({ "$ACTION_1:0": '{"id":"x","bound":"$@1"}', "$ACTION_1:1": "[{}]" });
    expect(
      (
        await post(
          { origin: site, "content-type": usual.type, "content-length": String(usual.body.length) },
          usual.body,
        )
      ).status,
    ).toBe(200);
  });

  it("measures nesting outside strings only", () => {
    expect(nestingDepth("[{}]")).toBe(2);
    expect(nestingDepth('"[[[[[["')).toBe(0);
    expect(nestingDepth('["\\"[[[", [1]]')).toBe(2);
    expect(nestingDepth("]]]][")).toBe(1);
  });
});
