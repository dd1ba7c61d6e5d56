"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { ReportSummary } from "@/lib/reports/summary";
import { defaultTimeZone } from "@/lib/tracker/dates";
import { ReportFigures } from "./report-figures";

/**
 * The figures with their own catalog part, loaded by ReaderReportsIsland only once there are
 * figures to show: next-intl's client formatter (~12 KiB gz) stays out of the operator guide's
 * first load.
 */
export default function LocalizedReportFigures({
  locale,
  messages,
  summary,
  languageTag,
}: {
  locale: string;
  messages: AbstractIntlMessages;
  summary: ReportSummary;
  languageTag: string;
}) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={defaultTimeZone}>
      <ReportFigures summary={summary} languageTag={languageTag} />
    </NextIntlClientProvider>
  );
}
