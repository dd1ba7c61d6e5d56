import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadTrackerPage } from "@/app/[locale]/tracker/_lib/case-page";
import { CopyButton } from "@/components/mdx/copy-button";
import { AccountForm } from "@/components/tracker/account-form";
import { TrackerClientMessages } from "@/components/tracker/client-messages";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { getAccount } from "@/lib/data/account";
import { feedToken } from "@/lib/data/calendar";
import { languageNameOf } from "@/lib/i18n/html-lang";
import { locales } from "@/lib/i18n/locales";
import { reminderKinds } from "@/lib/reminders/kinds";
import { siteUrl } from "@/lib/site-url";
import { calendarFeedAction, updateSettingsAction } from "./actions";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/account">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker.accountPage" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({
  params,
  searchParams,
}: PageProps<"/[locale]/tracker/account">) {
  const { locale, user } = await loadTrackerPage(params);
  const account = getAccount(user.id);
  if (!account) notFound();
  const t = await getTranslations({ locale, namespace: "tracker.accountPage" });
  const tc = await getTranslations({ locale, namespace: "tracker.calendar" });
  const { saved, calendar } = await searchParams;
  const calendarMessage = (["created", "renewed", "revoked"] as const).find((m) => m === calendar);
  const token = feedToken(user.id);
  const feedUrl = token ? new URL(`/api/calendar/${token}.ics`, siteUrl) : null;
  const on = (v: boolean) => (v ? "on" : "");

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mb-6">{t("email", { email: account.email })}</p>
      {saved ? (
        <Notice tone="success" className="mb-4">
          {t("saved")}
        </Notice>
      ) : null}
      <TrackerClientMessages>
        <AccountForm
          action={updateSettingsAction}
          initial={{
            locale: account.locale,
            timeZone: account.timeZone,
            leavingOn: account.leavingOn ?? "",
            remindersEnabled: on(account.remindersEnabled),
            reminderDigest: on(account.reminderDigest),
            ...Object.fromEntries(
              reminderKinds.map((kind) => [
                `kind-${kind}`,
                on(!account.reminderOptOuts.includes(kind)),
              ]),
            ),
          }}
          languages={locales.map((l) => ({ locale: l, name: languageNameOf(l) }))}
          timeZones={Intl.supportedValuesOf("timeZone")}
        />
      </TrackerClientMessages>

      <section aria-labelledby="calendar" className="mt-10">
        <h2 id="calendar" tabIndex={-1} className="mb-2 scroll-mt-4 text-xl font-semibold">
          {tc("title")}
        </h2>
        <p className="mb-3">{tc("intro")}</p>
        {calendarMessage ? (
          <Notice tone="success" className="mb-3">
            {tc(calendarMessage)}
          </Notice>
        ) : null}
        {feedUrl ? (
          <div className="space-y-3">
            <label htmlFor="calendar-url" className="block font-medium">
              {tc("url")}
            </label>
            <p id="calendar-url-hint" className="text-sm text-zinc-700 dark:text-zinc-300">
              {tc("urlHint")}
            </p>
            <input
              id="calendar-url"
              readOnly
              value={feedUrl.href}
              aria-describedby="calendar-url-hint"
              className="block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 font-mono text-sm dark:border-zinc-600 dark:bg-zinc-900"
            />
            <div className="flex flex-wrap items-center gap-4">
              <CopyButton text={feedUrl.href} label={t("copyAddress")} doneLabel={t("copied")} />
              <a
                href={`webcal://${feedUrl.host}${feedUrl.pathname}`}
                className="mt-3 font-medium underline underline-offset-4"
              >
                {tc("subscribe")}
              </a>
            </div>
            <div className="flex flex-wrap gap-3">
              {(["renew", "revoke"] as const).map((change) => (
                <form key={change} action={calendarFeedAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="change" value={change} />
                  <Button variant={change === "revoke" ? "danger" : "secondary"}>
                    {tc(change)}
                  </Button>
                </form>
              ))}
            </div>
          </div>
        ) : (
          <form action={calendarFeedAction}>
            <p className="mb-3 text-zinc-700 dark:text-zinc-300">{tc("none")}</p>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="change" value="renew" />
            <Button variant="secondary">{tc("create")}</Button>
          </form>
        )}
      </section>

      <section aria-labelledby="your-data" className="mt-10">
        <h2 id="your-data" className="mb-2 text-xl font-semibold">
          {t("yourData")}
        </h2>
        <p className="mb-3">{t("exportIntro")}</p>
        <p className="flex flex-col gap-2">
          <a
            href="/api/account/export"
            download
            className="font-medium underline underline-offset-4"
          >
            {t("export")}
          </a>
          <a
            href="/api/account/export/csv"
            download
            className="font-medium underline underline-offset-4"
          >
            {tc("export")}
          </a>
          <a
            href="/api/account/export/xlsx"
            download
            className="font-medium underline underline-offset-4"
          >
            {tc("exportXlsx")}
          </a>
        </p>
        <p className="mt-6">
          <Link
            href={`/${locale}/tracker/account/delete`}
            className="font-medium text-red-700 underline underline-offset-4 dark:text-red-300"
          >
            {t("delete")}
          </Link>
        </p>
      </section>
    </>
  );
}
