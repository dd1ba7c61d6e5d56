import { getTranslations } from "next-intl/server";
import { evidenceUrl } from "@/components/tracker/evidence-list";
import type { ReplyDto } from "@/lib/data/dto";
import { formatDateOnly } from "@/lib/format-date";
import type { ReactNode } from "react";

const linkTo = (href: string) =>
  function FileLink(chunks: ReactNode) {
    return (
      <a href={href} className="underline underline-offset-4">
        {chunks}
      </a>
    );
  };

/** The operator's recorded answers: when, how, what they said, the text as pasted, the file. */
export async function ReplyList({
  replies,
  locale,
  languageTag,
}: {
  replies: ReplyDto[];
  locale: string;
  languageTag: string;
}) {
  const t = await getTranslations({ locale, namespace: "tracker.replies" });
  return (
    <ul className="space-y-3">
      {replies.map((r) => (
        <li key={r.id} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <p className="font-medium">{t(`outcomes.${r.outcome}`)}</p>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {[
              formatDateOnly(r.receivedOn, languageTag),
              t(`channels.${r.channel}`),
              r.reference ? t("referenceShown", { reference: r.reference }) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {r.text ? (
            <blockquote className="mt-2 border-l-2 border-zinc-300 pl-3 whitespace-pre-line dark:border-zinc-700">
              {r.text}
            </blockquote>
          ) : null}
          {r.evidenceId && r.evidenceName ? (
            <p className="mt-2 text-sm">
              {t.rich("file", {
                name: r.evidenceName,
                link: linkTo(evidenceUrl(r.evidenceId, true)),
              })}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
