import type { cases } from "@/db/schema";
import type { Status } from "@/lib/tracker/status";

type CaseRow = typeof cases.$inferSelect;

/** What pages get: a plain object without the owner's id. */
export type CaseDto = Omit<CaseRow, "userId" | "status"> & { status: Status };
export type CaseEventDto = { id: number; at: string; kind: string; field: string | null; from: string | null; to: string | null };

export function toCaseDto(row: CaseRow): CaseDto {
  const { userId: _owner, ...rest } = row;
  return { ...rest, status: row.status as Status };
}
