import { plainTextSelectors, render } from "@react-email/components";
import { compile } from "html-to-text";
import type { ReactElement } from "react";

// React Email's own HTML-to-text settings (what `render(…, { plainText: true })` uses), compiled
// once: html-to-text compiles its selectors on every call otherwise, which was the largest single
// cost of a reminder.
const toPlainText = compile({ wordwrap: false, selectors: plainTextSelectors });

/**
 * Every message has an HTML part and a plain-text part from the same render: the text is the
 * HTML converted, as React Email does, without rendering the element a second time for it.
 */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(element);
  return { html, text: toPlainText(html) };
}
