import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { DIGEST_SLOT } from "@/components/layout/error-page-text";
import { ErrorPageTextProvider } from "@/components/layout/error-page-text-provider";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import ErrorPage from "./error";

// The error boundaries render when a page throws; these check what the reader then gets: the
// message in their language, a retry button and a link home in the same locale.
const failure = Object.assign(new Error("database is locked"), { digest: "4242" });

// The strings as the layout hands them over (formatted on the server, the digest left open).
function render(locale: "en" | "zh", messages: typeof en) {
  const { title, body, retry, home, reference } = messages.errorPage;
  const text = {
    title,
    body,
    retry,
    home,
    homeHref: `/${locale}`,
    reference: reference.replace("{digest}", DIGEST_SLOT),
  };
  return renderToStaticMarkup(
    <ErrorPageTextProvider text={text}>
      <ErrorPage error={failure} reset={() => {}} />
    </ErrorPageTextProvider>,
  );
}

describe("error boundary", () => {
  it.each([
    ["en", en, "Try again"],
    ["zh", zh, "重试"],
  ] as const)(
    "speaks %s, offers a retry and a way home, and hides the internal message",
    (locale, messages, retry) => {
      const html = render(locale, messages);
      expect(html).toContain(messages.errorPage.title);
      expect(html).toContain(`>${retry}</button>`);
      expect(html).toContain(`href="/${locale}"`);
      expect(html).toContain(messages.errorPage.reference.replace("{digest}", "4242"));
      expect(html).not.toContain("database is locked");
    },
  );

  it("global error works without catalogs, in both languages", () => {
    const html = renderToStaticMarkup(<GlobalError error={failure} reset={() => {}} />);
    expect(html).toContain("Something went wrong");
    expect(html).toContain("出了点问题");
    expect(html).toContain('href="/"');
    expect(html).not.toContain("database is locked");
  });
});
