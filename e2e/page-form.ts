import { e2eBaseURL } from "./env";
import type { APIRequestContext, APIResponse } from "@playwright/test";

/**
 * Posts a page's own form as a browser without JavaScript would: loads the page, takes the form
 * that has a field named `marker`, and posts every hidden field Next rendered into it (the
 * server action's reference among them) with `fields`. Unlike a browser, it leaves out the other
 * fields' defaults (the schema reads a missing field as not given) and keeps one value per
 * hidden name (Next renders each once). For setting up a test through the real form and action
 * without typing into it; nothing in the request is built by hand (compare `postAction`, which
 * forges requests on purpose).
 */
export async function submitPageForm(
  request: APIRequestContext,
  path: string,
  marker: string,
  fields: Record<string, string>,
): Promise<APIResponse> {
  const html = await (await request.get(path)).text();
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)]
    .map((m) => m[0])
    .find((f) => f.includes(`name="${marker}"`));
  if (!form) throw new Error(`${path} has no form with a field named ${marker}`);
  const hidden = Object.fromEntries(
    [...form.matchAll(/<input\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((input) => attribute(input, "type") === "hidden")
      .map((input) => [attribute(input, "name") ?? "", attribute(input, "value") ?? ""]),
  );
  return request.post(path, {
    multipart: { ...hidden, ...fields },
    headers: { Origin: e2eBaseURL },
    maxRedirects: 0,
  });
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decodeEntities(value);
}

// React escapes attribute values with these five entities only.
function decodeEntities(text: string): string {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}
