/**
 * Coverage and quality of the Vietnamese bpmn-js / diagram-js translation, and the behaviour
 * of the `translate` service and of the template collector the coverage check relies on.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Injector } from 'didi';
import diagramTranslateModule from 'diagram-js/lib/i18n/translate/index.js';
import * as replaceOptions from 'bpmn-js/lib/features/replace/ReplaceOptions.js';
import type { ReplaceOption } from 'bpmn-js/lib/features/replace/ReplaceOptions.js';
import { PopupEntries } from 'bpmn-js/lib/features/popup-menu/PopupEntries.js';
import { vi } from '../../src/modeler/features/translate/vi.ts';
import {
  createTranslate,
  translateModule,
  type TranslateFn,
  type TranslateModule,
} from '../../src/modeler/features/translate/translate.ts';
import { collectDynamicTranslateCalls, collectTranslateTemplates } from '../support/collect-templates.ts';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const BPMN_JS_LIB = join(NODE_MODULES, 'bpmn-js/lib');
const DIAGRAM_JS_LIB = join(NODE_MODULES, 'diagram-js/lib');
const LIBRARY_ROOTS = [BPMN_JS_LIB, DIAGRAM_JS_LIB];

/** `file` relative to node_modules with `/` separators, as used in messages and DYNAMIC_CALLS. */
function libraryPath(file: string): string {
  return relative(NODE_MODULES, file).split(sep).join('/');
}

/**
 * Templates of the library's non-literal `translate(...)` calls, keyed by file (relative to
 * node_modules) and argument text. A new dynamic call after an upgrade fails the test below
 * until it is described here.
 */
const DYNAMIC_CALLS: Record<string, () => string[]> = {
  // Replace menu entries: `translate(replaceOption.label)`, labels from ReplaceOptions / PopupEntries.
  'bpmn-js/lib/features/popup-menu/ReplaceMenuProvider.js: label': replaceMenuLabels,
  // `translate('Align elements ' + alignment)` over the file's ALIGNMENT_OPTIONS.
  "bpmn-js/lib/features/align-elements/AlignElementsMenuProvider.js: 'Align elements ' + alignment": () =>
    stringArray(join(BPMN_JS_LIB, 'features/align-elements/AlignElementsMenuProvider.js'), 'ALIGNMENT_OPTIONS').map(
      (alignment) => 'Align elements ' + alignment,
    ),
};

/**
 * Values allowed to be plain ASCII (no Vietnamese letter at all). Deliberately empty today;
 * add a key here only for a text that really reads the same in Vietnamese (e.g. "BPMN").
 */
const ASCII_VALUE_EXCEPTIONS = new Set<string>([]);

/**
 * English words that signal an untranslated fragment in a value. "Pool" is kept on purpose:
 * it is the term Vietnamese BPMN courses use, always glossed as "Pool (bên tham gia)";
 * "ad-hoc" is kept as the recognisable BPMN name next to "tùy ý".
 */
const ENGLISH_WORDS =
  /\b(?:task|event|gateway|flow|lane|create|append|activate|delete|connect|element|elements|sub-?process|participant|boundary|intermediate|message|timer|signal|escalation|compensation|conditional|start|end|data|object|store|reference|search|open|toggle|align|distribute|collection|loop|expanded|collapsed|the|and|of|with|to|into)\b/i;

/** Every label the bpmn-js replace menu can pass to `translate`. */
function replaceMenuLabels(): string[] {
  const withChildren = { children: [{}] };
  const withoutChildren = { children: [] };
  const options: ReplaceOption[] = Object.values(replaceOptions).flatMap((value: unknown) =>
    Array.isArray(value) ? (value as ReplaceOption[]) : Object.values(value as Record<string, ReplaceOption[]>).flat(),
  );
  const labels = options.flatMap(({ label }) => {
    if (typeof label === 'string') return [label];
    // The typings say `() => string`, but ReplaceMenuProvider calls `label(target)`.
    const getLabel = label as unknown as (element: unknown) => string;
    return [getLabel(withChildren), getLabel(withoutChildren)];
  });
  // The shared catalog also feeds create/append menus, so all of its labels are covered.
  return [...labels, ...Object.values(PopupEntries).map((entry) => entry.label)];
}

/** String items of `var NAME = [ ... ]` in a library file. */
function stringArray(file: string, name: string): string[] {
  const match = new RegExp(`\\b${name}\\s*=\\s*\\[([^\\]]*)\\]`).exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${name} not found in ${file}: update DYNAMIC_CALLS`);
  return [...match[1]!.matchAll(/'([^']*)'|"([^"]*)"/g)].map((item) => item[1] ?? item[2] ?? '');
}

/** Every template the installed bpmn-js and diagram-js pass to `translate`, with where it comes from. */
function libraryTemplates(): Map<string, string[]> {
  const templates = new Map<string, string[]>();
  const add = (template: string, source: string): void => {
    const sources = templates.get(template) ?? [];
    if (!sources.includes(source)) sources.push(source);
    templates.set(template, sources);
  };
  for (const [template, files] of collectTranslateTemplates(LIBRARY_ROOTS)) {
    for (const file of files) add(template, libraryPath(file));
  }
  for (const call of collectDynamicTranslateCalls(LIBRARY_ROOTS)) {
    const key = `${libraryPath(call.file)}: ${call.expression}`;
    for (const template of DYNAMIC_CALLS[key]?.() ?? []) add(template, key);
  }
  return templates;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!).sort();
}

describe('Vietnamese bpmn-js translation', () => {
  const templates = libraryTemplates();

  it('finds the library templates, literal and indirect', () => {
    // Sanity floor: bpmn-js 18.31 / diagram-js 15.28 have 47 literal and 82 indirect templates (129 in all).
    expect(templates.size).toBeGreaterThan(120);
    expect(templates.get('Create pool/participant')).toEqual(['bpmn-js/lib/features/palette/PaletteProvider.js']);
    expect(templates.has('Sub-process (collapsed)')).toBe(true);
    expect(templates.has('Empty pool/participant (removes content)')).toBe(true);
    expect(templates.has('Align elements middle')).toBe(true);
    expect(templates.has('Search in diagram')).toBe(true);
  });

  it('knows how to expand every non-literal translate call', () => {
    const unknown = collectDynamicTranslateCalls(LIBRARY_ROOTS)
      .map((call) => `${libraryPath(call.file)}: ${call.expression}`)
      .filter((key) => !(key in DYNAMIC_CALLS));
    expect(unknown, `describe these calls in DYNAMIC_CALLS:\n${unknown.join('\n')}`).toEqual([]);
  });

  it('has a non-empty Vietnamese text for every library template', () => {
    const missing = [...templates]
      .filter(([template]) => !vi[template]?.trim())
      .map(([template, sources]) => `${JSON.stringify(template)} (${sources.join(', ')})`);
    expect(missing, `missing in vi.ts:\n${missing.join('\n')}`).toEqual([]);
  });

  it('has no entries the installed libraries never use', () => {
    const unused = Object.keys(vi).filter((template) => !templates.has(template));
    expect(unused, `not used by bpmn-js/diagram-js any more:\n${unused.join('\n')}`).toEqual([]);
  });

  it('keeps exactly the placeholders of each template', () => {
    const wrong = Object.entries(vi)
      .filter(([template, text]) => placeholders(template).join() !== placeholders(text).join())
      .map(([template, text]) => `${template} → ${text}`);
    expect(wrong).toEqual([]);
  });

  it('uses NFC text with Vietnamese letters, not copies of the English', () => {
    const notNfc = Object.entries(vi)
      .filter(([, text]) => text !== text.normalize('NFC'))
      .map(([key]) => key);
    expect(notNfc).toEqual([]);

    const asciiOnly = Object.entries(vi)
      .filter(([template, text]) => /^[\x20-\x7e]*$/.test(text) && !ASCII_VALUE_EXCEPTIONS.has(template))
      .map(([template, text]) => `${template} → ${text}`);
    expect(asciiOnly).toEqual([]);
    expect(ASCII_VALUE_EXCEPTIONS.size).toBeLessThanOrEqual(5);
    for (const template of ASCII_VALUE_EXCEPTIONS) expect(vi).toHaveProperty([template]);

    const copies = Object.entries(vi).filter(([template, text]) => text.toLowerCase() === template.toLowerCase());
    expect(copies).toEqual([]);

    const english = Object.entries(vi)
      .filter(([, text]) => ENGLISH_WORDS.test(text.replace(/\{[^}]+\}/g, '')))
      .map(([template, text]) => `${template} → ${text}`);
    expect(english).toEqual([]);
  });

  it('uses the agreed BPMN terms', () => {
    expect(vi['Task']).toBe('Nhiệm vụ');
    expect(vi['Start event']).toBe('Sự kiện bắt đầu');
    expect(vi['End event']).toBe('Sự kiện kết thúc');
    expect(vi['Exclusive gateway']).toBe('Cổng loại trừ');
    expect(vi['Parallel gateway']).toBe('Cổng song song');
    expect(vi['Inclusive gateway']).toBe('Cổng bao hàm');
    expect(vi['Event-based gateway']).toBe('Cổng dựa trên sự kiện');
    expect(vi['User task']).toBe('Nhiệm vụ người dùng');
    expect(vi['Service task']).toBe('Nhiệm vụ dịch vụ');
    expect(vi['Sequence flow']).toBe('Luồng tuần tự');
    expect(vi['Sub-process (collapsed)']).toBe('Tiến trình con (thu gọn)');
    expect(vi['Create pool/participant']).toContain('pool (bên tham gia)');
    expect(vi['Add lane above']).toContain('làn');
    expect(vi['Create data object reference']).toContain('đối tượng dữ liệu');
    expect(vi['Create data store reference']).toContain('kho dữ liệu');
    expect(vi['Add text annotation']).toContain('chú thích văn bản');
  });
});

describe('createTranslate', () => {
  it('translates known templates and replaces placeholders', () => {
    const translate = createTranslate(vi);
    expect(translate('Create task')).toBe('Tạo nhiệm vụ');
    expect(translate('Open {element}', { element: 'Thẩm định hồ sơ' })).toBe('Mở Thẩm định hồ sơ');
  });

  it('falls back to the template for unknown or prototype-named templates', () => {
    const translate = createTranslate(vi);
    expect(translate('Not in the dictionary {x}', { x: '1' })).toBe('Not in the dictionary 1');
    expect(translate('constructor')).toBe('constructor');
    expect(translate('toString')).toBe('toString');
  });

  it('does not translate replacement values (they are user data or already translated)', () => {
    const translate = createTranslate(vi);
    expect(translate('Open {element}', { element: 'Task' })).toBe('Mở Task');
    expect(translate('Open {element}', { element: translate('Task') })).toBe('Mở Nhiệm vụ');
  });

  it('leaves placeholders without a value visible, like diagram-js', () => {
    const translate = createTranslate(null);
    expect(translate('Open {element}')).toBe('Open {element}');
    expect(translate('{a} and {b}', { a: 'A' })).toBe('A and {b}');
    expect(translate('{toString}', {})).toBe('{toString}');
  });

  it('keeps English for a null dictionary while replacing placeholders', () => {
    const translate = createTranslate(null);
    expect(translate('Create task')).toBe('Create task');
    expect(translate('Open {element}', { element: 'Sub' })).toBe('Open Sub');
  });
});

describe('translateModule', () => {
  /** Resolve `translate` the way bpmn-js does: its own modules first, `additionalModules` last. */
  function injected(module: TranslateModule): TranslateFn {
    return new Injector([diagramTranslateModule, module]).get<TranslateFn>('translate');
  }

  it('overrides the diagram-js translate service', () => {
    expect(injected(translateModule('vi'))('Create task')).toBe('Tạo nhiệm vụ');
    expect(injected(translateModule('en'))('Create task')).toBe('Create task');
    expect(injected(translateModule('en'))('Open {element}', { element: 'X' })).toBe('Open X');
  });
});

describe('collectTranslateTemplates', () => {
  it('finds double-quoted, multi-line, template-literal and constant templates, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'tthc-translate-'));
    try {
      const source = [
        "// translate('Only in a comment')",
        '/* this._translate("Only in a block comment") */',
        "var ERROR_MSG = 'Named constant message';",
        "var transform = 'translate(' + shift + ')';",
        'var quoteRegex = /[\'"]/g;',
        'function translate(template, replacements) { return template; }',
        'const title = translate(',
        '  "Double quoted over {count} lines",',
        '  { count: 2 }',
        ');',
        'this._translate(`Template literal`);',
        "translate('It\\'s escaped');",
        'translate(ERROR_MSG);',
        'translate(`Interpolated ${name}`);',
        "translate('Concatenated ' + suffix);",
        'translate(gfx, 10, 20);',
        'matrix.translate(1, 2);',
        "label = `${translate('Inside interpolation')}!`;",
      ].join('\n');
      writeFileSync(join(root, 'Provider.js'), source);
      writeFileSync(join(root, 'Provider.d.ts'), "translate('Not JavaScript');");
      mkdirSync(join(root, 'test'));
      writeFileSync(join(root, 'test', 'Provider.js'), "translate('Only in tests');");
      writeFileSync(join(root, 'Provider.spec.js'), "translate('Only in a spec');");

      const found = collectTranslateTemplates([root]);
      expect([...found.keys()].sort()).toEqual([
        'Double quoted over {count} lines',
        'Inside interpolation',
        "It's escaped",
        'Named constant message',
        'Template literal',
      ]);
      expect(found.get('Double quoted over {count} lines')).toEqual([join(root, 'Provider.js')]);

      const dynamic = collectDynamicTranslateCalls([root]).map(({ line, expression }) => `${line}: ${expression}`);
      expect(dynamic).toEqual(['14: `Interpolated ${name}`', "15: 'Concatenated ' + suffix"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
