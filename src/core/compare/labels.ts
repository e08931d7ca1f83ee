/** Words of the comparison (screen, CSV, DOCX, CLI), read from the core label table (text/labels.*.ts). */
import { diffWords } from 'diff';
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import { LABELS, elementTypeLabel, factValueText, factFieldLabel } from '../text/labels.ts';
import type { ChangeKind, ElementChange, FieldValue } from './changes.ts';
import type { MatchRule } from './matching.ts';

export const CHANGE_KIND_LABELS: Record<ChangeKind, Record<MessageLocale, string>> = {
  added: { vi: LABELS.vi.changeKind.added, en: LABELS.en.changeKind.added },
  removed: { vi: LABELS.vi.changeKind.removed, en: LABELS.en.changeKind.removed },
  changed: { vi: LABELS.vi.changeKind.changed, en: LABELS.en.changeKind.changed },
};

export const RULE_LABELS = Object.fromEntries(
  (Object.keys(LABELS.vi.matchRule) as MatchRule[]).map((rule) => [
    rule,
    { vi: LABELS.vi.matchRule[rule], en: LABELS.en.matchRule[rule] },
  ]),
) as Record<MatchRule, Record<MessageLocale, string>>;

/** The label of a changed field (`step.duration` → "Thời gian" / "Time"). */
export function changeFieldLabel(field: string, lang: MessageLocale): string {
  return factFieldLabel(field, lang);
}

/** A changed field's value as the reader sees it ("—" for none; codes as words). */
export function changeValueText(value: FieldValue, field: string, lang: MessageLocale): string {
  return factValueText(field, value, lang);
}

/** One piece of a word-level difference: kept, removed or added text. */
export interface TextDiffPart {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/** Texts at least this long are shown as a word-level difference instead of old → new. */
export const LONG_TEXT = 60;

/** True when a field change reads better as a word-level difference (a long text edited). */
export function isLongTextChange(old: FieldValue, now: FieldValue): boolean {
  return typeof old === 'string' && typeof now === 'string' && Math.max(old.length, now.length) >= LONG_TEXT;
}

/** The word-level difference of two texts (the `diff` package's diffWords). */
export function textDiff(old: string, now: string): TextDiffPart[] {
  return diffWords(old, now).map((p) => ({ text: p.value, kind: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}

/**
 * A word-level difference as one line of plain text: removed words in [-…-], added in {+…+} (the notation of
 * `git diff --word-diff`), and unchanged stretches shortened to a few words on each side of a change.
 */
export function textDiffLine(parts: TextDiffPart[], context = 6): string {
  return parts
    .map((p, i) => {
      if (p.kind === 'removed') return `[-${p.text.trim()}-]`;
      if (p.kind === 'added') return `{+${p.text.trim()}+}`;
      const words = p.text.split(/(\s+)/);
      if (words.filter((w) => w.trim()).length <= context * 2) return p.text;
      const head = words.slice(0, context * 2).join('');
      const tail = words.slice(-context * 2).join('');
      if (i === 0) return `… ${tail.trimStart()}`;
      if (i === parts.length - 1) return `${head.trimEnd()} …`;
      return `${head.trimEnd()} … ${tail.trimStart()}`;
    })
    .join('');
}

/** One changed field as the reader sees it; `diff` is set when a long text was edited. */
export interface FieldText {
  field: string;
  label: string;
  old: string;
  new: string;
  diff?: TextDiffPart[];
}

/** One change as the reader sees it, the same on screen, in the reports and in the CLI. */
export interface ChangeText {
  kind: string;
  /** The element's name, or its id when it has none. */
  what: string;
  type: string;
  /** How the pair was matched, when not by id. */
  rule?: string;
  fields: FieldText[];
}

/** The words of one change in `lang`: kind, element, type, matching rule and every field old → new. */
export function changeText(ch: ElementChange, lang: MessageLocale): ChangeText {
  return {
    kind: CHANGE_KIND_LABELS[ch.kind][lang],
    what: ch.name || ch.afterId || ch.beforeId || '',
    type: elementTypeLabel(ch.type, lang),
    ...(ch.rule && ch.rule !== 'id' ? { rule: RULE_LABELS[ch.rule][lang] } : {}),
    fields: ch.fields.map((f) => ({
      field: f.field,
      label: changeFieldLabel(f.field, lang),
      old: changeValueText(f.old, f.field, lang),
      new: changeValueText(f.new, f.field, lang),
      ...(isLongTextChange(f.old, f.new) ? { diff: textDiff(f.old as string, f.new as string) } : {}),
    })),
  };
}
