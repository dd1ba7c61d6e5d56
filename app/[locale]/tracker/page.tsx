import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProgressLine } from "@/components/tracker/progress-line";
import { StatusBadge } from "@/components/tracker/status-badge";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { generalGuideSlug } from "@/lib/content/guide-slugs";
import { userToday } from "@/lib/data/account";
import { storedBasis } from "@/lib/data/case-model-columns";
import { listCasePage } from "@/lib/data/cases";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { modelOn } from "@/lib/tracker/case-model";
import { maskPhone } from "@/lib/tracker/phone";
import { progressSteps } from "@/lib/tracker/progress";
import { providerName } from "@/lib/tracker/providers";
import { statuses } from "@/lib/tracker/status";
import { loadTrackerPage } from "./_lib/case-page";
import { privatePageMetadata } from "./_lib/private-metadata";
import { providerOptions } from "./_lib/view";
import type { Metadata } from "next";

/** Cases per page: what needs attention comes first, so the first page is the one that matters. */
const pageSize = 25;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker">): Promise<Metadata> {
  return privatePageMetadata(params, "title");
}

export default async function TrackerPage({
  params,
  searchParams,
}: PageProps<"/[locale]/tracker">) {
  const { locale, user } = await loadTrackerPage(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  const today = userToday(user.id);
  const { status: rawFilter, deleted, notFound: missing, page: rawPage } = await searchParams;
  const filter = statuses.find((s) => s === rawFilter);
  const options = await providerOptions();
  const requested = Number.parseInt(typeof rawPage === "string" ? rawPage : "1", 10) || 1;
  const { cases, counts, total, page, pages } = listCasePage(user.id, {
    today,
    status: filter,
    page: requested,
    pageSize,
  });
  // The case model as stored with each case (the list has no letters at hand).
  const shown = cases.map((c) => {
    const basis = storedBasis(c);
    return { ...c, basis, model: modelOn(c, basis, today) };
  });
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const tag = htmlLangOf(locale);
  const pageHref = (n: number) =>
    `/${locale}/tracker?${new URLSearchParams({ ...(filter ? { status: filter } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <LinkButton href={`/${locale}/tracker/new`}>{t("newCase")}</LinkButton>
      </div>
      {deleted ? (
        <Notice tone="success" className="mb-4">
          {t("deleted")}
        </Notice>
      ) : null}
      {missing ? (
        <Notice tone="error" urgent className="mb-4">
          {t("notFound")}
        </Notice>
      ) : null}

      {all === 0 ? (
        <section className="rounded-lg border border-dashed border-zinc-400 p-6 dark:border-zinc-600">
          <h2 className="text-xl font-semibold">{t("empty.title")}</h2>
          <p className="mt-2">{t("empty.body")}</p>
          <p className="mt-4 flex flex-wrap gap-4">
            <Link
              href={`/${locale}/tracker/new`}
              className="font-medium underline underline-offset-4"
            >
              {t("empty.create")}
            </Link>
            <Link
              href={`/${locale}/guides/${generalGuideSlug}`}
              className="font-medium underline underline-offset-4"
            >
              {t("empty.guide")}
            </Link>
          </p>
        </section>
      ) : (
        <>
          <nav aria-label={t("filter")} className="mb-4">
            <ul className="flex flex-wrap gap-2 text-sm">
              {[undefined, ...statuses].map((s) => (
                <li key={s ?? "all"}>
                  <Link
                    href={s ? `/${locale}/tracker?status=${s}` : `/${locale}/tracker`}
                    aria-current={s === filter ? "page" : undefined}
                    className="rounded-full border border-zinc-300 px-3 py-1 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white dark:border-zinc-700 dark:aria-[current=page]:bg-zinc-100 dark:aria-[current=page]:text-zinc-900"
                  >
                    {s ? t(`status.${s}`) : t("all")} ({s ? counts[s] : all})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {shown.length === 0 ? <p>{t("noneWithStatus")}</p> : null}
          <ul className="space-y-3">
            {shown.map((c) => (
              <li key={c.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link
                    href={`/${locale}/tracker/${c.id}`}
                    className="text-lg font-semibold underline underline-offset-4"
                  >
                    {providerName(c, options)} · {maskPhone(c.phoneNumber)}
                  </Link>
                  <span className="flex items-center gap-2">
                    {c.model.overdue ? <Badge tone="alert">{t("overdue")}</Badge> : null}
                    <StatusBadge status={c.status} label={t(`status.${c.status}`)} />
                  </span>
                </div>
                <div className="mt-3">
                  <ProgressLine
                    steps={progressSteps(c, c.basis, today)}
                    locale={locale}
                    languageTag={tag}
                    compact
                  />
                </div>
                <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-zinc-600 dark:text-zinc-400">{t("waitingOnLabel")}</dt>
                  <dd>{t(`waitingOn.${c.model.waitingOn}`)}</dd>
                  <dt className="text-zinc-600 dark:text-zinc-400">{t("nextDeadline")}</dt>
                  <dd>
                    {c.model.next
                      ? t(`deadline.${c.model.next.kind}`, {
                          date: formatDateOnly(c.model.next.on, tag),
                        })
                      : t("noDeadline")}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav
              aria-label={t("pagination.label")}
              className="mt-6 flex flex-wrap items-center gap-4"
            >
              {page > 1 ? (
                <Link href={pageHref(page - 1)} className="underline underline-offset-4">
                  {t("pagination.previous")}
                </Link>
              ) : null}
              <span>{t("pagination.position", { page, pages, count: total })}</span>
              {page < pages ? (
                <Link href={pageHref(page + 1)} className="underline underline-offset-4">
                  {t("pagination.next")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
