import { readFileSync } from "node:fs";
import { e2eBaseURL } from "./env";
import type { APIRequestContext, APIResponse } from "@playwright/test";

type Manifest = {
  node: Record<
    string,
    { filename: string; exportedName: string; workers: Record<string, unknown> }
  >;
};
type ActionEntry = { id: string; page: string };

/**
 * Server actions of the build under test, by exported name (from Next's own manifest): the id,
 * and a page that serves it (Next only runs an action posted to a page that uses it). A page
 * without a case in its path is preferred.
 */
export function actions(): Record<string, ActionEntry> {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as Manifest;
  return Object.fromEntries(
    Object.entries(manifest.node).map(([id, entry]) => {
      const pages = Object.keys(entry.workers).map((w) =>
        w
          .replace(/^app/, "")
          .replace(/\/page$/, "")
          .replace("[locale]", "en"),
      );
      return [entry.exportedName, { id, page: pages.find((p) => !p.includes("[")) ?? pages[0]! }];
    }),
  );
}

export function actionIds(): Record<string, string> {
  return Object.fromEntries(Object.entries(actions()).map(([name, entry]) => [name, entry.id]));
}

/** Actions used with a state hook ((previous, formData) => state); the others take the form alone. */
export const stateActions = new Set([
  "createCaseAction",
  "updateCaseAction",
  "changeStatusAction",
  "setReminderOverridesAction",
  "updateSettingsAction",
  "deleteAccountAction",
  "requestSignInLink",
  "prepareLetterAction",
  "markLetterSentAction",
  "addEvidenceAction",
  "recordReplyAction",
]);

/**
 * Forges a call to a server action, as anyone can with curl: a multipart POST to a page, naming
 * the action as a form without JavaScript does, with any fields at all. Only for the specs whose
 * point is a raw request (authorization, hostile input); everything else goes through the UI or
 * the page's own form (page-form.ts).
 */
export function postAction(
  request: APIRequestContext,
  name: string,
  fields: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>,
): Promise<APIResponse> {
  const entry = actions()[name];
  if (!entry) throw new Error(`No server action named ${name} in this build`);
  const { id } = entry;
  const page = pagePath(entry.page, fields);
  const reference = stateActions.has(name)
    ? {
        $ACTION_REF_1: "",
        "$ACTION_1:0": JSON.stringify({ id, bound: "$@1" }),
        "$ACTION_1:1": "[{}]",
      }
    : { [`$ACTION_ID_${id}`]: "" };
  return request.post(page, {
    multipart: { ...reference, ...fields },
    headers: { Origin: e2eBaseURL },
    maxRedirects: 0,
  });
}

/** The page an action is posted to, with its [segments] filled from the fields of the same name. */
export function pagePath(page: string, fields: Record<string, unknown>): string {
  const fallback: Record<string, string> = {
    caseId: "no-such-case",
    kind: "chase",
    letterId: "no-such-letter",
  };
  return page.replace(/\[(\w+)\]/g, (_, name: string) =>
    encodeURIComponent(
      typeof fields[name] === "string" ? (fields[name] as string) : (fallback[name] ?? name),
    ),
  );
}
