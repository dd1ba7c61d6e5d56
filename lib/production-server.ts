/**
 * The handshake between the production server (server/main.ts, bundled on its own) and
 * instrumentation.ts (bundled by Next) in the same process. Next's `prepare()` does not wait for
 * instrumentation's `register()` to finish, so the server announces itself here and waits until
 * start-up (settings, database, migrations) is done before it listens.
 */
/**
 * What the server asks the app once it runs (it may not import the data layer itself): whether
 * a session may send an upload-sized body to a case (lib/data/upload-gate.ts).
 */
export type ServerHooks = {
  mayUpload: (sessionToken: string | undefined, caseId: string) => boolean;
};
type Handshake = { startedUp: (hooks: ServerHooks) => void };
const key = Symbol.for("si-opp.production-server");
const slot = globalThis as { [key]?: Handshake };

/** server/main.ts: resolves once instrumentation.ts has finished starting up. */
export function awaitStartUp(): Promise<ServerHooks> {
  return new Promise((resolve) => {
    slot[key] = { startedUp: resolve };
  });
}

/** instrumentation.ts: the waiting production server, or undefined under `npm run dev` or `next start`. */
export function productionServer(): Handshake | undefined {
  return slot[key];
}
