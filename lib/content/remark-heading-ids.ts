import { headingIdSuffix } from "./headings";
import type { Heading, Root, RootContent, Text } from "mdast";

/** Moves an author-written `{#id}` at the end of a heading into the heading's `id`. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visitHeadings(tree.children, (heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== "text") return;
      const match = headingIdSuffix.exec(last.value);
      if (!match) return;
      (last as Text).value = last.value.slice(0, match.index);
      heading.data = {
        ...heading.data,
        hProperties: { ...heading.data?.hProperties, id: match[1] },
      };
    });
  };
}

function visitHeadings(nodes: RootContent[], visit: (heading: Heading) => void) {
  for (const node of nodes) {
    if (node.type === "heading") visit(node);
    else if ("children" in node) visitHeadings(node.children as RootContent[], visit);
  }
}
