import type { ReactNode } from "react";

/**
 * A message box. `success` and `info` are announced politely (role=status); `error` and
 * `warning` interrupt (role=alert) only when `urgent`, since a warning that is part of the page
 * from the start should not be read out twice.
 */
export type NoticeTone = "success" | "info" | "warning" | "error";

const tones: Record<NoticeTone, string> = {
  success:
    "bg-emerald-50 text-emerald-950 border-emerald-300 dark:bg-emerald-950 dark:text-emerald-50 dark:border-emerald-800",
  info: "bg-sky-50 text-sky-950 border-sky-300 dark:bg-sky-950 dark:text-sky-50 dark:border-sky-800",
  warning:
    "bg-amber-50 text-amber-950 border-amber-400 dark:bg-amber-950 dark:text-amber-50 dark:border-amber-700",
  error:
    "bg-red-50 text-red-950 border-red-400 dark:bg-red-950 dark:text-red-50 dark:border-red-800",
};

export function Notice({
  tone,
  title,
  children,
  urgent = false,
  id,
  className = "",
}: {
  tone: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  urgent?: boolean;
  id?: string;
  className?: string;
}) {
  const role = tone === "success" || tone === "info" ? "status" : urgent ? "alert" : undefined;
  return (
    <div
      id={id}
      role={role}
      tabIndex={id ? -1 : undefined}
      className={`rounded-md border p-3 ${tones[tone]} ${className}`}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
