/** What the zip's case-file.html shows, already in the reader's words (the route translates). */
export type CaseFileSheet = {
  lang: string;
  title: string;
  generated: string;
  details: { label: string; value: string }[];
  notes: { label: string; text: string } | null;
  letters: { label: string; items: { heading: string; meta: string; nb: string[] }[] };
  /** The operator's answers: what they said, when and how, the text as pasted. */
  replies: { label: string; items: { heading: string; meta: string; text: string | null }[] };
  evidence: {
    label: string;
    items: { path: string; caption: string; meta: string; image: boolean }[];
  };
};

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/**
 * The case file as one self-contained HTML page inside the zip: it opens from the unpacked folder
 * in any browser, shows the images beside their captions and links the other files by their
 * relative paths. No script, no external resource; every value is escaped.
 */
export function caseFileHtml(sheet: CaseFileSheet): string {
  const e = escape;
  const details = sheet.details
    .map((d) => `<tr><th scope="row">${e(d.label)}</th><td>${e(d.value)}</td></tr>`)
    .join("");
  const letters = sheet.letters.items
    .map(
      (l) =>
        `<article><h3>${e(l.heading)}</h3><p class="meta">${e(l.meta)}</p><div lang="nb">${l.nb
          .map((p) => `<p>${e(p)}</p>`)
          .join("")}</div></article>`,
    )
    .join("");
  const replies = sheet.replies.items
    .map(
      (r) =>
        `<article><h3>${e(r.heading)}</h3><p class="meta">${e(r.meta)}</p>${
          r.text ? `<blockquote lang="nb"><p>${e(r.text)}</p></blockquote>` : ""
        }</article>`,
    )
    .join("");
  // A relative URL: each part percent-encoded, so a `#`, `?` or `%` in a name stays part of it.
  const url = (p: string) => p.split("/").map(encodeURIComponent).join("/");
  const evidence = sheet.evidence.items
    .map(
      (f) =>
        `<li><p><a href="${e(url(f.path))}">${e(f.caption)}</a></p><p class="meta">${e(f.meta)}</p>${
          f.image ? `<img src="${e(url(f.path))}" alt="${e(f.caption)}">` : ""
        }</li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="${e(sheet.lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<title>${e(sheet.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}
th{text-align:left;padding-right:1rem;vertical-align:top}.meta{color:#555;font-size:.9em}
img{max-width:100%;border:1px solid #ccc}p{white-space:pre-line}li{margin-bottom:1.5rem}</style>
</head><body>
<h1>${e(sheet.title)}</h1><p class="meta">${e(sheet.generated)}</p>
<table>${details}</table>
${sheet.notes ? `<h2>${e(sheet.notes.label)}</h2><p>${e(sheet.notes.text)}</p>` : ""}
<h2>${e(sheet.letters.label)}</h2>${letters}
${replies ? `<h2>${e(sheet.replies.label)}</h2>${replies}` : ""}
<h2>${e(sheet.evidence.label)}</h2><ol>${evidence}</ol>
</body></html>
`;
}
