"use client";

import { Link } from "@/components/ui/link";

/**
 * The last resort, when even the root layout failed: no catalogs are available here, so it says
 * it in both languages, and offers a reload and the start page.
 */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: "40rem",
          margin: "3rem auto",
          padding: "0 1rem",
          lineHeight: 1.5,
        }}
      >
        <h1>Something went wrong</h1>
        <p>We could not show this page just now. Nothing you saved is lost.</p>
        <p lang="zh-Hans">出了点问题，这个页面暂时无法显示。你已保存的内容没有丢失。</p>
        <p>
          <button type="button" onClick={reset}>
            Try again · 重试
          </button>{" "}
          · <Link href="/">Start page · 首页</Link>
        </p>
      </body>
    </html>
  );
}
