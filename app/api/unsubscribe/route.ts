import { NextResponse, type NextRequest } from "next/server";
import { getAccount } from "@/lib/data/account";
import { unsubscribe } from "@/lib/data/reminders";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { siteUrl } from "@/lib/site-url";

/**
 * The List-Unsubscribe target. Mail clients POST "List-Unsubscribe=One-Click" here (RFC 8058) and
 * the switch happens at once; a person clicking the link (GET) is shown a confirmation page
 * first, whose form POSTs back here. A forged token changes nothing and gets a 400.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const verified = verifyUnsubscribeToken(token);
  const locale = verified ? (getAccount(verified.userId)?.locale ?? "en") : "en";
  return NextResponse.redirect(
    new URL(`/${locale}/unsubscribe?token=${encodeURIComponent(token)}`, siteUrl),
    303,
  );
}

export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const verified = verifyUnsubscribeToken(token);
  if (!verified) return new Response("Invalid unsubscribe link.", { status: 400 });
  unsubscribe(verified.userId, verified.scope);
  const form = await request.formData().catch(() => null);
  if (form?.get("List-Unsubscribe") === "One-Click")
    return new Response("Unsubscribed.", { status: 200 });
  const locale = getAccount(verified.userId)?.locale ?? "en";
  return NextResponse.redirect(
    new URL(`/${locale}/unsubscribe?done=1&token=${encodeURIComponent(token)}`, siteUrl),
    303,
  );
}
