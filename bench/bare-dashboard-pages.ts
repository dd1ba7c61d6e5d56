import type { RecordedRead } from "./dashboard-reads";
import type { MarkupNode } from "./markup-tree";

/**
 * The bare app's replay of recorded reads, in plain JavaScript (the bare app has no TypeScript);
 * bench/dashboard-reads.test.ts runs this very source. It opens the database read-only with the
 * given better-sqlite3 (process.getBuiltinModule keeps the bundler from resolving that package
 * in the bare app, which installs only Next and React), prepares each read once, as our data
 * layer does, and returns a function that makes them all, each checked to find as many rows as
 * when it was recorded.
 */
export const replayReadsModule = `export function replayer({ database, betterSqlite3, statements }) {
  if (!process.getBuiltinModule) throw new Error("the bench's bare copy needs Node 20.16 or later");
  const { createRequire } = process.getBuiltinModule("node:module");
  const Database = createRequire(import.meta.url)(betterSqlite3);
  const connection = new Database(database, { readonly: true });
  const prepared = statements.map((read) => ({
    ...read,
    statement: connection.prepare(read.source).raw(read.raw),
  }));
  return () => {
    for (const { statement, method, args, found, source } of prepared) {
      const result = statement[method](...args);
      const rows = method === "all" ? result.length : result === undefined ? 0 : 1;
      if (rows !== found) throw new Error(\`\${source}: \${rows} rows, recorded \${found}\`);
    }
  };
}
`;

/**
 * The bare app's pages made of the dashboard's own elements (path under the bare app → source):
 *
 * - `/dashboard-markup`: the elements alone, rendered per request; links to our pages as Next's
 *   `Link`, as on the dashboard. What the framework costs for exactly that markup.
 * - `/en/tracker`: the same elements in a copy of the route structure our signed-in pages have:
 *   a locale layout with a stylesheet and metadata (title template, description, canonical and
 *   language alternates, Open Graph, manifest, an icon), a client provider (the error page's
 *   text), error and not-found boundaries (whose elements Next sends with every page), a nested
 *   layout that reads the request's headers, and the page's own title and robots. What the
 *   framework costs for the dashboard before any code of ours: no session, data, translations or
 *   case model. (One layout more than ours: the bare app's root, holding `<html>`.)
 * - `/en/tracker?frame`: the signed-in frame's elements (the dashboard of a user with no case:
 *   header, nav, account bar, empty state, footer) in the same copy. What the framework costs for
 *   the frame, so that the frame's own code (session, translations, our components) can be told
 *   apart from it.
 * - `/en/tracker?reads`: the dashboard's copy, which first makes our data layer's reads for the
 *   page (bench/dashboard-reads.ts) on the bench's database, through our better-sqlite3
 *   (`replayReadsModule`). What the framework and our reads cost together, with none of our other
 *   code.
 */
export function bareDashboardPages(
  markup: MarkupNode[],
  frameMarkup: MarkupNode[],
  reads: { database: string; betterSqlite3: string; statements: RecordedRead[] },
): Record<string, string> {
  return {
    "app/markup.json": JSON.stringify(markup),
    "app/frame-markup.json": JSON.stringify(frameMarkup),
    "app/reads.json": JSON.stringify(reads),
    "app/replay-reads.js": replayReadsModule,
    "app/dashboard-reads.js": `import reads from "./reads.json";
import { replayer } from "./replay-reads";
let replay;
export function makeDashboardReads() {
  replay ??= replayer(reads);
  replay();
}
`,
    "app/markup-elements.jsx": `import Link from "next/link";
import { createElement } from "react";
import markup from "./markup.json";
import frameMarkup from "./frame-markup.json";
const elementOf = (node, key) => {
  if (typeof node === "string") return node;
  const [tag, props, children] = node;
  const type = tag === "a" && props.href?.startsWith("/") ? Link : tag;
  return createElement(type, { ...props, key }, ...children.map(elementOf));
};
export const markupElements = () => markup.map(elementOf);
export const frameElements = () => frameMarkup.map(elementOf);
`,
    "app/dashboard-markup/page.jsx": `import { headers } from "next/headers";
import { markupElements } from "../markup-elements";
export default async function Page() {
  const agent = (await headers()).get("user-agent") ?? "";
  return <div data-agent={agent.length}>{markupElements()}</div>;
}
`,
    // At the top of the bare app, as in ours: its static routes (/text, /dynamic…) take precedence.
    "app/[locale]/layout.jsx": `import { ErrorText } from "./error-text";
import "./globals.css";
export const dynamicParams = false;
export const generateStaticParams = () => [{ locale: "en" }, { locale: "zh" }];
export async function generateMetadata({ params }) {
  const { locale } = await params;
  const description = "Plain-language guides to cancelling a Norwegian mobile subscription or SIM card.";
  return {
    metadataBase: new URL("http://127.0.0.1"),
    title: { default: "Si opp", template: "%s · Si opp" },
    description,
    alternates: {
      canonical: \`/\${locale}\`,
      languages: { en: "/en", "zh-Hans": "/zh", "x-default": "/en" },
    },
    openGraph: { description, url: \`/\${locale}\`, siteName: "Si opp", locale, type: "website" },
    manifest: "/manifest.webmanifest",
  };
}
export default async function LocaleLayout({ children, params }) {
  await params;
  const text = { title: "Something went wrong", body: "Nothing you saved is lost.", retry: "Try again" };
  return <ErrorText text={text}>{children}</ErrorText>;
}
`,
    "app/[locale]/globals.css": "body { margin: 0; }\n",
    "app/[locale]/icon.svg":
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16"/></svg>\n',
    "app/[locale]/error-text.jsx": `"use client";
import { createContext } from "react";
const Text = createContext(null);
export function ErrorText({ text, children }) {
  return <Text.Provider value={text}>{children}</Text.Provider>;
}
`,
    "app/[locale]/error.jsx": `"use client";
import Link from "next/link";
export default function Error({ reset }) {
  return <div><h1>Something went wrong</h1><button onClick={() => reset()}>Try again</button><Link href="/en">Home</Link></div>;
}
`,
    "app/[locale]/not-found.jsx": `import Link from "next/link";
export default function NotFound() {
  return <><h1>Page not found</h1><p>We could not find that page.</p>
    <ul><li><Link href="/en">Go to the home page</Link></li><li><Link href="/en/guides">See all guides</Link></li></ul></>;
}
`,
    "app/[locale]/tracker/layout.jsx": `import { headers } from "next/headers";
export default async function TrackerLayout({ children }) {
  await headers();
  return children;
}
`,
    "app/[locale]/tracker/page.jsx": `import { makeDashboardReads } from "../../dashboard-reads";
import { frameElements, markupElements } from "../../markup-elements";
export async function generateMetadata() {
  return { title: "My cancellations", robots: { index: false } };
}
export default async function Page({ searchParams }) {
  const query = await searchParams;
  if ("frame" in query) return frameElements();
  // Nothing read is shown: the elements hold it already.
  if ("reads" in query) makeDashboardReads();
  return markupElements();
}
`,
  };
}
