import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { isAllowedLink } from "./allowed-domains";
import { readGlossary } from "./glossary";
import { buildOperatorPage } from "./operator-page";
import { readGuides } from "./read-guides";
import { readOperators } from "./read-operators";

// The editorial rules of the brief, checked on the real content on every test run.

const allGuides = async () => (await Promise.all(locales.map((l) => readGuides(l)))).flat();

describe("operator data", () => {
  it("covers the operators the product promises", async () => {
    const { operators } = await readOperators();
    expect(operators.map((o) => o.id)).toEqual(
      expect.arrayContaining([
        "telenor",
        "telia",
        "ice",
        "talkmore",
        "onecall",
        "mycall",
        "chilimobil",
        "lycamobile",
        "plussmobil",
      ]),
    );
  });

  it("gives every operator a last-checked date and its own website to confirm with", async () => {
    for (const operator of (await readOperators()).operators) {
      expect(operator.lastChecked, operator.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(operator.website, operator.id).toMatch(/^https:\/\//);
    }
  });

  it("cites a source in every section, or shows the 'confirm with the operator' box there", async () => {
    const { operators, common } = await readOperators();
    for (const operator of operators) {
      for (const section of buildOperatorPage(operator, common, "en").sections) {
        const where = `${operator.id}/${section.id}`;
        const facts = [...section.facts, ...section.generalFacts];
        const cited =
          facts.some((f) => f.source !== null) ||
          [operator.phone?.source, operator.channels?.source, operator.notice?.source].some(
            Boolean,
          );
        expect(cited || section.needsConfirmation, where).toBe(true);
      }
    }
  });

  it("never writes a number in a fact that the data already holds", async () => {
    for (const operator of (await readOperators()).operators) {
      if (!operator.phone) continue;
      for (const fact of Object.values(operator.sections).flat()) {
        for (const text of Object.values(fact.text))
          expect(text, operator.id).not.toContain(operator.phone.display);
      }
    }
  });
});

describe("links", () => {
  it("points only at official or public sites (or reviewed exceptions)", async () => {
    const urls = new Set<string>();
    for (const guide of await allGuides()) {
      guide.frontmatter.sources.forEach((s) => urls.add(s.url));
      for (const [, url] of guide.body.matchAll(/\]\((https?:[^)\s]+)\)/g)) urls.add(url!);
    }
    const { operators, common } = await readOperators();
    for (const source of [...common.sources, ...operators.flatMap((o) => o.sources)])
      urls.add(source.url);
    operators.forEach((o) => urls.add(o.website));
    const outside = [...urls].filter((url) => !isAllowedLink(url));
    expect(outside).toEqual([]);
    expect(urls.size).toBeGreaterThan(30);
  });

  // Naming Telegram or WeChat to warn against sellers met there is fine; a handle, link or ID to
  // contact someone there is not.
  it("names no third-party help contacts", async () => {
    const text =
      (await allGuides()).map((g) => g.body).join("\n") +
      readFileSync(path.join(process.cwd(), "content", "glossary.json"), "utf8");
    expect(text).not.toMatch(
      /t\.me\/|telegram\.me|wa\.me\/|whatsapp\s*[:+\d]|wechat id|微信号|weixin\.qq\.com|@[a-z0-9_]{5,}\b(?!\.)/i,
    );
  });
});

describe("glossary", () => {
  it("explains every entry in every locale", () => {
    for (const entry of readGlossary())
      for (const locale of locales)
        expect(entry.meaning[locale], `${entry.id}/${locale}`).toMatch(/\S/);
  });

  it("has an entry for every <Term> used in a guide", async () => {
    const terms = new Set(readGlossary().map((e) => e.term.toLowerCase()));
    for (const guide of await allGuides()) {
      for (const [, term] of guide.body.matchAll(/<Term no="([^"]+)"/g)) {
        expect(terms.has(term!.toLowerCase()), `${guide.locale}/${guide.slug}: ${term}`).toBe(true);
      }
    }
  });

  it("covers the core Norwegian terms", () => {
    const ids = readGlossary().map((e) => e.id);
    for (const id of [
      "oppsigelse",
      "oppsigelsestid",
      "bindingstid",
      "bruddgebyr",
      "kontantkort",
      "nummerportering",
      "sperre",
      "angrerett",
      "eierskifte",
      "dodsbo",
      "min-side",
    ]) {
      expect(ids).toContain(id);
    }
  });
});

// Chinese typography: full-width brackets and quotes around Chinese text, never "word (中文)" or
// "中文"; checked on the text readers see (tags, attributes and links removed).
describe("Chinese typography", () => {
  const visible = (text: string) =>
    text
      .replace(/^---[\s\S]*?\n---\n/, "")
      .replace(/<[^>]*>/g, " ")
      .replace(/\]\([^)]*\)/g, "]")
      .replace(/\{#[a-z0-9-]+\}/g, "");
  const asciiBracketAroundChinese = /\([^()]*[\u4e00-\u9fff][^()]*\)/;
  const asciiQuoteAroundChinese = /"[^"\n]*[\u4e00-\u9fff][^"\n]*"/;

  async function zhTexts(): Promise<[string, string][]> {
    const texts: [string, string][] = [];
    for (const guide of await readGuides("zh"))
      texts.push([`guide ${guide.slug}`, visible(guide.body)]);
    const { operators, common } = await readOperators();
    for (const [id, sections] of [
      ["_common", common.sections],
      ...operators.map((o) => [o.id, o.sections] as const),
    ] as const) {
      for (const fact of Object.values(sections).flat())
        texts.push([`operator ${id}`, fact.text.zh ?? ""]);
    }
    for (const source of [...common.sources, ...operators.flatMap((o) => o.sources)])
      texts.push([`source ${source.id}`, source.title.zh ?? ""]);
    for (const entry of readGlossary())
      texts.push([`glossary ${entry.id}`, entry.meaning.zh ?? ""]);
    const catalog = JSON.parse(
      readFileSync(path.join(process.cwd(), "messages", "zh.json"), "utf8"),
    );
    const walk = (value: unknown, where: string): void => {
      if (typeof value === "string") texts.push([`messages ${where}`, value]);
      else if (value && typeof value === "object")
        for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    };
    walk(catalog, "zh");
    return texts;
  }

  // Markdown closes a bold run only if its "**" is not squeezed between punctuation and a letter:
  // in "**办的：**有" the second "**" opens instead, and readers see the asterisks. Chinese has
  // no space after "：" to save it, so the punctuation goes outside: "**办的**：有".
  it("keeps punctuation outside bold runs, so every bold closes", async () => {
    const punctuation = /[，：。；！？、,.:;!?]/;
    const offending: string[] = [];
    for (const locale of locales)
      for (const guide of await readGuides(locale))
        for (const line of guide.body.split("\n")) {
          const parts = line.split("**");
          for (let i = 1; i < parts.length - 1; i += 2) {
            const bold = parts[i]!;
            const after = parts[i + 1]!;
            if (punctuation.test(bold.at(-1) ?? "") && /^[^\s\p{P}]/u.test(after))
              offending.push(`${locale}/${guide.slug}: **${bold}**${after.slice(0, 10)}`);
          }
        }
    expect(offending).toEqual([]);
  });

  it("puts Chinese in full-width brackets, never ASCII ones", async () => {
    const offending = (await zhTexts())
      .filter(([, text]) => asciiBracketAroundChinese.test(text))
      .map(([where, text]) => `${where}: ${asciiBracketAroundChinese.exec(text)![0]}`);
    expect(offending).toEqual([]);
  });

  it("quotes Chinese with “ ”, never ASCII double quotes", async () => {
    const offending = (await zhTexts())
      .filter(([, text]) => asciiQuoteAroundChinese.test(text))
      .map(([where, text]) => `${where}: ${asciiQuoteAroundChinese.exec(text)![0]}`);
    expect(offending).toEqual([]);
  });

  it("renders a <Term> in Chinese as meaning（Norwegian） and in English as Norwegian (meaning)", async () => {
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { createElement } = await import("react");
    const { Term } = await import("@/components/mdx/term");
    const zh = renderToStaticMarkup(
      createElement(Term, { no: "bindingstid", fullWidth: true, children: "合约期" }),
    ).replace(/<[^>]+>/g, "");
    const en = renderToStaticMarkup(
      createElement(Term, { no: "bindingstid", children: "binding period" }),
    ).replace(/<[^>]+>/g, "");
    expect(zh).toBe("合约期（bindingstid）");
    expect(en).toBe("bindingstid (binding period)");
    // Inside brackets, without a meaning of its own: the word alone.
    const bare = renderToStaticMarkup(createElement(Term, { no: "kodebrikke" })).replace(
      /<[^>]+>/g,
      "",
    );
    expect(bare).toBe("kodebrikke");
  });
});

describe("sources", () => {
  it("gives every operator source a title in every locale", async () => {
    const { operators, common } = await readOperators();
    for (const source of [...common.sources, ...operators.flatMap((o) => o.sources)]) {
      for (const locale of locales)
        expect(source.title[locale], `${source.id}/${locale}`).toMatch(/\S/);
    }
  });

  // Every source carries the words it is cited for. The sources from before this rule are listed
  // in content/sources-without-quotes.json; the list may only shrink: a new source needs its
  // quotes, and a source that gets them must leave the list.
  it("quotes each source in its own words, with the meaning in the page's language", async () => {
    const unquoted: string[] = [];
    for (const guide of await allGuides())
      for (const source of guide.frontmatter.sources) {
        const key = `guides/${guide.locale}/${guide.slug}#${source.id}`;
        if (!source.quotes?.length) unquoted.push(key);
        for (const quote of source.quotes ?? [])
          if (!quote.lang.startsWith(guide.locale === "zh" ? "zh" : guide.locale))
            expect(quote.meaning, `${key}: "${quote.text}" needs its meaning`).toMatch(/\S/);
      }
    const { operators, common } = await readOperators();
    for (const [owner, sources] of [
      ["_common", common.sources] as const,
      ...operators.map((o) => [o.id, o.sources] as const),
    ])
      for (const source of sources) {
        const key = `operators/${owner}#${source.id}`;
        if (!source.quotes?.length) unquoted.push(key);
        for (const quote of source.quotes ?? [])
          for (const locale of locales)
            if (!quote.lang.startsWith(locale))
              expect(quote.meaning?.[locale], `${key}/${locale} needs its meaning`).toMatch(/\S/);
      }
    const baseline = JSON.parse(
      readFileSync(path.join(process.cwd(), "content/sources-without-quotes.json"), "utf8"),
    ) as string[];
    expect(
      unquoted.filter((key) => !baseline.includes(key)),
      "new sources without quotes",
    ).toEqual([]);
    expect(
      baseline.filter((key) => !unquoted.includes(key)),
      "quoted now: remove from the list",
    ).toEqual([]);
  });

  it("marks only source-less facts as editorial notes", async () => {
    const { operators } = await readOperators();
    for (const fact of operators.flatMap((o) => Object.values(o.sections).flat()))
      if (fact.note) expect(fact.source).toBeNull();
  });
});
