import { AsyncLocalStorage } from "node:async_hooks";
import { headers } from "next/headers";
import { clientOf } from "@/lib/data/sign-in-attempts";

/**
 * The client (rate-limit key) of the request Auth.js is handling. Auth.js's callbacks get no
 * request: its route handlers run inside `withRequestClient`; a sign-in started from our own
 * server action is read from that request's headers.
 */
const store = new AsyncLocalStorage<string>();

export function withRequestClient<T>(request: Request, handle: () => T): T {
  return store.run(clientOf(request.headers), handle);
}

export async function requestClient(): Promise<string> {
  return store.getStore() ?? clientOf(await headers());
}
