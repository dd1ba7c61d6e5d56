// The buttons' classes, without merging: for client components that ship with every page (the
// error boundary), so that tailwind-merge (~9 KiB gz) stays out of their bundle. Anything that
// overrides a class uses `Button` or `buttonClass` from `button.tsx`, which merge.

/**
 * `primary` is the one thing a page wants you to do next; `secondary` is any other choice
 * (including "I decided not to cancel"); `danger` deletes something.
 */
export type ButtonVariant = "primary" | "secondary" | "danger";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 font-semibold disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2";
const variants: Record<ButtonVariant, string> = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 focus-visible:outline-sky-700",
  secondary:
    "border border-zinc-400 bg-white text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800",
  danger: "bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700",
};

export function buttonStyles(variant: ButtonVariant = "primary"): string {
  return `${base} ${variants[variant]}`;
}
