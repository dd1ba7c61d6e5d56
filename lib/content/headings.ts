/**
 * Section ids are written by the author (`## Before you cancel {#before-you-cancel}`) instead
 * of being derived from the heading text: the Chinese and English guides must share ids so
 * deep links, the table of contents and the tracker's checklist links work in both languages.
 */
const headingLine = /^(#{2,3})\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$/;
const anyHeading = /^#{2,3}\s+\S/;
export const headingIdSuffix = /\s*\{#([a-z0-9-]+)\}\s*$/;

/**
 * MDX reads `{…}` as a JavaScript expression, so the author's `{#id}` is escaped before
 * compiling; `remarkHeadingIds` then finds it as plain text at the end of the heading.
 */
export function escapeHeadingIds(body: string): string {
  return body.replace(/^(#{2,3}\s+.+?)\s*\{#([a-z0-9-]+)\}\s*$/gm, "$1 \\{#$2\\}");
}

export type GuideHeading = { depth: 2 | 3; text: string; id: string };

export function extractHeadings(body: string): { headings: GuideHeading[]; missingIds: string[] } {
  const headings: GuideHeading[] = [];
  const missingIds: string[] = [];
  let inFence = false;
  for (const line of body.split("\n")) {
    if (line.trimStart().startsWith("```")) inFence = !inFence;
    if (inFence) continue;
    const match = headingLine.exec(line);
    if (match) {
      headings.push({ depth: match[1]!.length as 2 | 3, text: match[2]!, id: match[3]! });
    } else if (anyHeading.test(line)) {
      missingIds.push(line.trim());
    }
  }
  return { headings, missingIds };
}
