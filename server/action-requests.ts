import { IncomingMessage, type ServerResponse } from "node:http";
import { parse as parseCookies } from "cookie";
import { actionBodyLimitBytes } from "@/lib/action-body-limit";
import { isUploadPath, uploadBodyLimitBytes } from "@/lib/evidence/limits";
import type { ServerHooks } from "@/lib/production-server";

/**
 * A POST to a page is a server action (our pages take nothing else), and Next answers 500 to
 * several kinds of junk there: an Origin it cannot parse, a body over the limit, a body that is
 * not a form, arguments nested thousands deep. Forms (with or without JavaScript) always send
 * multipart/form-data from this site's origin, with a length, and shallow arguments; anything
 * else is turned away here with a 4xx, before Next reads it:
 * - 403 when Origin is not SITE_URL's origin (Next would also refuse a foreign one, but throws
 *   on one it cannot parse);
 * - 411 without Content-Length, 413 above the limit (counted as it arrives, too): 4 MB, or the
 *   upload limit on a case's evidence upload page, and only for a session that owns the case
 *   (so a stranger cannot make the server hold 31 MB); at most two such bodies are read at
 *   once, a third gets 503 with Retry-After; a body under 4 MB must arrive within a minute;
 * - 400 when the body is not multipart/form-data, does not parse as one, or a field holds
 *   JSON-like nesting deeper than any form sends.
 * A body that passes is handed to Next as a fresh request carrying the same bytes.
 */
const maxNesting = 64;

type Refusal = 400 | 403 | 408 | 411 | 413 | 503;
export type ActionVerdict = { ok: true; request: IncomingMessage } | { ok: false; status: Refusal };

/** Upload-sized bodies being read right now (each is held in memory until it is complete). */
let largeBodies = 0;
const maxLargeBodies = 2;
const smallBodyDeadlineMs = 60_000;

export function isActionRequest(req: IncomingMessage): boolean {
  const path = req.url ?? "/";
  return req.method === "POST" && !path.startsWith("/api/") && !path.startsWith("/_next/");
}

export async function screenActionRequest(
  req: IncomingMessage,
  siteOrigin: string,
  hooks?: Pick<ServerHooks, "mayUpload">,
): Promise<ActionVerdict> {
  if (req.headers.origin !== siteOrigin) return { ok: false, status: 403 };
  const declared = req.headers["content-length"];
  if (declared === undefined || !/^\d+$/.test(declared)) return { ok: false, status: 411 };
  const large = Number(declared) > actionBodyLimitBytes;
  if (large && !(hooks && mayUploadHere(req, hooks))) return { ok: false, status: 413 };
  if (Number(declared) > uploadBodyLimitBytes) return { ok: false, status: 413 };
  const type = req.headers["content-type"] ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return { ok: false, status: 400 };
  if (large && largeBodies >= maxLargeBodies) return { ok: false, status: 503 };

  if (large) largeBodies++;
  let body: Buffer | "too-large" | "too-slow";
  try {
    body = await readBody(
      req,
      large ? uploadBodyLimitBytes : actionBodyLimitBytes,
      large ? null : smallBodyDeadlineMs,
    );
  } finally {
    if (large) largeBodies--;
  }
  if (body === "too-large") return { ok: false, status: 413 };
  if (body === "too-slow") return { ok: false, status: 408 };
  let form: FormData;
  try {
    // A view of the same bytes, not a copy: the body is held once.
    const bytes = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
    form = await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    return { ok: false, status: 400 };
  }
  for (const value of form.values())
    if (typeof value === "string" && nestingDepth(value) > maxNesting)
      return { ok: false, status: 400 };
  return { ok: true, request: replay(req, body) };
}

/** A case's upload page, posted to by a session that owns the case. */
function mayUploadHere(req: IncomingMessage, hooks: Pick<ServerHooks, "mayUpload">): boolean {
  const pathname = (req.url ?? "/").split("?")[0]!;
  if (!isUploadPath(pathname)) return false;
  const cookies = parseCookies(req.headers.cookie ?? "");
  const token = cookies["__Secure-authjs.session-token"] ?? cookies["authjs.session-token"];
  return hooks.mayUpload(token, pathname.split("/")[3]!);
}

/**
 * The body, unless it passes `limit` (then the rest drains unread) or, with a deadline, takes
 * longer than that to arrive (a client trickling a small form to hold the connection; uploads
 * have the server's whole request timeout).
 */
function readBody(
  req: IncomingMessage,
  limit: number,
  deadlineMs: number | null,
): Promise<Buffer | "too-large" | "too-slow"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: Buffer | "too-large" | "too-slow" | Error) => {
      if (timer) clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", finish);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.resume(); // let the rest drain; the answer is already decided
      finish("too-large");
    };
    const onEnd = () => finish(Buffer.concat(chunks));
    // A slow small form: stop reading and answer 408 (with Connection: close, so the socket goes).
    const timer =
      deadlineMs === null
        ? null
        : setTimeout(() => {
            req.pause();
            finish("too-slow");
          }, deadlineMs);
    req.on("data", onData).on("end", onEnd).on("error", finish);
  });
}

/** The deepest run of [ and { outside JSON strings (what React's argument decoder recurses on). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** A request Next can read from the start: the same line, headers and socket, the bytes we read. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

const reasons: Record<Refusal, string> = {
  400: "This request is not a form this site sends.",
  403: "This form was not sent from this site.",
  408: "This form took too long to arrive.",
  411: "This form was sent without its length.",
  413: "This form is larger than this site accepts.",
  503: "Too many uploads are arriving at once.",
};

/** A short bilingual answer: no stack, nothing of what was sent. */
export function refuse(res: ServerResponse, status: Refusal, policy: string): void {
  res
    .writeHead(status, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": policy,
      "Cache-Control": "no-store",
      Connection: "close",
      ...(status === 503 ? { "Retry-After": "30" } : {}),
    })
    .end(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>${status}</title>` +
        `<h1>${reasons[status]}</h1><p>Go back, reload the page and try again.</p>` +
        `<p lang="zh-Hans">请求无效。请返回、刷新页面后再试。</p></html>`,
    );
}
