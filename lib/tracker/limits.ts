/**
 * How much one account can hold: cases, and per case its letters and timeline events (every
 * edit, status change and tick is one). Far above what a person cancelling phone subscriptions needs
 * (the dashboard is measured with 1,000 cases), low enough that a script posting forms in a loop
 * cannot grow the database without bound. Safe to import in the browser (the forms' message
 * names the numbers).
 */
export const accountLimits = { cases: 2_000, letters: 50, events: 1_000 } as const;
