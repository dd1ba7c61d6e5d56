import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Class names joined (clsx) and merged (tailwind-merge): a later utility wins over an earlier one
 * of the same property, so `<Button className="px-3 py-1">` really overrides the base `px-4 py-2`
 * instead of losing to whichever rule comes last in the CSS.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
