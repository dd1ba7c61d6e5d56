/**
 * Remembers an async result per key for the life of the server process. Content files only
 * change with a deploy, so production reads them once; `next dev` re-reads them on every call
 * so an edited guide shows up on reload.
 *
 * `shareAs` keeps the results on globalThis under that name: the start-up code
 * (instrumentation) and the pages are separate bundles with separate module instances, so a
 * result computed at start is only seen by the pages through a process-wide slot.
 */
export function memoizeInProduction<A extends string[], T>(
  load: (...args: A) => Promise<T>,
  options: { shareAs?: string } = {},
): (...args: A) => Promise<T> {
  const slot = globalThis as unknown as Record<string, Map<string, Promise<T>> | undefined>;
  const own = new Map<string, Promise<T>>();
  const results = () => (options.shareAs ? (slot[options.shareAs] ??= new Map()) : own);
  return (...args: A) => {
    if (process.env.NODE_ENV !== "production") return load(...args);
    const key = JSON.stringify(args);
    const cache = results();
    let result = cache.get(key);
    if (!result) {
      result = load(...args);
      // A failed read is not remembered: the next call tries again.
      result.catch(() => cache.delete(key));
      cache.set(key, result);
    }
    return result;
  };
}
