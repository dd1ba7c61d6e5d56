import { plainTextSelectors } from "@react-email/components";
import { compile } from "html-to-text";
import type { ReactElement } from "react";

// React Email's own HTML-to-text settings (what `render(…, { plainText: true })` uses), compiled
// once: html-to-text compiles its selectors on every call otherwise, which was the largest single
// cost of a reminder.
const toPlainText = compile({ wordwrap: false, selectors: plainTextSelectors });

// The doctype React Email's `render` gives every message (e-mail clients expect XHTML 1.0).
const doctype =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

// Kept: each dynamic import() goes through the module loader again (and its hooks, under tsx).
// A failed import is not kept, so one failure does not stop every later e-mail.
let loaded: Promise<typeof import("react-dom/server")> | undefined;
const reactDomServer = () =>
  (loaded ??= import("react-dom/server").catch((error: unknown) => {
    loaded = undefined;
    throw error;
  }));

/**
 * Every message has an HTML part and a plain-text part from the same render: the text is the
 * HTML converted, as React Email does, without rendering the element a second time for it.
 * Our e-mail components are synchronous (and must stay so: nothing here waits for a suspending
 * component), so they render in one synchronous pass: React Email's
 * `render` goes through a web stream built for suspending components, which took most of a
 * reminder's time (about 3 ms of 5 in the sweep). react-dom/server is imported when first used,
 * as React Email does: Next refuses a static import of it anywhere a Server Component could
 * reach, and this module is reached from the session code.
 */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const { renderToStaticMarkup } = await reactDomServer();
  const html = `${doctype}${renderToStaticMarkup(element).replace(/^<!DOCTYPE[^>]*>/i, "")}`;
  return { html, text: toPlainText(html) };
}
