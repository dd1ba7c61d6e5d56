import { logProblem } from "@/lib/log";
import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<unknown>;

/**
 * The production server's last line: a failure that escapes the request handler (a throw in the
 * server's own header handling before Next runs, or a rejected promise) is logged and answered
 * with a bare 500, not left to hang the connection until the client gives up (as a cookie
 * `stringifyCookie` refused once did) or to end the process as an uncaught exception. Next answers
 * its own errors with the app's error page; this only sees what escapes it. The log line names the
 * error's class and the method, never the URL or the message, which can carry what a user sent.
 */
export function answerOnFailure(handler: Handler, contentSecurityPolicy: string): Handler {
  return (req, res) => {
    const fail = (error: unknown) => {
      logProblem("request-failed", {
        method: req.method,
        error: error instanceof Error ? error.name : typeof error,
        headersSent: res.headersSent,
      });
      if (res.headersSent) {
        res.destroy(); // a partial answer cannot be mended; the client sees it cut
        return;
      }
      res
        .writeHead(500, {
          "Content-Type": "text/plain; charset=utf-8",
          "Cache-Control": "no-store",
          "Content-Security-Policy": contentSecurityPolicy,
        })
        .end("Internal Server Error");
    };
    try {
      const result = handler(req, res);
      if (result) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}
