import { getOperator } from "@/lib/content/operators";
import { operatorReportSummary } from "@/lib/data/reports";

/**
 * An operator's readers' reports as JSON (`/api/reports/<operator>.json`), for the guide's figures
 * and for anyone who studies them (journalists, Forbrukerrådet): the same summary, under the
 * same k rule, as the operator's page. It changes at most once a month (when a batch of new
 * reports joins), so a short public cache is safe.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/reports/[file]">) {
  const id = /^([a-z0-9-]{1,40})\.json$/.exec((await params).file)?.[1];
  const operator = id ? await getOperator(id) : null;
  if (!operator)
    return Response.json(
      { error: "No such operator" },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  return Response.json(
    { operatorName: operator.name, ...operatorReportSummary(operator.id) },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
