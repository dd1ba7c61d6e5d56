/**
 * Request targets Next mishandles, answered 400 before Next sees them:
 * - not a path: `*` (OPTIONS-style) made Next answer 500 with a stack, and an absolute-form
 *   target (`GET http://evil.example/en`) a permanent 308 to that host;
 * - a path with dot segments (`/api/../en/tracker`), which Next resolves after our checks;
 * - a path whose percent-encoding is not valid UTF-8 (`/en/tracker/%FF`, an encoded lone
 *   surrogate): Next throws while decoding route params and answers 500.
 */
export function hasMalformedPath(url: string | undefined): boolean {
  if (!url?.startsWith("/")) return true;
  const path = url.split("?")[0]!;
  // Dot segments (`/api/../en/tracker`, `%2e%2e`): Next resolves them, so a path could pass our
  // own prefix checks (/api/, /_next/) as one thing and be routed as another. Browsers resolve
  // them before sending; only a hand-made request has them.
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(path)) return true;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** A short bilingual page: the reader may not know which language they were in. */
export const malformedPathPage = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad address</title>
<h1>This address is not valid</h1><p>Check the link, or start from the <a href="/">home page</a>.</p>
<p lang="zh-Hans">这个网址无效。请检查链接，或从<a href="/">首页</a>开始。</p></html>`;
