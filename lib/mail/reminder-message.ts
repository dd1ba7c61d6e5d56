import { createElement } from "react";
import ReminderEmail, { type ReminderItem } from "@/emails/reminder-email";
import { renderEmail } from "@/emails/render-email";
import { complaintsGuideSlug } from "@/lib/content/guide-slugs";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { translatorFor } from "@/lib/i18n/translator";
import type { MailMessage } from "@/lib/mail/send-mail";
import { followUpNumber, isAfterChase } from "@/lib/reminders/derive";
import { followUp, type ReminderKind } from "@/lib/reminders/kinds";
import { siteUrl } from "@/lib/site-url";
import { daysBetween, todayIn } from "@/lib/tracker/dates";
import { maskPhone } from "@/lib/tracker/phone";
import { unsubscribeToken } from "./unsubscribe-token";

export type ReminderToSend = {
  kind: ReminderKind;
  anchor: string;
  /** For "before the end": the checklist items that apply to this case and are still open. */
  openItems: string[];
  /** The next reminder this case will send if nothing changes, or null. */
  next: { kind: ReminderKind; dueOn: string } | null;
  case: {
    id: string;
    provider: string;
    providerLabel: string;
    phoneNumber: string;
    status: string;
    submittedOn: string | null;
    endsOn: string | null;
  };
};
export type Recipient = { id: string; email: string; locale: string; timeZone: string };

const url = (path: string) => new URL(path, siteUrl).toString();

/**
 * The e-mail for one reminder, or a digest of several, in the user's language: what to do and
 * why it was sent now, the case with the number masked, links that act on the case (each asks to
 * sign in and confirm), when the next reminder comes, and one-click unsubscribe (RFC 8058).
 */
export async function reminderMessage(
  user: Recipient,
  items: ReminderToSend[],
  now: number,
): Promise<Omit<MailMessage, "messageId">> {
  const t = translatorFor(user.locale, "reminderEmail");
  const tracker = translatorFor(user.locale, "tracker");
  const lang = htmlLangOf(user.locale);
  const date = (d: string | null) => (d ? formatDateOnly(d, lang) : "—");
  const today = todayIn(user.timeZone, new Date(now));
  const base = `/${user.locale}`;

  const rendered: ReminderItem[] = items.map(({ kind, anchor, openItems, next, case: c }) => {
    const name = c.providerLabel;
    const casePath = `${base}/tracker/${c.id}`;
    const waited = c.submittedOn ? daysBetween(c.submittedOn, today) : 0;
    const daysLeft = c.endsOn ? Math.max(0, daysBetween(today, c.endsOn)) : 0;
    const actions: ReminderItem["actions"] = [];
    if (kind === "follow-up") {
      actions.push({
        label: t("gotConfirmation"),
        href: url(`${casePath}/confirm`),
        primary: true,
      });
      // Straight to the letter the case calls for next: a chase, or after a chase a complaint.
      const letter = isAfterChase(anchor) ? "operator-complaint" : "chase";
      actions.push({
        label: t(`prepareLetter.${letter}`),
        href: url(`${casePath}/letters/new/${letter}`),
        primary: false,
      });
    }
    if (kind === "final-bill") {
      actions.push({
        label: t("billCorrect"),
        href: url(`${casePath}/final-bill?outcome=correct`),
        primary: true,
      });
      actions.push({
        label: t("billDisputed"),
        href: url(`${casePath}/final-bill?outcome=disputed`),
        primary: false,
      });
    }
    actions.push({ label: t("open"), href: url(casePath), primary: actions.length === 0 });
    actions.push({ label: t("snooze"), href: url(`${casePath}/snooze`), primary: false });
    const complain =
      kind === "follow-up" &&
      (isAfterChase(anchor) ||
        waited >= followUp.complainFromDays ||
        followUpNumber(anchor) >= followUp.maxCount);
    return {
      heading: `${name} · ${maskPhone(c.phoneNumber)}`,
      body: t(`body.${kind}`, {
        name,
        submittedOn: date(c.submittedOn),
        endsOn: date(c.endsOn),
        days: waited,
        daysLeft,
      }),
      list: openItems.map((item) => tracker(`checklist.${item}` as Parameters<typeof tracker>[0])),
      extra: complain
        ? {
            text: t("complain", { name }),
            links: [
              { label: t("complainGuide"), href: url(`${base}/guides/${complaintsGuideSlug}`) },
              { label: t("bknGuide"), href: url(`${base}/guides/${complaintsGuideSlug}#bkn`) },
            ],
          }
        : undefined,
      summary: [
        { label: t("summary.operator"), value: name },
        { label: t("summary.number"), value: maskPhone(c.phoneNumber) },
        {
          label: t("summary.status"),
          value: tracker(`status.${c.status}` as Parameters<typeof tracker>[0]),
        },
        { label: t("summary.submittedOn"), value: date(c.submittedOn) },
        { label: t("summary.endsOn"), value: date(c.endsOn) },
      ],
      actions,
      why: t(`why.${kind}`, { n: followUpNumber(anchor), of: followUp.maxCount }),
      next: next
        ? t("next", {
            date: date(next.dueOn),
            kind: tracker(`reminders.kind.${next.kind}` as Parameters<typeof tracker>[0]),
          })
        : t("noNext"),
    };
  });

  const single = items.length === 1 ? items[0]! : null;
  const daysLeft = single?.case.endsOn ? Math.max(0, daysBetween(today, single.case.endsOn)) : 0;
  const subject = single
    ? t(`subject.${single.kind}`, { name: single.case.providerLabel, days: daysLeft })
    : t("digestSubject", { count: items.length });
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
        why: t("footerWhy"),
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
    headers: {
      "List-Unsubscribe": `<${oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
