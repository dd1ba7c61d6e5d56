import { randomUUID } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { count, eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { cases, users } from "@/db/schema";
import { actions, pagePath, stateActions } from "./actions";
import { e2eAppEnv, e2eBaseURL, e2eDir } from "./env";
import { signInAs } from "./fixtures";

// More than a thousand bad values thrown at every form, action, route and query parameter: the
// server never answers 500, and a rejected submission leaves the database as it was.

type Value = string | Buffer;
const bad: Value[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\r\n",
  "x\r\nSet-Cookie: y=1",
  "\t",
  "\u0007\u001b[2J",
  "\u202eevil",
  "\ufeff",
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xff, 0xfe, 0xfd]),
  "\ud800",
  "\udfff",
  "a".repeat(100_000),
  "中文".repeat(20_000),
  "😀".repeat(2_000),
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "' OR 1=1 --",
  '\'; DROP TABLE "case"; --',
  "1; SELECT * FROM user",
  "../../etc/passwd",
  "%00",
  "%0d%0a",
  "%2F%2Fevil.example",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e308",
  "99999999999999999999999",
  "true",
  "[]",
  "{}",
  '{"__proto__":{"polluted":1}}',
  "0000-00-00",
  "0000-01-01",
  "9999-12-31",
  "+010000-01-01",
  "2026-02-30",
  "2026-13-01",
  "1969-12-31",
  "2026-11-25T00:00:00Z",
  "25.11.2026",
  "https://evil.example/",
  "//evil.example",
  "other",
];

/** A sample of each kind, where the whole list times every field would only repeat itself. */
const sample: Value[] = bad.filter((_, index) => index % 4 === 0);

/** A file part: its name (written into the header as is, whatever it holds), type and bytes. */
type FilePart = { filename: string; type: string; data: Buffer };
const isFile = (value: Value | FilePart): value is FilePart =>
  typeof value === "object" && !Buffer.isBuffer(value);

/** A multipart body written byte by byte, so invalid UTF-8 and NUL reach the server as sent. */
function multipart(fields: Record<string, Value | FilePart>): { body: Buffer; type: string } {
  const boundary = `----hostile${randomUUID()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const header = isFile(value)
      ? `; filename="${value.filename}"\r\nContent-Type: ${value.type}`
      : "";
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${header}\r\n\r\n`,
      ),
      isFile(value) ? value.data : Buffer.isBuffer(value) ? value : Buffer.from(value),
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function db() {
  return openDatabase(e2eAppEnv.DATABASE_PATH);
}

let tried = 0;
let caseId: string;
let userId: string;
let otherUsersCase: string;
let request: APIRequestContext;

async function post(name: string, fields: Record<string, Value | FilePart>) {
  const entry = actions()[name]!;
  const reference: Record<string, Value | FilePart> = stateActions.has(name)
    ? {
        $ACTION_REF_1: "",
        "$ACTION_1:0": JSON.stringify({ id: entry.id, bound: "$@1" }),
        "$ACTION_1:1": "[{}]",
      }
    : { [`$ACTION_ID_${entry.id}`]: "" };
  const { body, type } = multipart({ ...reference, ...fields });
  tried++;
  return request.post(pagePath(entry.page, { caseId }), {
    data: body,
    headers: { "content-type": type, Origin: e2eBaseURL },
    maxRedirects: 0,
  });
}

const caseRow = () => {
  const d = db();
  try {
    return d.select().from(cases).where(eq(cases.id, caseId)).get();
  } finally {
    d.$client.close();
  }
};
const caseCount = () => {
  const d = db();
  try {
    return d.select({ n: count() }).from(cases).where(eq(cases.userId, userId)).get()!.n;
  } finally {
    d.$client.close();
  }
};

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  const other = await browser.newContext();
  await signInAs(other, "hostile-other@example.test");
  const created = await other.request.post(actions().createCaseAction!.page, {
    multipart: {
      $ACTION_REF_1: "",
      "$ACTION_1:0": JSON.stringify({ id: actions().createCaseAction!.id, bound: "$@1" }),
      "$ACTION_1:1": "[{}]",
      locale: "en",
      provider: "ice",
      subscriptionType: "prepaid",
      phoneNumber: "41234567",
      channel: "chat",
    },
    headers: { Origin: e2eBaseURL },
    maxRedirects: 0,
  });
  otherUsersCase = /tracker\/([\w-]+)/.exec(created.headers()["location"]!)![1]!;
  await other.close();

  const context = await browser.newContext();
  userId = await signInAs(context, "hostile@example.test");
  request = context.request;
  const mine = await post("createCaseAction", {
    locale: "en",
    provider: "telenor",
    subscriptionType: "postpaid",
    phoneNumber: "91234567",
    channel: "chat",
    submittedOn: "2026-11-10",
  });
  caseId = /tracker\/([\w-]+)/.exec(mine.headers()["location"]!)![1]!;
});

test.afterAll(() => {
  console.log(`Hostile input: ${tried} requests with bad values, none answered 500.`);
  expect(tried).toBeGreaterThanOrEqual(1000);
});

const caseForm = {
  locale: "en",
  provider: "telenor",
  subscriptionType: "postpaid",
  phoneNumber: "91234567",
  channel: "chat",
} as Record<string, Value>;

test("every field of the case form, on create and on edit", async () => {
  test.setTimeout(300_000);
  const fields = [
    "provider",
    "providerName",
    "subscriptionType",
    "phoneNumber",
    "foreignNumber",
    "customerNumber",
    "nickname",
    "channel",
    "submittedOn",
    "confirmationReference",
    "confirmedOn",
    "endsOn",
    "finalBillChecked",
    "notes",
    "locale",
  ];
  for (const field of fields) {
    for (const value of bad) {
      const before = caseCount();
      const created = await post("createCaseAction", { ...caseForm, [field]: value });
      expect(created.status(), `create ${field}=${String(value).slice(0, 30)}`).toBeLessThan(500);
      if (created.status() !== 303) expect(caseCount(), `create ${field}`).toBe(before);
    }
    // The edit form validates with the same schema: a sample is enough there.
    for (const value of sample) {
      const row = caseRow()!;
      const edited = await post("updateCaseAction", {
        ...caseForm,
        caseId,
        version: String(row.version),
        base: "{}",
        [field]: value,
      });
      expect(edited.status(), `edit ${field}=${String(value).slice(0, 30)}`).toBeLessThan(500);
      if (edited.status() !== 303) expect(caseRow(), `edit ${field}`).toEqual(row);
    }
  }
  for (const value of bad) {
    const row = caseRow()!;
    for (const [field, fields] of [
      ["caseId", { caseId: value }],
      ["version", { caseId, version: value }],
      ["base", { caseId, version: String(row.version), base: value }],
    ] as const) {
      const response = await post("updateCaseAction", { ...caseForm, ...fields });
      expect(response.status(), `edit ${field}`).toBeLessThan(500);
      if (response.status() !== 303) expect(caseRow()).toEqual(row);
    }
  }
});

test("the status, checklist, reminder, final-bill and delete buttons", async () => {
  test.setTimeout(300_000);
  const calls: [string, (v: Value) => Record<string, Value>][] = [
    ["changeStatusAction", (v) => ({ locale: "en", caseId, to: v })],
    ["changeStatusAction", (v) => ({ locale: "en", caseId, to: "confirmed", confirmedOn: v })],
    [
      "changeStatusAction",
      (v) => ({
        locale: "en",
        caseId,
        to: "confirmed",
        confirmedOn: "2026-11-11",
        endsOn: v,
        confirmationReference: v,
      }),
    ],
    ["changeStatusAction", (v) => ({ locale: "en", caseId: v, to: "withdrawn" })],
    ["setChecklistItemAction", (v) => ({ locale: "en", caseId, item: v, done: "true" })],
    ["setChecklistItemAction", (v) => ({ locale: "en", caseId, item: "backups", done: v })],
    ["snoozeCaseAction", (v) => ({ locale: v, caseId: v })],
    ["resumeRemindersAction", (v) => ({ locale: "en", caseId: v })],
    [
      "setReminderOverridesAction",
      (v) => ({ locale: "en", caseId, remindOn: v, "kind-follow-up": v }),
    ],
    ["recordFinalBillAction", (v) => ({ locale: "en", caseId, outcome: v })],
    ["deleteCaseAction", (v) => ({ locale: "en", caseId: v })],
    ["markFinalBillsCheckedAction", (v) => ({ locale: "en", caseId: v, back: v })],
    ["markFinalBillsCheckedAction", (v) => ({ locale: "en", caseId, back: v })],
  ];
  for (const [name, fields] of calls) {
    for (const value of [...bad, otherUsersCase]) {
      const row = caseRow();
      const response = await post(name, fields(value));
      expect(response.status(), `${name} ${String(value).slice(0, 30)}`).toBeLessThan(500);
      // Accepted: a redirect to the case (or, after a delete, the list) that is not "not found".
      const accepted =
        response.status() === 303 &&
        !/notFound=1|sign-in/.test(response.headers()["location"] ?? "");
      if (!accepted) expect(caseRow(), name).toEqual(row);
    }
  }
  expect(caseRow()?.id).toBe(caseId); // nothing bad deleted it
});

test('the letter form, "I sent it" and the calendar button', async () => {
  test.setTimeout(300_000);
  const letterCount = () => {
    const d = db();
    try {
      return d.$client.prepare("select count(*) as n from case_letter").get() as { n: number };
    } finally {
      d.$client.close();
    }
  };
  const letterFields = [
    "kind",
    "fullName",
    "birthDate",
    "email",
    "customerNumber",
    "sentReference",
    "endChoice",
    "endDate",
    "porting",
    "accountNumber",
    "bic",
    "details",
    "claim",
    "invoiceNumber",
    "disputedAmount",
    "complaintSentOn",
    "answer",
    "answerOn",
  ];
  const valid = {
    locale: "en",
    caseId,
    kind: "cancellation",
    fullName: "Li Wei",
    endChoice: "earliest",
    porting: "no",
  };
  for (const field of letterFields) {
    for (const value of sample) {
      const before = letterCount();
      const response = await post("prepareLetterAction", { ...valid, [field]: value });
      expect(response.status(), `letter ${field}`).toBeLessThan(500);
      if (response.status() !== 303) expect(letterCount()).toEqual(before);
    }
  }
  for (const value of sample) {
    for (const fields of [
      { sentOn: value, channel: "email", letterId: "x" },
      { sentOn: "2026-11-20", channel: value, letterId: value },
    ]) {
      expect(
        (await post("markLetterSentAction", { locale: "en", caseId, ...fields })).status(),
      ).toBeLessThan(500);
    }
    expect(
      (await post("calendarFeedAction", { locale: "en", change: value })).status(),
    ).toBeLessThan(500);
  }
});

test("the evidence upload: hostile files, names, captions and dates; no 500, no stray file", async () => {
  test.setTimeout(300_000);
  const { htmlAsPng, svgAsPng, heicHeader, png, eml, pdf } = await import("@/test/evidence-files");
  const contents: [string, Buffer][] = [
    ["html", htmlAsPng],
    ["svg", svgAsPng],
    ["heic", heicHeader],
    ["empty", Buffer.alloc(0)],
    ["zip", Buffer.from("504b0304140000000800", "hex")],
    ["truncated png", (await png(30, 30, 9)).subarray(0, 60)],
    ["nul", Buffer.from([0, 0, 0, 0])],
    ["png", await png(12, 12, 200)],
    ["eml", eml],
    ["pdf", pdf],
  ];
  const names = [
    "../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "a\u0000b.png",
    "x\r\nContent-Type: text/html.png",
    "\u202egnp.exe",
    "",
    `${"a".repeat(2_000)}.png`,
    "%2e%2e%2fx.png",
    '"quoted".png',
    "确认邮件.eml",
  ];
  const upload = (fields: Record<string, Value | FilePart>) =>
    post("addEvidenceAction", { locale: "en", caseId, ...fields });
  const check = (response: Awaited<ReturnType<typeof post>>, label: string) =>
    expect(response.status(), label).toBeLessThan(500);
  for (const [kind, data] of contents)
    for (const filename of names)
      check(
        await upload({ "file-0": { filename, type: "image/png", data } }),
        `${kind} ${filename.slice(0, 20)}`,
      );
  // Declared types that lie, several files at once, and bad values in the other fields.
  for (const type of ["text/html", "image/svg+xml", "application/x-msdownload", "", "\r\n"])
    check(await upload({ "file-0": { filename: "x.png", type, data: htmlAsPng } }), type);
  for (const value of sample) {
    check(
      await upload({
        "file-0": { filename: "ok.png", type: "image/png", data: await png(5, 5, 3) },
        "caption-0": value,
        "shownOn-0": value,
        "file-1": { filename: "b.pdf", type: "application/pdf", data: pdf },
        "caption-2": value,
      }),
      String(value).slice(0, 20),
    );
    check(await upload({ "file-0": value, "file-7": value, caseId: value }), "text as file");
  }
  // The operator's answer: every field with bad values (the case stays as it was unless a
  // well-formed answer moves it).
  for (const field of ["receivedOn", "channel", "outcome", "reference", "text", "evidenceId"])
    for (const value of sample)
      check(
        await post("recordReplyAction", {
          locale: "en",
          caseId,
          receivedOn: "2026-11-12",
          channel: "email",
          outcome: "other",
          [field]: value,
        }),
        `reply ${field}`,
      );
  // Over the size limit (11 MB of a real PNG signature), and a body cut off before its end.
  const big = Buffer.concat([(await png(5, 5, 4)).subarray(0, 16), Buffer.alloc(11 * 1024 * 1024)]);
  check(await upload({ "file-0": { filename: "big.png", type: "image/png", data: big } }), "big");
  const { body, type } = multipart({
    [`$ACTION_ID_${actions().addEvidenceAction!.id}`]: "",
    locale: "en",
    caseId,
    "file-0": { filename: "cut.png", type: "image/png", data: await png(40, 40, 5) },
  });
  const cut = body.subarray(0, body.length - 200);
  tried++;
  const truncated = await request.post(pagePath(actions().addEvidenceAction!.page, { caseId }), {
    data: cut,
    headers: { "content-type": type, Origin: e2eBaseURL },
    maxRedirects: 0,
  });
  check(truncated, "truncated body");

  // What was accepted is on the case with its file; nothing half-written is left anywhere.
  const d = db();
  try {
    const rows = d.$client
      .prepare("select sha256, file_name from case_evidence where case_id = ?")
      .all(caseId) as { sha256: string; file_name: string }[];
    for (const row of rows) {
      expect(existsSync(`${e2eDir}/evidence/${row.sha256.slice(0, 2)}/${row.sha256}`)).toBe(true);
      expect(row.file_name).not.toMatch(/[\/\\\u0000-\u001f\u202e]/);
    }
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(4); // the png, the eml, the pdf, the small png
  } finally {
    d.$client.close();
  }
  const temporary = `${e2eDir}/evidence/tmp`;
  expect(existsSync(temporary) ? readdirSync(temporary) : []).toEqual([]);
});

test("account settings, account deletion and the sign-in form", async () => {
  test.setTimeout(300_000);
  const account = () => {
    const d = db();
    try {
      return d.select().from(users).where(eq(users.id, userId)).get();
    } finally {
      d.$client.close();
    }
  };
  for (const value of bad) {
    const settings: Record<string, Value>[] = [
      { locale: value, timeZone: "Europe/Oslo" },
      { locale: "en", timeZone: value },
      { locale: "en", timeZone: "Europe/Oslo", remindersEnabled: value },
    ];
    for (const fields of settings) {
      const before = account();
      const response = await post("updateSettingsAction", fields);
      expect(response.status()).toBeLessThan(500);
      if (response.status() !== 303) expect(account()).toEqual(before);
    }
    const deletion = await post("deleteAccountAction", { locale: "en", confirm: value });
    expect(deletion.status()).toBeLessThan(500);
    expect(account()?.id).toBe(userId); // a bad confirmation deletes nothing
    const signIn = await post("requestSignInLink", {
      locale: "en",
      email: value,
      callbackUrl: value,
    });
    expect(signIn.status()).toBeLessThan(500);
  }
});

test("every action called with arguments that are not a form, as a script can call it", async () => {
  // What Next's client sends for `action(…args)` from JavaScript: the action's id in a header and
  // the encoded arguments in a multipart field. A form always passes FormData; a script can pass
  // anything, and no action may answer that with a 500 or write anything.
  const before = caseRow();
  const casesBefore = caseCount();
  for (const [name, entry] of Object.entries(actions())) {
    for (const args of ['["not a form"]', "[1, 2]", "[{}, 5]", "[null, null]", "[]", '[{}, "x"]']) {
      const { body, type } = multipart({ "0": args });
      tried++;
      const response = await request.post(pagePath(entry.page, { caseId }), {
        data: body,
        headers: { "content-type": type, Origin: e2eBaseURL, "Next-Action": entry.id },
        maxRedirects: 0,
      });
      expect(response.status(), `${name} ${args}`).toBeLessThan(500);
    }
  }
  expect(caseRow()).toEqual(before);
  expect(caseCount()).toBe(casesBefore);
});

test("every route and query parameter", async () => {
  test.setTimeout(300_000);
  // Byte by byte, so invalid UTF-8 reaches the server in the URL as it would from curl.
  const encoded = (v: Value) =>
    [...(Buffer.isBuffer(v) ? v : Buffer.from(v.slice(0, 2000)))]
      .map((b) =>
        /[A-Za-z0-9._~-]/.test(String.fromCharCode(b))
          ? String.fromCharCode(b)
          : `%${b.toString(16).padStart(2, "0").toUpperCase()}`,
      )
      .join("");
  const urls = (v: string) => [
    `/en/search?q=${v}`,
    `/zh/search?q=${v}`,
    `/en/helper?keep=${v}&type=${v}&binding=${v}&recent=${v}`,
    `/en/tracker?status=${v}&page=${v}`,
    `/en/tracker?q=${v}&view=${v}&sort=${v}&operator=${v}&q=${v}`,
    `/en/tracker?marked=${v}&skipped=${v}&bulk=${v}`,
    `/api/account/export/csv?caseId=${v}&caseId=${v}`,
    `/en/sign-in?callbackUrl=${v}`,
    `/en/sign-in/error?error=${v}`,
    `/en/sign-in/check-email?code=${v}&left=${v}`,
    `/en/sign-in/confirm?token=${v}&email=${v}&callbackUrl=${v}`,
    `/api/auth/session?callbackUrl=${v}`,
    `/api/auth/signin?callbackUrl=${v}`,
    `/api/auth/callback/nodemailer?token=${v}&email=${v}&callbackUrl=${v}`,
    `/en/tracker/${v}`,
    `/en/tracker/${caseId}/final-bill?outcome=${v}`,
    `/en/unsubscribe?token=${v}&done=${v}`,
    `/api/unsubscribe?token=${v}`,
    `/en/guides/${v}`,
    `/en/operators/${v}`,
    `/en/operators/${v}/reports`,
    `/api/reports/${v}`,
    `/api/reports/${v}.json`,
    `/en/tracker/${caseId}?report=${v}&saved=${v}`,
    `/${v}`,
  ];
  for (const value of bad) {
    const v = encoded(value);
    for (const url of urls(v)) {
      tried++;
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url.slice(0, 80)).toBeLessThan(500);
    }
    tried++;
    expect(
      (
        await request.post(`/api/unsubscribe?token=${v}`, {
          form: { "List-Unsubscribe": "One-Click" },
        })
      ).status(),
    ).toBeLessThan(500);
    // The sign-in code, a link confirmed by POST, and Auth.js's own body and cookie.
    for (const post of [
      () =>
        request.post("/api/auth/code", {
          form: { code: String(value), locale: String(value) },
          // Cookies stay under Node's 16 KiB header limit (above it the server answers 431).
          headers: { Origin: e2eBaseURL, Cookie: `si-opp-pending-sign-in=${v.slice(0, 4000)}` },
        }),
      () =>
        request.post(`/api/auth/callback/nodemailer?token=${v}&email=${v}&callbackUrl=${v}`, {
          form: { callbackUrl: String(value) },
          headers: { Origin: e2eBaseURL },
        }),
      () =>
        request.post("/api/auth/signin/nodemailer", {
          data: { email: String(value), callbackUrl: String(value) },
          headers: { Origin: e2eBaseURL, Cookie: `authjs.callback-url=${v.slice(0, 4000)}` },
        }),
    ]) {
      tried++;
      expect((await post()).status()).toBeLessThan(500);
    }
    // Forged headers on an ordinary page and on the API.
    for (const headers of [
      {
        "X-Forwarded-For": String(value).slice(0, 500),
        "X-Forwarded-Host": String(value).slice(0, 200),
        "Accept-Language": String(value).slice(0, 500),
      },
      { Cookie: `NEXT_LOCALE=${v}; authjs.session-token=${v}` },
    ]) {
      for (const url of ["/", "/en/tracker", "/api/auth/session"]) {
        tried++;
        // HTTP itself forbids control characters in headers; everything else goes through as is.
        const printable = Object.fromEntries(
          Object.entries(headers).map(([k, h]) => [k, h.replace(/[^\x20-\x7e]/g, "?")]),
        );
        const response = await request.get(url, { headers: printable, maxRedirects: 0 });
        expect(response.status(), `${url} ${JSON.stringify(headers).slice(0, 60)}`).toBeLessThan(
          500,
        );
      }
    }
  }
});
