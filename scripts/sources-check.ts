// `npm run sources:check`: fetches every cited source page once and reports the ones whose quoted
// words no longer appear, so an editor knows which citations to read again. It goes to the
// internet, so it is not part of `npm test`; run it before a content review and after one.
// Exit code 0 when every quoted page still carries its quotes, 1 otherwise (changed or
// unreachable pages; sources without quotes are listed but do not fail the run).
//   npm run sources:check -- --only nkom.no     check only the pages whose URL contains a text
import { parseArgs } from "node:util";
import { checkSourcePages, collectSourcePages, type PageReport } from "@/lib/content/source-check";

const { values } = parseArgs({ options: { only: { type: "string" } } });
const { pages, unquoted } = await collectSourcePages();
const selected = values.only ? pages.filter((p) => p.url.includes(values.only!)) : pages;
if (selected.length === 0) {
  console.error(`No cited page's URL contains "${values.only}".`);
  process.exit(1);
}
const reports = await checkSourcePages(selected);

const cited = (r: PageReport) => `    cited as ${r.citedAs.join(", ")}`;
for (const report of reports) {
  if (report.outcome === "changed") {
    console.log(`CHANGED ${report.url} (${report.missing.length} of ${report.quotes} quotes gone)`);
    for (const quote of report.missing) console.log(`    missing: "${quote}"`);
    console.log(cited(report));
  } else if (report.outcome === "unreachable") {
    console.log(`UNREACHABLE ${report.url}: ${report.detail}`);
    console.log(cited(report));
  }
}
const count = (outcome: PageReport["outcome"]) =>
  reports.filter((r) => r.outcome === outcome).length;
console.log(
  `${reports.length} page${reports.length === 1 ? "" : "s"} checked: ${count("ok")} unchanged, ${count("changed")} changed, ` +
    `${count("unreachable")} unreachable; ${unquoted.length} citations have no quotes yet` +
    (unquoted.length ? ` (content/sources-without-quotes.json)` : ""),
);
process.exitCode = count("ok") === reports.length ? 0 : 1;
