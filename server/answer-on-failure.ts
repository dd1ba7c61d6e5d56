import { logProblem } from "@/lib/log";
import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<unknown>;

/**
 * The production server's last line: a failure that escapes the request handler (a throw in the
 * server's own header handling before Next runs, or a rejected promise) is logged and answered
 * with a bare 500. Without it, Next's `uncaughtException` handler logged the whole error, whose
 * message can carry what the client sent (as a cookie `stringifyCookie` refused once did), and
 * the connection hung until the client gave up. Next answers its own errors with the app's error
 * page; this only sees what escapes it. The log line names the error's class and code and the
 * method, never the URL or the message.
 */
export function answerOnFailure(
  handler: Handler,
  headers: { security: [string, string][]; contentSecurityPolicy: string },
): Handler {
  return (req, res) => {
    const fail = (error: unknown) => {
      logProblem("request-failed", {
        method: req.method,
        error: error instanceof Error ? error.name : typeof error,
        code: codeOf(error),
        headersSent: res.headersSent,
      });
      if (res.writableEnded) return; // answered in full before the failure
      try {
        if (res.headersSent) throw new Error("a partial answer cannot be mended");
        // Whatever was set before the failure (a cookie, a length, an encoding) is not this answer's.
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res
          .writeHead(500, {
            ...Object.fromEntries(headers.security),
            "Content-Type": "text/plain; charset=utf-8",
            "Content-Security-Policy": headers.contentSecurityPolicy,
            "Cache-Control": "no-store",
            // The request body may be half read: this connection is not reused.
            Connection: "close",
          })
          .end("Internal Server Error");
      } catch {
        res.destroy(); // the client sees the answer cut
      }
    };
    try {
      const result = handler(req, res);
      if (result) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

/** A Node-style error code (`ERR_INVALID_CHAR`), which names the failure without user data. */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[A-Z0-9_]{1,64}$/.test(code) ? code : undefined;
}
