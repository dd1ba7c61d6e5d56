import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { calendarHeaders, userCalendar } from "@/lib/calendar/feed";
import { now } from "@/lib/clock";
import { feedOwner } from "@/lib/data/calendar";

/**
 * The private calendar feed, fetched by calendar apps without a session: the secret in the
 * path is the only key. An unknown, revoked or malformed one is a plain 404.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/calendar/[token]">) {
  const token = (await params).token.replace(/\.ics$/, "");
  const owner = /^[A-Za-z0-9_-]{43}$/.test(token) ? feedOwner(token) : null;
  if (!owner)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const body = await userCalendar({
    userId: owner.userId,
    locale: owner.locale,
    now: new Date(now()),
    providers: await providerOptions(),
  });
  return new Response(body, { headers: calendarHeaders("si-opp.ics") });
}
