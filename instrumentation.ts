// Next runs register() once when the server starts. Everything it does needs Node (the
// database, the file system, SMTP), so it lives in instrumentation-node.ts, imported only in
// the Node.js runtime (the import is dropped from the edge bundle).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNode } = await import("./instrumentation-node");
    await registerNode();
  }
}
