import { exportAccountData } from "@/lib/data/account";
import { getSessionUser } from "@/lib/data/session";

/** "Download my data": everything we hold about the signed-in user, as JSON. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to download your data." }, { status: 401 });
  const data = exportAccountData(user.id);
  if (!data) return Response.json({ error: "Account not found." }, { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="si-opp-data-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
