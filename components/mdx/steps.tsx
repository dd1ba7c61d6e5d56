import type { ReactNode } from "react";

/** Wraps a Markdown ordered list and numbers it as a sequence of steps. */
export function Steps({ children }: { children: ReactNode }) {
  return <div className="guide-steps">{children}</div>;
}
