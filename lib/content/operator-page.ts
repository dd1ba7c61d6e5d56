import {
  localizeSource,
  operatorSections,
  type Fact,
  type Operator,
  type OperatorCommon,
  type OperatorSection,
} from "./operator-schema";
import type { GuideSource } from "./guide-schema";

export type OperatorPageSection = {
  id: OperatorSection;
  /** Facts about this operator, then the general facts every operator page carries. */
  facts: Fact[];
  generalFacts: Fact[];
  /** True when no operator-specific fact here comes from an official source. */
  needsConfirmation: boolean;
};

/** Lays out one operator guide: its sections and the numbered sources they cite, titled in `locale`. */
export function buildOperatorPage(operator: Operator, common: OperatorCommon, locale: string) {
  const structuredSources: Partial<Record<OperatorSection, (string | null | undefined)[]>> = {
    "how-to-cancel": [operator.channels?.source, operator.phone?.source],
    "notice-period": [operator.notice?.source],
  };
  const sections: OperatorPageSection[] = operatorSections.map((id) => {
    const facts = operator.sections[id];
    const confirmed = [...facts.map((f) => f.source), ...(structuredSources[id] ?? [])].some(
      Boolean,
    );
    return { id, facts, generalFacts: common.sections[id], needsConfirmation: !confirmed };
  });

  const usedCommon = new Set(sections.flatMap((s) => s.generalFacts.map((f) => f.source)));
  const sources: GuideSource[] = [
    ...operator.sources,
    ...common.sources.filter(
      (s) => usedCommon.has(s.id) && !operator.sources.some((o) => o.id === s.id),
    ),
  ].map((s) => localizeSource(s, locale));
  return { sections, sources };
}

export function sourceNumber(
  sources: GuideSource[],
  id: string,
): { source: GuideSource; number: number } | null {
  const index = sources.findIndex((s) => s.id === id);
  return index === -1 ? null : { source: sources[index]!, number: index + 1 };
}
