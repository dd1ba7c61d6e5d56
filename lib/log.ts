/**
 * Operational log lines: one per event, `si-opp <event> key=value …` (values JSON-encoded), stable
 * enough to grep and alert on. Fields are settings, counts and ids only: never e-mail addresses,
 * phone numbers or anything a user typed.
 */
export function logEvent(
  event: string,
  fields: Record<string, string | number | boolean | null | undefined> = {},
): void {
  console.log(formatLogLine(event, fields));
}

export function logProblem(
  event: string,
  fields: Record<string, string | number | boolean | null | undefined> = {},
): void {
  console.error(formatLogLine(event, fields));
}

export function formatLogLine(
  event: string,
  fields: Record<string, string | number | boolean | null | undefined>,
): string {
  const pairs = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return ["si-opp", event, ...pairs].join(" ");
}
