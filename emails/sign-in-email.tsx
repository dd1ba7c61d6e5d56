import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Html,
  Preview,
  Text,
} from "@react-email/components";

export type SignInEmailProps = {
  url: string;
  /** The one-time code, spaced for reading ("1234 5678"). */
  code: string;
  lang: string;
  strings: {
    preview: string;
    heading: string;
    body: string;
    button: string;
    codeIntro: string;
    expires: string;
    ignore: string;
  };
};

/** The magic-link message. Props in, markup out: no data access here. */
export default function SignInEmail({ url, code, lang, strings }: SignInEmailProps) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{strings.preview}</Preview>
      <Body
        style={{
          fontFamily:
            "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', sans-serif",
          backgroundColor: "#f4f4f5",
        }}
      >
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "520px" }}>
          <Heading as="h1" style={{ fontSize: "22px" }}>
            {strings.heading}
          </Heading>
          <Text>{strings.body}</Text>
          <Button
            href={url}
            style={{
              backgroundColor: "#0369a1",
              color: "#ffffff",
              padding: "12px 20px",
              borderRadius: "6px",
              fontWeight: 600,
            }}
          >
            {strings.button}
          </Button>
          <Text>{strings.codeIntro}</Text>
          <Text
            style={{
              fontSize: "28px",
              fontWeight: 700,
              letterSpacing: "4px",
              fontFamily: "ui-monospace, Menlo, Consolas, monospace",
            }}
          >
            {code}
          </Text>
          <Text style={{ color: "#52525b", fontSize: "14px" }}>{strings.expires}</Text>
          <Text style={{ color: "#52525b", fontSize: "14px" }}>{strings.ignore}</Text>
        </Container>
      </Body>
    </Html>
  );
}

SignInEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/nodemailer?token=preview",
  code: "1234 5678",
  lang: "en",
  strings: {
    preview: "Your sign-in link for Si opp",
    heading: "Sign in to Si opp",
    body: "Click the button to sign in. The link works once.",
    button: "Sign in",
    codeIntro: "Or type this code on the page where you asked for the link:",
    expires: "The link and the code expire in 24 hours.",
    ignore: "If you did not ask for this, ignore this e-mail.",
  },
} satisfies SignInEmailProps;
