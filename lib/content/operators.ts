import { memoizeInProduction } from "@/lib/memo";
import { readOperators, type OperatorData } from "./read-operators";
import type { Operator } from "./operator-schema";

export const getOperatorData: () => Promise<OperatorData> = memoizeInProduction(() =>
  readOperators(),
);

export async function getOperator(id: string): Promise<Operator | null> {
  return (await getOperatorData()).operators.find((operator) => operator.id === id) ?? null;
}
