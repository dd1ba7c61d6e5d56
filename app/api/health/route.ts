import { getHealth } from "@/lib/data/health";

export function GET() {
  return Response.json(getHealth(), { headers: { "Cache-Control": "no-store" } });
}
