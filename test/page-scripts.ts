/**
 * The `src` of every `<script>` a page's HTML loads at first, in order, without `noModule` ones
 * (the polyfill modern browsers skip). Shared by the bench's JavaScript-per-page figure and the
 * e2e tests that look at what a page ships.
 */
export function pageScriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attributes) => !/\snomodule\b/i.test(attributes))
    .map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((source): source is string => source !== undefined);
}
