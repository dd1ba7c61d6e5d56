import { describe, expect, it } from "vitest";
import { markupTree } from "./markup-tree";

describe("markupTree", () => {
  it("keeps the body's elements and text with React's prop names, without scripts", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body class="page"><a href="#main" class="skip-link">Skip</a><script>self.__next_f=[]</script>
<form method="get" action="/en/tracker" novalidate=""><label for="q">Search</label>
<input id="q" name="q" value="妈妈" maxlength="200" autocomplete="off"/>
<input type="checkbox" name="caseId" value="c1" checked=""/>
<select name="sort"><option value="urgency" selected="">Urgency</option></select>
<button type="submit" disabled="" formaction="/x">Go</button></form>
<p tabindex="-1" style="color:red" hidden="">Signed in as a@b.test<!-- -->.</p></body></html>`;
    expect(markupTree(html)).toEqual([
      ["a", { href: "#main", className: "skip-link" }, ["Skip"]],
      "\n",
      [
        "form",
        { method: "get", action: "/en/tracker", noValidate: true },
        [
          ["label", { htmlFor: "q" }, ["Search"]],
          "\n",
          [
            "input",
            { id: "q", name: "q", defaultValue: "妈妈", maxLength: "200", autoComplete: "off" },
            [],
          ],
          "\n",
          [
            "input",
            { type: "checkbox", name: "caseId", defaultValue: "c1", defaultChecked: true },
            [],
          ],
          "\n",
          ["select", { name: "sort" }, [["option", { value: "urgency" }, ["Urgency"]]]],
          "\n",
          ["button", { type: "submit", disabled: true, formAction: "/x" }, ["Go"]],
        ],
      ],
      "\n",
      ["p", { tabIndex: "-1", hidden: true }, ["Signed in as a@b.test", "."]],
    ]);
  });

  it("refuses a page without a body", () => {
    expect(() => markupTree("<p>no document</p>")).toThrow("no <body>");
  });
});
