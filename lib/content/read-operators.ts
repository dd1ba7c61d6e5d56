import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import {
  operatorCommonSchema,
  operatorSchema,
  operatorSections,
  type Operator,
  type OperatorCommon,
  type OperatorSource,
} from "./operator-schema";
import { contentRoot } from "./read-guides";

export type OperatorData = { operators: Operator[]; common: OperatorCommon };

/** The operator data, once: it feeds the operator guides, the comparison table and the tracker. */
export class OperatorDataError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "OperatorDataError";
  }
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const relative = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new OperatorDataError(relative, [`not valid JSON: ${(error as Error).message}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new OperatorDataError(
      relative,
      result.error.issues.map((i) => `field "${i.path.join(".")}": ${i.message}`),
    );
  }
  return result.data;
}

/**
 * Reads `content/operators/*.json` (plus `_common.json`) and checks what the schema cannot:
 * every fact's source exists, every text is written in every locale, and `{phone}` is only
 * used where a phone number is on record.
 */
export async function readOperators(root = contentRoot): Promise<OperatorData> {
  const dir = path.join(root, "operators");
  const common = await readJson(path.join(dir, "_common.json"), operatorCommonSchema);
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json") && !f.startsWith("_"));
  const operators = await Promise.all(
    files.map((f) => readJson(path.join(dir, f), operatorSchema)),
  );

  const commonIds = new Set(common.sources.map((s) => s.id));
  checkSourceTitles("_common.json", common.sources);
  checkFacts("_common.json", common.sections, commonIds, { hasPhone: true });
  for (const [index, operator] of operators.entries()) {
    const file = files[index]!;
    if (`${operator.id}.json` !== file)
      throw new OperatorDataError(file, [`id "${operator.id}" does not match the file name`]);
    const ids = new Set([...operator.sources.map((s) => s.id), ...commonIds]);
    checkSourceTitles(file, operator.sources);
    const structured = [
      operator.phone?.source,
      operator.channels?.source,
      operator.notice?.source,
      operator.notice?.billsToEndOfInvoicePeriod?.source,
      operator.written?.source,
    ];
    const unknown = structured.filter((id): id is string => !!id && !ids.has(id));
    if (unknown.length)
      throw new OperatorDataError(
        file,
        unknown.map((id) => `unknown source "${id}"`),
      );
    checkFacts(file, operator.sections, ids, { hasPhone: operator.phone !== null });
  }
  return { operators: operators.sort((a, b) => a.order - b.order), common };
}

/** Operator pages are shown in every locale, so every source needs a title in each. */
function checkSourceTitles(file: string, sources: OperatorSource[]) {
  const problems = sources.flatMap((s) =>
    locales.filter((l) => !s.title[l]).map((l) => `source "${s.id}": no "${l}" title`),
  );
  if (problems.length) throw new OperatorDataError(file, problems);
}

function checkFacts(
  file: string,
  sections: OperatorCommon["sections"],
  sourceIds: Set<string>,
  { hasPhone }: { hasPhone: boolean },
) {
  const problems: string[] = [];
  for (const section of operatorSections) {
    sections[section].forEach((fact, i) => {
      const where = `sections.${section}.${i}`;
      if (fact.source && !sourceIds.has(fact.source))
        problems.push(`${where}: unknown source "${fact.source}"`);
      for (const locale of locales) {
        const text = fact.text[locale];
        if (!text) problems.push(`${where}: no "${locale}" text`);
        else if (!hasPhone && text.includes("{phone}"))
          problems.push(`${where}: uses {phone} but no phone is on record`);
      }
    });
  }
  if (problems.length) throw new OperatorDataError(file, problems);
}
