import { buttonStyles, type ButtonVariant } from "@/components/ui/button-styles";
import { Link } from "@/components/ui/link";
import { cn } from "@/lib/cn";
import type { ComponentProps } from "react";

/** The app's buttons; an `extra` class overrides the base (merged by `cn`). */
export function buttonClass(variant: ButtonVariant = "primary", extra?: string): string {
  return cn(buttonStyles(variant), extra);
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
