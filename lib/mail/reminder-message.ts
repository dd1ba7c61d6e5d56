import { createElement } from "react";
import ReminderEmail, { type ReminderItem } from "@/emails/reminder-email";
import { renderEmail } from "@/emails/render-email";
import { complaintsGuideSlug } from "@/lib/content/guide-slugs";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { translatorFor } from "@/lib/i18n/translator";
import type { MailMessage } from "@/lib/mail/send-mail";
import { followUpNumber } from "@/lib/reminders/derive";
import { followUp, type ReminderKind } from "@/lib/reminders/kinds";
import { siteUrl } from "@/lib/site-url";
import type { NextAction, NumberStopsReason } from "@/lib/tracker/case-model";
import { daysBetween, todayIn } from "@/lib/tracker/dates";
import { maskPhone } from "@/lib/tracker/phone";
import { unsubscribeToken } from "./unsubscribe-token";

export type ReminderToSend = {
  kind: ReminderKind;
  anchor: string;
  /** For "before the end": the checklist items that apply to this case and are still open. */
  openItems: string[];
  /** The case model's next step when the reminder is sent: a chase, or a complaint. */
  nextAction: NextAction;
  /** The model's dates the reminder is about: when the number may stop (and why), send-by. */
  dates: {
    numberStops: { on: string; reason: NumberStopsReason } | null;
    sendBy: string | null;
  };
  /** The next reminder this case will send if nothing changes, or null. */
  next: { kind: ReminderKind; dueOn: string } | null;
  case: {
    id: string;
    provider: string;
    /** The operator's name (sentences name it: "Ask Telenor in writing…"). */
    providerLabel: string;
    /** The user's own name for the line, if any: in the subject, heading and summary. */
    nickname: string | null;
    phoneNumber: string;
    status: string;
    submittedOn: string | null;
    endsOn: string | null;
  };
};
export type Recipient = { id: string; email: string; locale: string; timeZone: string };

const url = (path: string) => new URL(path, siteUrl).toString();

/**
 * The date a reminder is about, from its anchor: the day the number stops (before-end: the end
 * date, or the user's done-by date), or the last day to send (send-by); else the case's end.
 */
function aboutDate({ kind, anchor, dates, case: c }: ReminderToSend): {
  on: string | null;
  doneBy: boolean;
} {
  if (kind === "before-end") {
    const stops = dates.numberStops;
    const doneBy =
      stops?.on === anchor && (stops.reason === "done-by" || stops.reason === "leaving");
    return { on: anchor, doneBy };
  }
  if (kind === "send-by") return { on: dates.sendBy, doneBy: false };
  return { on: c.endsOn, doneBy: false };
}

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
  const singleSubject = (item: ReminderToSend) => {
    const about = aboutDate(item);
    const days = about.on ? Math.max(0, daysBetween(today, about.on)) : 0;
    const name = item.case.providerLabel;
    const subject = about.doneBy
      ? t("doneBy.subject", { name, days })
      : t(`subject.${item.kind}`, { name, days, date: date(about.on) });
    // Which of a family's lines it is about, at a glance in the inbox.
    return item.case.nickname ? `${subject} · ${item.case.nickname}` : subject;
  };

  const rendered: ReminderItem[] = items.map((item) => {
    const { kind, anchor, openItems, next, nextAction, case: c } = item;
    const name = c.providerLabel;
    const casePath = `${base}/tracker/${c.id}`;
    const waited = c.submittedOn ? daysBetween(c.submittedOn, today) : 0;
    const about = aboutDate(item);
    const actions: ReminderItem["actions"] = [];
    if (kind === "follow-up") {
      actions.push({
        label: t("gotConfirmation"),
        href: url(`${casePath}/confirm`),
        primary: true,
      });
      // Straight to the letter the case model calls for next: a chase, or (after a chase's
      // days, or three weeks of silence) a complaint.
      const letter = nextAction === "complain" ? "operator-complaint" : "chase";
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
    // How to complain: when the model says it is time, and with the last follow-up in any case.
    const complain =
      kind === "follow-up" &&
      (nextAction === "complain" || followUpNumber(anchor) >= followUp.maxCount);
    return {
      heading: [c.nickname, name, maskPhone(c.phoneNumber)].filter(Boolean).join(" · "),
      body: about.doneBy
        ? t("doneBy.body", { name, date: date(about.on) })
        : t(`body.${kind}`, {
            name,
            submittedOn: date(c.submittedOn),
            endsOn: date(kind === "before-end" ? about.on : c.endsOn),
            date: date(about.on),
            days: waited,
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
        ...(c.nickname ? [{ label: t("summary.nickname"), value: c.nickname }] : []),
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
      why: about.doneBy
        ? t("doneBy.why")
        : t(`why.${kind}`, { n: followUpNumber(anchor), of: followUp.maxCount }),
      next: next
        ? t("next", {
            date: date(next.dueOn),
            kind: tracker(`reminders.kind.${next.kind}` as Parameters<typeof tracker>[0]),
          })
        : t("noNext"),
    };
  });

  const single = items.length === 1 ? items[0]! : null;
  const subject = single ? singleSubject(single) : t("digestSubject", { count: items.length });
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
