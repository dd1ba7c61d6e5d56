import { request, type IncomingHttpHeaders } from "node:http";
import { e2ePort } from "./env";

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string };

/**
 * One HTTP request to the e2e server exactly as written: any Host or X-Forwarded-* header an
 * attacker could send, no cookie jar, no redirect following.
 */
export function rawRequest(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "localhost",
        port: e2ePort,
        path,
        method: options.method ?? "GET",
        headers: options.headers,
        setHost: !options.headers?.host,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The cookies a response sets, as a Cookie header value. */
export function cookiesOf(response: RawResponse): string {
  return (response.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");
}
