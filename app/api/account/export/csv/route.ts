import { caseTable, exportSelection } from "@/app/api/account/export/case-table";
import { nowIso } from "@/lib/clock";
import { getSessionUser } from "@/lib/data/session";
import { toCsv } from "@/lib/export/csv";

/** The user's cases (or the ticked ones) as a CSV file (";"-separated, for spreadsheets in Norway). */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to download your data." }, { status: 401 });
  const selection = exportSelection(request);
  if ("response" in selection) return selection.response;
  const table = await caseTable(user.id, selection.only);
  const csv = toCsv(table.header, table.rows, { phoneColumns: [table.phoneColumn] });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="si-opp-cases-${nowIso().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
