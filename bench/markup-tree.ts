import { DomUtils, parseDocument } from "htmlparser2";

/**
 * A page's rendered elements as data a bare Next page can turn back into React elements:
 * text, or `[tag, props, children]`. What `startBareApp` renders per request to measure what
 * the framework costs for exactly the dashboard's markup, without our data, session lookup or
 * translations.
 */
export type MarkupNode = string | [tag: string, props: Record<string, string | true>, MarkupNode[]];

// HTML attribute names that React spells differently (the ones React's own output uses).
const propNames: Record<string, string> = {
  class: "className",
  for: "htmlFor",
  tabindex: "tabIndex",
  readonly: "readOnly",
  maxlength: "maxLength",
  minlength: "minLength",
  autocomplete: "autoComplete",
  enctype: "encType",
  inputmode: "inputMode",
  enterkeyhint: "enterKeyHint",
  spellcheck: "spellCheck",
  crossorigin: "crossOrigin",
  datetime: "dateTime",
  novalidate: "noValidate",
  autofocus: "autoFocus",
  formaction: "formAction",
  formmethod: "formMethod",
  hreflang: "hrefLang",
};
const booleanProps = new Set([
  "hidden",
  "disabled",
  "required",
  "open",
  "multiple",
  "readOnly",
  "noValidate",
  "autoFocus",
]);
// Scripts, styles and preloads are Next's and the build's, not the page's elements: the bare
// page gets its own.
const skipped = new Set(["script", "style", "link", "template", "noscript"]);

/** The elements of `html`'s body, without scripts; React's event-free props only. */
export function markupTree(html: string): MarkupNode[] {
  const body = DomUtils.findOne((element) => element.name === "body", parseDocument(html).children);
  if (!body) throw new Error("no <body> in the page");
  return nodesOf(body.children);
}

function nodesOf(children: Parameters<typeof DomUtils.isTag>[0][]): MarkupNode[] {
  const nodes: MarkupNode[] = [];
  for (const child of children) {
    if (DomUtils.isText(child)) {
      if (child.data !== "") nodes.push(child.data);
    } else if (DomUtils.isTag(child) && !skipped.has(child.name)) {
      nodes.push([child.name, propsOf(child.name, child.attribs), nodesOf(child.children)]);
    }
  }
  return nodes;
}

function propsOf(tag: string, attributes: Record<string, string>) {
  const props: Record<string, string | true> = {};
  for (const [attribute, value] of Object.entries(attributes)) {
    const name = propNames[attribute] ?? attribute;
    // An inline style would need parsing into an object; the dashboard sets none of its own.
    if (name === "style") continue;
    // A form field's value and state become React's uncontrolled defaults. An option's
    // `selected` is left out: React sets the choice on its select, which the HTML no longer says.
    if (name === "selected") continue;
    if (name === "value" && (tag === "input" || tag === "textarea" || tag === "select")) {
      props.defaultValue = value;
    } else if (name === "checked") {
      props.defaultChecked = true;
    } else {
      props[name] = booleanProps.has(name) ? true : value;
    }
  }
  return props;
}
