import { caseTable, exportSelection } from "@/app/api/account/export/case-table";
import { nowIso } from "@/lib/clock";
import { getSessionUser } from "@/lib/data/session";
import { toXlsx } from "@/lib/export/xlsx";

/** The user's cases (or the ticked ones) as an Excel workbook: typed text cells, nothing to guess or to run. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to download your data." }, { status: 401 });
  const selection = exportSelection(request);
  if ("response" in selection) return selection.response;
  const table = await caseTable(user.id, selection.only);
  const file = await toXlsx(table.header, table.rows);
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="si-opp-cases-${nowIso().slice(0, 10)}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
