"use client";

import Link from "next/link";
import { lazy, Suspense, useEffect, useState } from "react";
import type { ReportSummary } from "@/lib/reports/summary";
import type { AbstractIntlMessages } from "next-intl";

// Loaded with the first figures, not with the page (see LocalizedReportFigures).
const LocalizedReportFigures = lazy(() => import("./localized-report-figures"));

type Loaded =
  { state: "loading" } | { state: "failed" } | { state: "ready"; summary: ReportSummary };

type ReaderReportsProps = {
  operator: string;
  locale: string;
  languageTag: string;
  /** The catalog part the figures use. */
  messages: AbstractIntlMessages;
  text: { couldNotLoad: string; seeFigures: string };
};

/**
 * The readers' reports on an operator's guide. The guide is prerendered (and its inline scripts
 * allowed by hash), so the figures, which change as readers share, are fetched from the public
 * JSON after load instead of being rendered into the page. Without JavaScript the link leads to
 * the same figures rendered by the server. Its own words come formatted from the server.
 */
export function ReaderReportsIsland({
  operator,
  locale,
  languageTag,
  messages,
  text,
}: ReaderReportsProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/reports/${operator}.json`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((summary: ReportSummary) => setLoaded({ state: "ready", summary }))
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ state: "failed" });
      });
    return () => controller.abort();
  }, [operator]);

  return (
    <div aria-live="polite" aria-busy={loaded.state === "loading"}>
      {loaded.state === "ready" ? (
        <Suspense fallback={null}>
          <LocalizedReportFigures
            locale={locale}
            messages={messages}
            summary={loaded.summary}
            languageTag={languageTag}
          />
        </Suspense>
      ) : loaded.state === "failed" ? (
        <p>{text.couldNotLoad}</p>
      ) : null}
      <p className="mt-3">
        <Link href={`/${locale}/operators/${operator}/reports`} prefetch={false}>
          {text.seeFigures}
        </Link>
      </p>
    </div>
  );
}
