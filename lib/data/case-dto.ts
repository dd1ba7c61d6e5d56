import { eq } from "drizzle-orm";
import type { AppDatabase, AppTransaction } from "@/db/client";
import { users, type cases } from "@/db/schema";
import type { IsoDate } from "@/lib/tracker/dates";
import type { CaseDto } from "./dto";

/** The account's leaving date: part of every case's model (lib/tracker/case-model.ts, doneByOf). */
export function leavingOnOf(db: AppDatabase | AppTransaction, userId: string): IsoDate | null {
  return (
    db.select({ on: users.leavingOn }).from(users).where(eq(users.id, userId)).get()?.on ?? null
  );
}

/** A case as pages and the data export see it: without its owner, and without the search column
 * (a copy of the other fields, for the dashboard's queries only). */
export function caseRowWithoutOwner(row: typeof cases.$inferSelect) {
  const { userId: _owner, searchText: _search, ...rest } = row;
  return rest;
}

export function toCaseDto(
  row: typeof cases.$inferSelect,
  accountLeavingOn: IsoDate | null,
): CaseDto {
  return { ...caseRowWithoutOwner(row), accountLeavingOn };
}
