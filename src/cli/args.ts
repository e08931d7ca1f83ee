/** A thin layer over node:util parseArgs: strict options, one positional file, typed number and choice checks. */
import { parseArgs } from 'node:util';
import type { MessageLocale } from '../core/index.ts';
import { CliError } from './command.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

const TEXT: Record<MessageLocale, { invalid: string; number: string; choice: string; missing: string }> = {
  en: {
    invalid: 'Invalid arguments: {detail}',
    number: 'Option --{name} needs a number{range}, not "{value}".',
    choice: 'Option --{name} must be one of {choices}, not "{value}".',
    missing: 'Missing {what}.',
  },
  vi: {
    invalid: 'Tham số không hợp lệ: {detail}',
    number: 'Tùy chọn --{name} cần một số{range}, không phải "{value}".',
    choice: 'Tùy chọn --{name} phải là một trong {choices}, không phải "{value}".',
    missing: 'Thiếu {what}.',
  },
};

/** Parse `args` strictly against `options` (unknown options are errors). */
export function parseCommandArgs(args: string[], options: OptionSpec, lang: MessageLocale): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new CliError(fill(TEXT[lang].invalid, { detail: error instanceof Error ? error.message : String(error) }));
  }
}

/** The one positional argument (e.g. the BPMN file), or a usage error naming `what`. */
export function onePositional(parsed: ParsedArgs, what: string, lang: MessageLocale): string {
  const [first, ...rest] = parsed.positionals;
  if (!first) throw new CliError(fill(TEXT[lang].missing, { what }));
  if (rest.length) throw new CliError(fill(TEXT[lang].invalid, { detail: `unexpected "${rest.join(' ')}"` }));
  return first;
}

/** A numeric option (undefined when absent), checked against `min` and, if asked, for being an integer. */
export function numberOption(
  parsed: ParsedArgs,
  name: string,
  lang: MessageLocale,
  check: { min?: number; max?: number; integer?: boolean } = {},
): number | undefined {
  const raw = parsed.values[name];
  if (raw === undefined) return undefined;
  const text = String(raw).replace(/[_\s]/g, '');
  const value = Number(text);
  const ok =
    text !== '' &&
    Number.isFinite(value) &&
    (!check.integer || Number.isInteger(value)) &&
    (check.min === undefined || value >= check.min) &&
    (check.max === undefined || value <= check.max);
  if (!ok) {
    const range = [
      check.integer ? (lang === 'vi' ? ' nguyên' : ' (whole)') : '',
      check.min !== undefined ? ` ≥ ${check.min}` : '',
      check.max !== undefined ? ` ≤ ${check.max}` : '',
    ].join('');
    throw new CliError(fill(TEXT[lang].number, { name, value: String(raw), range }));
  }
  return value;
}

/** A string option restricted to `choices` (undefined when absent). */
export function choiceOption<T extends string>(
  parsed: ParsedArgs,
  name: string,
  choices: readonly T[],
  lang: MessageLocale,
): T | undefined {
  const raw = parsed.values[name];
  if (raw === undefined) return undefined;
  if (!choices.includes(raw as T))
    throw new CliError(fill(TEXT[lang].choice, { name, value: String(raw), choices: choices.join('|') }));
  return raw as T;
}

/** Replace `{key}` placeholders with plain-text values. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
