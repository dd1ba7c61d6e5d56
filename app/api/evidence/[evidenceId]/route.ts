import { readFile } from "node:fs/promises";
import { evidenceFile } from "@/lib/data/evidence";
import { getSessionUser } from "@/lib/data/session";
import { contentDisposition } from "@/lib/evidence/file-name";
import { fileResponseHeaders } from "@/lib/evidence/file-response";

/**
 * One file of evidence, to the signed-in owner only: another user's id, an unknown id and a
 * malformed one all answer the same 404. Images open in the browser (the case file shows them);
 * anything else, and any file asked for with `?download=1`, is a download. The type is the one
 * our detection stored, never sniffed, and the response is sandboxed (lib/evidence/file-response.ts).
 */
export async function GET(
  request: Request,
  { params }: RouteContext<"/api/evidence/[evidenceId]">,
) {
  const { evidenceId } = await params;
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const found = evidenceFile(user.id, evidenceId);
  if (!found) return Response.json({ error: "Not found." }, { status: 404 });
  let body: Buffer;
  try {
    body = await readFile(found.path);
  } catch {
    return Response.json({ error: "The file is missing." }, { status: 404 });
  }
  const { mediaType, fileName } = found.evidence;
  const inline =
    mediaType.startsWith("image/") && !new URL(request.url).searchParams.has("download");
  return new Response(new Uint8Array(body), {
    headers: {
      ...fileResponseHeaders(mediaType),
      "Content-Length": String(body.byteLength),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", fileName),
    },
  });
}
