import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { AppDatabase } from "@/db/client";
import * as schema from "@/db/schema";
import { readCasePage, readOperatorCounts, readViewCounts } from "@/lib/data/case-list-statements";
import type { IsoDate } from "@/lib/tracker/dates";

/**
 * One read as SQLite ran it: its SQL, its arguments (strings, numbers and nulls, which survive
 * JSON), how it was run, whether rows came as arrays, and how many rows it found.
 */
export type RecordedRead = {
  source: string;
  args: (string | number | null)[];
  method: "all" | "get";
  raw: boolean;
  found: number;
};

// `get` gives one row or undefined (a raw row is an array too), `all` an array of rows.
const rowsIn = (method: "all" | "get", result: unknown) =>
  method === "all" ? (result as unknown[]).length : result === undefined ? 0 : 1;

/**
 * The reads our data layer makes for the heavy user's first dashboard page, recorded from its own
 * statements: the session with its user row (which holds the time zone and the leaving date),
 * the counts per view, the operators, the page's ids and their rows. The app also reads the user
 * row three more times per request (the frame, today's date, the leaving date); that is left
 * out. These are our reads as designed, not the least any design could make. The bench's bare
 * copy of the dashboard replays them per request (bench/bare-dashboard-pages.ts): what the
 * framework and our reads cost together, with none of our other code (not even drizzle's: the
 * copy runs the recorded SQL on better-sqlite3 itself).
 *
 * Recorded on a connection of its own, which hands drizzle statements that note each run; a way
 * of running a statement that is not noted (`run`, `iterate`, `pluck`…) throws.
 */
export function recordDashboardReads(
  file: string,
  request: { userId: string; sessionToken: string; today: IsoDate; pageSize: number },
): RecordedRead[] {
  const client = new Database(file, { readonly: true });
  const reads: RecordedRead[] = [];
  const passedThrough = new Set<PropertyKey>(["source", "reader", "readonly", "busy", "database"]);
  const recording = (statement: Database.Statement, raw: boolean): Database.Statement =>
    new Proxy(statement, {
      get(target, property) {
        if (property === "raw") return (on = true) => recording(target.raw(on), on);
        if (property === "all" || property === "get") {
          return (...args: unknown[]) => {
            const result: unknown = target[property](...args);
            reads.push({
              source: target.source,
              args: jsonSafe(args),
              method: property,
              raw,
              found: rowsIn(property, result),
            });
            return result;
          };
        }
        if (passedThrough.has(property)) return Reflect.get(target, property, target);
        throw new Error(`recordDashboardReads does not record a statement's ${String(property)}`);
      },
    });
  const recordingClient = new Proxy(client, {
    get(target, property) {
      if (property === "prepare")
        return (source: string) => recording(target.prepare(source), false);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const db = drizzle(recordingClient, { schema }) as unknown as AppDatabase;
  try {
    // The session's read, as lib/data/session-lookup.ts makes it (that module is server-only).
    db.select({ session: schema.sessions, user: schema.users })
      .from(schema.sessions)
      .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
      .where(eq(schema.sessions.sessionToken, request.sessionToken))
      .get();
    const filter = { today: request.today, terms: [] };
    readViewCounts(db, request.userId, filter);
    readOperatorCounts(db, request.userId);
    readCasePage(db, request.userId, { ...filter, limit: request.pageSize, offset: 0 });
  } finally {
    client.close();
  }
  return reads;
}

function jsonSafe(args: unknown[]): RecordedRead["args"] {
  return args.map((arg) => {
    if (arg === null || typeof arg === "string" || typeof arg === "number") return arg;
    throw new Error(`a read's argument would not survive JSON: ${typeof arg}`);
  });
}
