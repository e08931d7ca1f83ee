/** The findings of one analysis run, collected once per (rule, element, field); rules and texts: rules/registry.ts. */
import { describeFinding, RULES, type Finding, type RuleCode, type RuleSeverity } from '../rules/registry.ts';
import type { MessageLocale } from '../bpmn/problem-messages.ts';

export type AnalysisWarningCode = RuleCode;
export type WarningSeverity = RuleSeverity;
export type AnalysisWarning = Finding;

/** The text of a finding in `locale`, with its parameters filled in as plain text. */
export function describeWarning(warning: AnalysisWarning, locale: MessageLocale): string {
  return describeFinding(warning, locale);
}

export class WarningList {
  readonly items: AnalysisWarning[] = [];
  private readonly seen = new Set<string>();

  add(
    code: RuleCode,
    element?: { id?: string; name?: string },
    params: Record<string, string | number> = {},
    field?: string,
  ): void {
    const key = `${code}|${element?.id ?? ''}|${field ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const w: AnalysisWarning = { code, severity: RULES[code].severity.live, params };
    if (element?.id) w.elementId = element.id;
    if (element?.name) w.elementName = element.name;
    if (field) w.field = field;
    this.items.push(w);
  }
}
