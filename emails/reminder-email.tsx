import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";

export type ReminderItem = {
  heading: string;
  body: string;
  /** Items to do (the open checklist items before the service ends). */
  list?: string[];
  /** Why this reminder comes now, and when the next one will. */
  why: string;
  next: string;
  extra?: { text: string; links: { label: string; href: string }[] };
  summary: { label: string; value: string }[];
  actions: { label: string; href: string; primary?: boolean }[];
};

export type ReminderEmailProps = {
  lang: string;
  preview: string;
  title: string;
  items: ReminderItem[];
  footer: {
    why: string;
    stopThis?: { label: string; href: string };
    stopAll: { label: string; href: string };
    settings: { label: string; href: string };
  };
};

const font =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** One reminder, or a daily digest of several: props in, markup out. */
export default function ReminderEmail({ lang, preview, title, items, footer }: ReminderEmailProps) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ fontFamily: font, backgroundColor: "#f4f4f5" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "560px" }}>
          <Heading as="h1" style={{ fontSize: "22px" }}>
            {title}
          </Heading>
          {items.map((item, index) => (
            <Section key={index} style={{ marginTop: "16px" }}>
              {items.length > 1 ? (
                <Heading as="h2" style={{ fontSize: "18px" }}>
                  {item.heading}
                </Heading>
              ) : null}
              <Text>{item.body}</Text>
              {item.list && item.list.length > 0 ? (
                <ul>
                  {item.list.map((entry) => (
                    <li key={entry}>{entry}</li>
                  ))}
                </ul>
              ) : null}
              {item.extra ? (
                <Text>
                  {item.extra.text}{" "}
                  {item.extra.links.map((l, i) => (
                    <span key={l.href}>
                      {i > 0 ? " · " : ""}
                      <Link href={l.href}>{l.label}</Link>
                    </span>
                  ))}
                </Text>
              ) : null}
              <Text style={{ backgroundColor: "#f4f4f5", padding: "8px 12px" }}>
                {item.summary.map((s) => (
                  <span key={s.label}>
                    {s.label}: {s.value}
                    <br />
                  </span>
                ))}
              </Text>
              <Text style={{ color: "#52525b", fontSize: "14px" }}>
                {item.why}
                <br />
                {item.next}
              </Text>
              {item.actions.map((a) => (
                // One block per action, so the plain-text part puts each link on its own line.
                <div key={a.href} style={{ marginBottom: "8px" }}>
                  <Button
                    href={a.href}
                    style={
                      a.primary
                        ? {
                            backgroundColor: "#0369a1",
                            color: "#ffffff",
                            padding: "10px 16px",
                            borderRadius: "6px",
                            fontWeight: 600,
                          }
                        : { color: "#0369a1", padding: "6px 0", textDecoration: "underline" }
                    }
                  >
                    {a.label}
                  </Button>
                </div>
              ))}
            </Section>
          ))}
          <Hr />
          <Text style={{ color: "#52525b", fontSize: "13px" }}>
            {footer.why}{" "}
            {footer.stopThis ? (
              <>
                <Link href={footer.stopThis.href}>{footer.stopThis.label}</Link> ·{" "}
              </>
            ) : null}
            <Link href={footer.stopAll.href}>{footer.stopAll.label}</Link> ·{" "}
            <Link href={footer.settings.href}>{footer.settings.label}</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

ReminderEmail.PreviewProps = {
  lang: "en",
  preview: "No confirmation from Telenor yet",
  title: "No confirmation from Telenor yet",
  items: [
    {
      heading: "Telenor · +47 ••••• 567",
      body: "You sent your cancellation on 1 November 2026 and have not recorded a confirmation.",
      summary: [{ label: "Status", value: "Sent, waiting for confirmation" }],
      why: "Why now: you have not recorded a confirmation (reminder 1 of 3).",
      next: "Next reminder: 15 Nov 2026 (Follow-up if not confirmed), unless you record the change first.",
      actions: [
        {
          label: "I got the confirmation",
          href: "http://localhost:3000/en/tracker/x/confirm",
          primary: true,
        },
      ],
    },
  ],
  footer: {
    why: "You get this because reminders are on for your cancellations.",
    stopAll: { label: "Stop all reminders", href: "http://localhost:3000/api/unsubscribe?token=x" },
    settings: { label: "Settings", href: "http://localhost:3000/en/tracker/account" },
  },
} satisfies ReminderEmailProps;
