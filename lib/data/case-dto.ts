import type { cases } from "@/db/schema";
import type { CaseDto } from "./dto";

export function toCaseDto(row: typeof cases.$inferSelect): CaseDto {
  const { userId: _owner, ...rest } = row;
  return rest;
}
