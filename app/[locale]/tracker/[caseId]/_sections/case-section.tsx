import { cn } from "@/lib/cn";
import type { ReactNode } from "react";

/**
 * One section of the case page: a landmark named by its h2, so screen-reader users can jump
 * between them. `target`: the heading takes the focus when a link or a redirect lands on its
 * `#id` (FocusHashTarget), and leaves room above it when scrolled to.
 */
export function CaseSection({
  id,
  title,
  target = false,
  children,
}: {
  id: string;
  title: ReactNode;
  target?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2
        id={id}
        tabIndex={target ? -1 : undefined}
        className={cn("mb-3 text-xl font-semibold", target && "scroll-mt-4")}
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
