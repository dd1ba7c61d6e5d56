import { describe, expect, it } from "vitest";
import { localeOfMagicLink, signInMessage } from "./sign-in-email";

const link = (callback: string) =>
  `http://127.0.0.1:3100/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent(callback)}&token=abc&email=a%40example.test`;

describe("the magic-link e-mail", () => {
  it("is written in the language the reader was using", async () => {
    expect(localeOfMagicLink(link("http://127.0.0.1:3100/zh/tracker"))).toBe("zh");
    expect(localeOfMagicLink(link("/en/tracker/new"))).toBe("en");
    expect(localeOfMagicLink("not a url")).toBe("en");

    const zh = await signInMessage(
      { address: "a@example.test" },
      link("http://127.0.0.1:3100/zh/tracker"),
      "01234567",
    );
    expect(zh.subject).toBe("你的 Si opp 登录链接");
    expect(zh.html).toContain('lang="zh-Hans"');
    expect(zh.text).toContain("登录");
    expect(zh.text).toContain("0123 4567");
  });

  it("carries the link and the code in both the HTML and the plain-text part", async () => {
    const url = link("/en/tracker");
    const en = await signInMessage({ address: "a@example.test" }, url, "98765432");
    expect(en.subject).toBe("Your sign-in link for Si opp");
    expect(en.text).toContain(url);
    expect(en.html).toContain(url.replaceAll("&", "&amp;"));
    expect(en.text).toContain("9876 5432");
    expect(en.html).toContain("9876 5432");
  });
});
