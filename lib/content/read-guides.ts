import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseGuide, type ParsedGuide } from "./parse-guide";

export const contentRoot = path.join(process.cwd(), "content");

/**
 * Reads and validates every guide of one locale, ordered for display. Throws on the first
 * malformed file, which fails `next build` with the file and field in the message.
 */
export async function readGuides(locale: string, root = contentRoot): Promise<ParsedGuide[]> {
  const dir = path.join(root, "guides", locale);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".mdx"));
  const guides = await Promise.all(
    files.map(async (file) =>
      parseGuide({
        file: path.relative(process.cwd(), path.join(dir, file)),
        slug: file.slice(0, -".mdx".length),
        locale,
        raw: await readFile(path.join(dir, file), "utf8"),
      }),
    ),
  );
  return guides.sort(
    (a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug),
  );
}
