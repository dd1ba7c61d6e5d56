import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { readGuides } from "./read-guides";

// The real content and catalogs: every language must offer the same guides with the same
// structure, so the language switch, deep links and checklists work everywhere.

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("content parity across locales", () => {
  it("serves at least English and Chinese", () => {
    expect(locales).toEqual(expect.arrayContaining(["en", "zh"]));
    expect(locales[0]).toBe(defaultLocale);
  });

  it("has a content folder for every locale and no folder without a catalog", () => {
    const folders = readdirSync(path.join(process.cwd(), "content", "guides")).sort();
    expect(folders).toEqual([...locales].sort());
  });

  it("has the same message keys in every catalog", () => {
    const read = (locale: string) =>
      keysOf(
        JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")),
      ).sort();
    for (const locale of locales) expect(read(locale), locale).toEqual(read(defaultLocale));
  });

  it("has every guide in every locale with the same section ids and the same sources", async () => {
    const reference = await readGuides(defaultLocale);
    expect(reference.length).toBeGreaterThan(0);
    for (const locale of locales) {
      const guides = await readGuides(locale);
      expect(
        guides.map((g) => g.slug),
        locale,
      ).toEqual(reference.map((g) => g.slug));
      for (const [index, guide] of guides.entries()) {
        const ref = reference[index]!;
        const where = `${locale}/${guide.slug}`;
        expect(
          guide.headings.map((h) => `${h.depth}:${h.id}`),
          where,
        ).toEqual(ref.headings.map((h) => `${h.depth}:${h.id}`));
        expect(
          guide.frontmatter.sources.map((s) => [s.id, s.url]),
          where,
        ).toEqual(ref.frontmatter.sources.map((s) => [s.id, s.url]));
        expect(guide.frontmatter.lastChecked, where).toBe(ref.frontmatter.lastChecked);
        expect(new Set(guide.citedSourceIds), where).toEqual(new Set(ref.citedSourceIds));
      }
    }
  });

  it("cites every declared source at least once", async () => {
    for (const locale of locales) {
      for (const guide of await readGuides(locale)) {
        const cited = new Set(guide.citedSourceIds);
        const unused = guide.frontmatter.sources.filter((s) => !cited.has(s.id)).map((s) => s.id);
        expect(unused, `${locale}/${guide.slug}`).toEqual([]);
      }
    }
  });
});
