import { describe, expect, it } from "vitest";
import { caseFileHtml, type CaseFileSheet } from "./case-file-html";

const sheet: CaseFileSheet = {
  lang: "en",
  title: "Case file: <Dad's line>",
  generated: "Made on 5 Dec 2026",
  details: [{ label: "Tilbyder · Provider", value: 'Telia "&" co' }],
  notes: { label: "Notater · Notes", text: "<img src=x onerror=alert(1)>" },
  letters: { label: "Brev · Letters", items: [] },
  replies: {
    label: "Svar fra tilbyder · The operator's answers",
    items: [{ heading: "Refused", meta: "12 Nov 2026 · E-mail", text: "Vi kan <ikke>" }],
  },
  evidence: {
    label: "Vedlegg · Evidence",
    items: [
      { path: "evidence/01-chat #2?.png", caption: '"><script>x</script>', meta: "m", image: true },
    ],
  },
};

describe("caseFileHtml", () => {
  it("escapes every value and percent-encodes the file links", () => {
    const html = caseFileHtml(sheet);
    expect(html).not.toMatch(/<script>|<img src=x/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("Telia &quot;&amp;&quot; co");
    expect(html).toContain(
      '<img src="evidence/01-chat%20%232%3F.png" alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">',
    );
    expect(html).toContain('<blockquote lang="nb"><p>Vi kan &lt;ikke&gt;</p></blockquote>');
    expect(html).toContain("default-src 'none'"); // no script runs even if something slipped
  });
});
