"use client";

import { useEffect } from "react";

/**
 * After an action redirects back to `…#section` (a status change, a ticked checklist item), puts
 * the keyboard focus on that section instead of the top of the page. Without JavaScript the
 * browser already scrolls there.
 */
export function FocusHashTarget() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: false });
  }, []);
  return null;
}
