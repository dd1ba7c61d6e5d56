import Link from "next/link";
import { cn } from "@/lib/cn";
import type { ComponentProps } from "react";

/**
 * The app's buttons. `primary` is the one thing a page wants you to do next; `secondary` is any
 * other choice (including "I decided not to cancel"); `danger` deletes something.
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

export function buttonClass(variant: ButtonVariant = "primary", extra?: string): string {
  return cn(base, variants[variant], extra);
}

export function Button({
  variant = "primary",
  className,
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button type="submit" {...props} className={buttonClass(variant, className)} />;
}

export function LinkButton({
  variant = "primary",
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link {...props} className={buttonClass(variant, className)} />;
}
