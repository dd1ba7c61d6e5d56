import type { Status } from "@/lib/tracker/status";

const colours: Record<Status, string> = {
  planned: "bg-zinc-200 text-zinc-900 dark:bg-zinc-700 dark:text-zinc-100",
  submitted: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100",
  confirmed: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  completed: "bg-emerald-200 text-emerald-950 dark:bg-emerald-800 dark:text-emerald-50",
  rejected: "bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100",
  withdrawn: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${colours[status]}`}>{label}</span>;
}
