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

export function caseRowWithoutOwner(row: typeof cases.$inferSelect) {
  const { userId: _owner, ...rest } = row;
  return rest;
}

export function toCaseDto(
  row: typeof cases.$inferSelect,
  accountLeavingOn: IsoDate | null,
): CaseDto {
  return { ...caseRowWithoutOwner(row), accountLeavingOn };
}
