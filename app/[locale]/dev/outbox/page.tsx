import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { env } from "@/core/env";
import { isLocale } from "@/lib/i18n/locales";
import { readOutbox } from "@/lib/mail/outbox";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Dev outbox", robots: { index: false } };

/**
 * Development only: the e-mails the app "sent" while no SMTP server is configured, newest first,
 * so a newcomer can click their sign-in link. A developer tool, so it is not translated.
 */
export default async function DevOutboxPage({ params }: PageProps<"/[locale]/dev/outbox">) {
  const { locale } = await params;
  if (env.NODE_ENV === "production" || !isLocale(locale)) notFound();
  setRequestLocale(locale);
  const messages = readOutbox();
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Dev outbox</h1>
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">
        Messages written to <code>{env.OUTBOX_DIR}</code> because <code>SMTP_URL</code> is not set.
        Newest first.
      </p>
      {messages.length === 0 ? <p>No messages yet.</p> : null}
      <ol className="space-y-6">
        {messages.map((m) => (
          <li key={m.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {m.sentAt} · to {m.to.address}
            </p>
            <h2 className="text-lg font-semibold">{m.subject}</h2>
            <ul className="my-2 space-y-1">
              {[...new Set(m.text.match(/https?:\/\/[^\s)\]]+/g) ?? [])].map((url) => (
                <li key={url}>
                  <a href={url} className="font-medium break-all underline">
                    {url}
                  </a>
                </li>
              ))}
            </ul>
            <pre className="overflow-x-auto text-sm break-words whitespace-pre-wrap">{m.text}</pre>
          </li>
        ))}
      </ol>
    </>
  );
}
