"use client";

import { useEffect, useState, type ComponentType } from "react";
import { Link } from "@/components/ui/link";
import type { ReportSummary } from "@/lib/reports/summary";
import type LocalizedReportFigures from "./localized-report-figures";
import type { AbstractIntlMessages } from "next-intl";

type Figures = ComponentType<Parameters<typeof LocalizedReportFigures>[0]>;
type Loaded =
  | { state: "loading" }
  | { state: "failed" }
  | { state: "ready"; summary: ReportSummary; Figures: Figures };

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
    // The figures' code (with next-intl's formatter) comes with the figures, not with the page;
    // if either fails to load (a chunk gone after a deploy), the section says so, nothing more.
    Promise.all([
      fetch(`/api/reports/${operator}.json`, { signal: controller.signal }).then((response) =>
        response.ok ? (response.json() as Promise<ReportSummary>) : Promise.reject(response.status),
      ),
      import("./localized-report-figures"),
    ])
      .then(([summary, figures]) =>
        setLoaded({ state: "ready", summary, Figures: figures.default }),
      )
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ state: "failed" });
      });
    return () => controller.abort();
  }, [operator]);

  return (
    <div aria-live="polite" aria-busy={loaded.state === "loading"}>
      {loaded.state === "ready" ? (
        <loaded.Figures
          locale={locale}
          messages={messages}
          summary={loaded.summary}
          languageTag={languageTag}
        />
      ) : loaded.state === "failed" ? (
        <p>{text.couldNotLoad}</p>
      ) : null}
      <p className="mt-3">
        <Link href={`/${locale}/operators/${operator}/reports`}>{text.seeFigures}</Link>
      </p>
    </div>
  );
}
