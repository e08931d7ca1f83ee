/**
 * Replacement for the diagram-js `translate` service, so palette, context pad, replace menu
 * and error tooltips of the modeler follow the app language.
 */
import { vi } from './vi.ts';

export type Locale = 'vi' | 'en';

/** Values substituted for `{key}` placeholders. */
export type TranslateReplacements = Record<string, string>;

/** Signature of the diagram-js `translate` service. */
export type TranslateFn = (template: string, replacements?: TranslateReplacements) => string;

/**
 * A didi module that overrides the `translate` service; pass it in bpmn-js `additionalModules`.
 * A type alias rather than an interface, so it stays assignable to didi's indexed `ModuleDeclaration`.
 */
export type TranslateModule = {
  translate: ['value', TranslateFn];
};

const PLACEHOLDER = /\{([^}]+)\}/g;

/**
 * Build a `translate` function over `dictionary` (English template → text); `null` keeps the
 * English templates. Unknown templates fall back to themselves.
 *
 * Replacement values are substituted as given, never looked up: bpmn-js translates them itself
 * before passing them when they are UI words, and otherwise passes user data (bpmn-js 18's only
 * call with replacements is `Open {element}` with the element's name or id). Looking them up
 * again would double-translate, and would turn a sub-process the user named "Task" into
 * "Nhiệm vụ".
 */
export function createTranslate(dictionary: Record<string, string> | null): TranslateFn {
  // A Map, so that templates such as 'constructor' never hit Object.prototype.
  const texts = new Map(Object.entries(dictionary ?? {}));

  return (template, replacements) => {
    const text = texts.get(template) || template;
    return text.replace(PLACEHOLDER, (placeholder, key: string) => {
      const value = replacements && Object.hasOwn(replacements, key) ? replacements[key] : undefined;
      // Like diagram-js, leave the placeholder visible when a value is missing.
      return value === undefined || value === null ? placeholder : String(value);
    });
  };
}

/** A `translate` service whose language can change while the modeler lives. */
export type SwitchableTranslate = TranslateFn & { setLocale(locale: Locale): void };

/** `translate` for `locale`, switchable later with `setLocale` ('en' still substitutes placeholders). */
export function createSwitchableTranslate(locale: Locale): SwitchableTranslate {
  let current = createTranslate(locale === 'vi' ? vi : null);
  const translate = ((template, replacements) => current(template, replacements)) as SwitchableTranslate;
  translate.setLocale = (next) => {
    current = createTranslate(next === 'vi' ? vi : null);
  };
  return translate;
}

/**
 * didi module providing `translate` for `locale`. To switch language without rebuilding the modeler
 * (and losing its undo history), call `setLocale` on the service and fire diagram-js's `i18n.changed`.
 */
export function translateModule(locale: Locale): TranslateModule {
  return { translate: ['value', createSwitchableTranslate(locale)] };
}
