import { providerOptions } from "@/app/[locale]/tracker/_lib/view";
import { calendarHeaders, userCalendar } from "@/lib/calendar/feed";
import { now } from "@/lib/clock";
import { getAccount } from "@/lib/data/account";
import { ownsCase } from "@/lib/data/calendar";
import { getSessionUser } from "@/lib/data/session";

/** One case's dates as an .ics download, for the signed-in owner only. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/api/cases/[caseId]/calendar">,
) {
  const { caseId } = await params;
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (!ownsCase(user.id, caseId)) return Response.json({ error: "Not found." }, { status: 404 });
  const locale = getAccount(user.id)?.locale ?? "en";
  const body = await userCalendar({
    userId: user.id,
    locale,
    now: new Date(now()),
    providers: await providerOptions(),
    caseId,
  });
  return new Response(body, {
    headers: {
      ...calendarHeaders(`si-opp-${caseId.slice(0, 8)}.ics`),
      "Content-Disposition": `attachment; filename="si-opp-${caseId.slice(0, 8)}.ics"`,
    },
  });
}
