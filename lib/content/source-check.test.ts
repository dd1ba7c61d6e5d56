import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkSourcePages,
  collectSourcePages,
  missingQuotes,
  type SourcePage,
} from "./source-check";
import type { AddressInfo } from "node:net";

const quote =
  "Når du sier opp blir avgifter som er fakturert utover oppsigelsestiden tilbakebetalt.";

// The same words as a real page carries them: split over inline tags, with entities, a
// no-break space and a line break inside the sentence.
const unchanged = `<!doctype html><html><body><nav><a href="/">Hjem</a></nav><main>
  <h2>Faktura</h2><p>Når du sier opp blir <strong>avgifter</strong> som er&nbsp;fakturert
  utover oppsigelsestiden tilbake&shy;betalt.</p></main></body></html>`;
const changed = `<!doctype html><html><body><p>Når du sier opp blir avgifter som er fakturert utover
  oppsigelsestiden ikke tilbakebetalt.</p></body></html>`;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const send = (status: number, type: string, body: string) =>
      response.writeHead(status, { "content-type": type }).end(body);
    if (request.url === "/unchanged") send(200, "text/html; charset=utf-8", unchanged);
    else if (request.url === "/changed") send(200, "text/html; charset=utf-8", changed);
    else if (request.url === "/moved") response.writeHead(301, { location: "/unchanged" }).end();
    else if (request.url === "/terms.pdf") send(200, "application/pdf", "%PDF-1.7");
    else if (request.url === "/slow")
      return; // never answers
    else if (request.url === "/broken") {
      // Headers and half a page, then the connection drops.
      response.writeHead(200, { "content-type": "text/html", "content-length": "1000" });
      response.write("<p>Når du sier opp");
      setTimeout(() => response.destroy(), 50);
    } else send(404, "text/html", "<p>Fant ikke siden</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const page = (urlPath: string, quotes = [quote]): SourcePage => ({
  url: `${base}${urlPath}`,
  citedAs: [`guides/en/test#${urlPath.slice(1)}`],
  quotes,
});

describe("sources:check against pages served locally", () => {
  it("finds the quote in an unchanged page whatever its markup, entities and spacing", async () => {
    const [report] = await checkSourcePages([page("/unchanged")]);
    expect(report).toEqual({ ...page("/unchanged"), outcome: "ok", quotes: 1 });
  });

  it("reports a changed page with exactly the quotes that are gone", async () => {
    const kept = "Når du sier opp blir avgifter som er fakturert";
    const [report] = await checkSourcePages([page("/changed", [kept, quote])]);
    expect(report).toMatchObject({ outcome: "changed", missing: [quote], quotes: 2 });
  });

  it("follows a redirect to the page's new address", async () => {
    const [report] = await checkSourcePages([page("/moved")]);
    expect(report?.outcome).toBe("ok");
  });

  it("reports a missing page, a PDF, a page that never answers, a closed port and a page that breaks off as unreachable", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));

    const reports = await checkSourcePages(
      [
        page("/gone"),
        page("/terms.pdf"),
        page("/slow"),
        { ...page("/x"), url: closedUrl },
        page("/broken"),
      ],
      { timeoutMs: 500 },
    );
    expect(reports.map((r) => [r.outcome, r.outcome === "unreachable" ? r.detail : ""])).toEqual([
      ["unreachable", "HTTP 404"],
      ["unreachable", "not a web page (application/pdf)"],
      ["unreachable", expect.stringMatching(/timeout|aborted/i)],
      ["unreachable", expect.stringMatching(/ECONNREFUSED/)],
      ["unreachable", expect.stringMatching(/terminated|aborted|socket|closed/i)],
    ]);
  });

  it("does not fetch a page that has no quotes yet", async () => {
    expect(await checkSourcePages([page("/slow", [])])).toEqual([]);
  });
});

describe("missingQuotes", () => {
  it("finds words across a paragraph break and misses words that are not there", () => {
    expect(
      missingQuotes("<p>tilbakebetalt.</p><p>Når du sier opp</p>", ["tilbakebetalt. Når"]),
    ).toEqual([]);
    expect(missingQuotes("<p>sier opp</p>", ["sier ikke opp"])).toEqual(["sier ikke opp"]);
  });
});

describe("collectSourcePages over the real content", () => {
  it("lists every cited page once, with every quote, and the unquoted citations as recorded", async () => {
    const { pages, unquoted } = await collectSourcePages();
    const urls = pages.map((p) => p.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(pages.find((p) => p.quotes.includes(quote))?.url).toMatch(
      /^https:\/\/www\.telenor\.no\//,
    );
    const baseline = JSON.parse(
      readFileSync(path.join(process.cwd(), "content/sources-without-quotes.json"), "utf8"),
    ) as string[];
    expect([...unquoted].sort()).toEqual([...baseline].sort());
  });
});
