import type { ReactNode } from "react";

/**
 * Wraps a Markdown list as a checklist. Static in the guide; the tracker turns the same items
 * into per-case tick boxes.
 */
export function Checklist({ children }: { children: ReactNode }) {
  return <div className="guide-checklist">{children}</div>;
}
