import { createElement } from "react";
import ReminderEmail, { type ReminderItem } from "@/emails/reminder-email";
import { renderEmail } from "@/emails/render-email";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { translatorFor } from "@/lib/i18n/translator";
import type { MailMessage } from "@/lib/mail/send-mail";
import { siteUrl } from "@/lib/site-url";
import { daysBetween, todayIn } from "@/lib/tracker/dates";
import { maskPhone } from "@/lib/tracker/phone";
import { followUpNumber } from "./derive";
import { followUp, type ReminderKind } from "./kinds";
import { unsubscribeToken } from "./unsubscribe-token";

export type ReminderToSend = {
  kind: ReminderKind;
  anchor: string;
  case: { id: string; providerLabel: string; phoneNumber: string; status: string; submittedOn: string | null; endsOn: string | null };
};
export type Recipient = { id: string; email: string; locale: string; timeZone: string };

const url = (path: string) => new URL(path, siteUrl).toString();

/**
 * The e-mail for one reminder, or a digest of several, in the user's language: what to do, the
 * case summary with the number masked, links that act on the case, and one-click unsubscribe
 * (RFC 8058) for this kind of reminder or for all of them.
 */
export async function reminderMessage(user: Recipient, items: ReminderToSend[], now: number): Promise<MailMessage> {
  const t = translatorFor(user.locale, "reminderEmail");
  const status = translatorFor(user.locale, "tracker");
  const lang = htmlLangOf(user.locale);
  const date = (d: string | null) => (d ? formatDateOnly(d, lang) : "—");
  const today = todayIn(user.timeZone, new Date(now));
  const base = `/${user.locale}`;

  const rendered: ReminderItem[] = items.map(({ kind, anchor, case: c }) => {
    const name = c.providerLabel;
    const caseLink = url(`${base}/tracker/${c.id}`);
    const actions = [{ label: t("open"), href: caseLink, primary: kind !== "follow-up" }];
    if (kind === "follow-up") actions.unshift({ label: t("gotConfirmation"), href: url(`${base}/tracker/${c.id}/confirm`), primary: true });
    actions.push({ label: t("snooze"), href: url(`${base}/tracker/${c.id}/snooze`), primary: false });
    const waited = c.submittedOn ? daysBetween(c.submittedOn, today) : 0;
    const complain = kind === "follow-up" && (waited >= followUp.complainFromDays || followUpNumber(anchor) >= followUp.maxCount);
    return {
      heading: `${name} · ${maskPhone(c.phoneNumber)}`,
      body: t(`body.${kind}`, { name, submittedOn: date(c.submittedOn), endsOn: date(c.endsOn), days: waited }),
      extra: complain
        ? { text: t("complain"), links: [{ label: t("complainGuide"), href: url(`${base}/guides/complaints`) }, { label: t("bknGuide"), href: url(`${base}/guides/complaints#bkn`) }] }
        : undefined,
      summary: [
        { label: t("summary.operator"), value: name },
        { label: t("summary.number"), value: maskPhone(c.phoneNumber) },
        { label: t("summary.status"), value: status(`status.${c.status}` as Parameters<typeof status>[0]) },
        { label: t("summary.submittedOn"), value: date(c.submittedOn) },
        { label: t("summary.endsOn"), value: date(c.endsOn) },
      ],
      actions,
    };
  });

  const single = items.length === 1 ? items[0]! : null;
  const subject = single ? t(`subject.${single.kind}`, { name: single.case.providerLabel }) : t("digestSubject", { count: items.length });
  const scope = single?.kind ?? "all";
  const oneClick = url(`/api/unsubscribe?token=${unsubscribeToken(user.id, scope)}`);
  const stopAll = url(`/api/unsubscribe?token=${unsubscribeToken(user.id, "all")}`);
  const { html, text } = await renderEmail(
    createElement(ReminderEmail, {
      lang,
      preview: subject,
      title: subject,
      items: rendered,
      footer: {
        why: t("why"),
        stopThis: single ? { label: t(`stopKind.${single.kind}`), href: oneClick } : undefined,
        stopAll: { label: t("stopAll"), href: stopAll },
        settings: { label: t("settings"), href: url(`${base}/tracker/account`) },
      },
    }),
  );
  return {
    to: { address: user.email },
    subject,
    html,
    text,
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
