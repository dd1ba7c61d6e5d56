import type { Metadata } from "next";
import { privatePageMetadata } from "@/lib/tracker/private-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/tracker/status-badge";
import { TrackerNav } from "@/components/tracker/tracker-nav";
import { userToday } from "@/lib/data/account";
import { listCases } from "@/lib/data/cases";
import { requireUser } from "@/lib/data/session";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { isLocale } from "@/lib/i18n/locales";
import { byAttention } from "@/lib/tracker/attention";
import { maskPhone } from "@/lib/tracker/phone";
import { statuses, type Status } from "@/lib/tracker/status";
import { providerName, providerOptions } from "@/lib/tracker/view";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracker">): Promise<Metadata> {
  return privatePageMetadata(params, "title");
}

export default async function TrackerPage({ params, searchParams }: PageProps<"/[locale]/tracker">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "tracker" });
  const today = userToday(user.id);
  const { status: rawFilter, deleted } = await searchParams;
  const filter = statuses.find((s) => s === rawFilter) as Status | undefined;
  const options = await providerOptions();
  const all = byAttention(listCases(user.id), today);
  const shown = filter ? all.filter((c) => c.status === filter) : all;
  const tag = htmlLangOf(locale);

  return (
    <>
      <TrackerNav locale={locale} email={user.email} />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <Link href={`/${locale}/tracker/new`} className="rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800">
          {t("newCase")}
        </Link>
      </div>
      {deleted ? <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">{t("deleted")}</p> : null}

      {all.length === 0 ? (
        <section className="rounded-lg border border-dashed border-zinc-400 p-6 dark:border-zinc-600">
          <h2 className="text-xl font-semibold">{t("empty.title")}</h2>
          <p className="mt-2">{t("empty.body")}</p>
          <p className="mt-4 flex flex-wrap gap-4">
            <Link href={`/${locale}/tracker/new`} className="font-medium underline underline-offset-4">{t("empty.create")}</Link>
            <Link href={`/${locale}/guides/cancel-mobile-subscription`} className="font-medium underline underline-offset-4">{t("empty.guide")}</Link>
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
                    {s ? t(`status.${s}`) : t("all")}
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
                  <Link href={`/${locale}/tracker/${c.id}`} className="text-lg font-semibold underline underline-offset-4">
                    {providerName(c, options)} · {maskPhone(c.phoneNumber)}
                  </Link>
                  <span className="flex items-center gap-2">
                    {c.overdue ? <span className="rounded-full bg-red-700 px-2.5 py-0.5 text-sm font-semibold text-white">{t("overdue")}</span> : null}
                    <StatusBadge status={c.status} label={t(`status.${c.status}`)} />
                  </span>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-zinc-600 dark:text-zinc-400">{t("waitingOnLabel")}</dt>
                  <dd>{t(`waitingOn.${c.waitingOn}`)}</dd>
                  <dt className="text-zinc-600 dark:text-zinc-400">{t("submittedOn")}</dt>
                  <dd>{c.submittedOn ? formatDateOnly(c.submittedOn, tag) : t("notYet")}</dd>
                  <dt className="text-zinc-600 dark:text-zinc-400">{t("nextDeadline")}</dt>
                  <dd>{c.deadline ? t(`deadline.${c.deadline.kind}`, { date: formatDateOnly(c.deadline.on, tag) }) : t("noDeadline")}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
