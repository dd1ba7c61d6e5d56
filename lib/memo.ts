/**
 * Remembers an async result per key for the life of the server process. Content files only
 * change with a deploy, so production reads them once; `next dev` re-reads them on every call
 * so an edited guide shows up on reload.
 */
export function memoizeInProduction<A extends string[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const results = new Map<string, Promise<T>>();
  return (...args: A) => {
    if (process.env.NODE_ENV !== "production") return load(...args);
    const key = JSON.stringify(args);
    let result = results.get(key);
    if (!result) {
      result = load(...args);
      // A failed read is not remembered: the next call tries again.
      result.catch(() => results.delete(key));
      results.set(key, result);
    }
    return result;
  };
}
