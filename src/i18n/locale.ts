/**
 * The interface language, decided in one place: Vietnamese first; `?lang=vi|en` in the URL wins, then the
 * choice remembered in localStorage. Components read and switch it with `useAppLocale()`.
 */
import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';

export type AppLocale = 'vi' | 'en';
export const LOCALES: AppLocale[] = ['vi', 'en'];
const STORAGE_KEY = 'tthc.locale';

/** `en` is English; anything else (an unknown or missing value) is Vietnamese, the default. */
export function toAppLocale(value: unknown): AppLocale {
  return value === 'en' ? 'en' : 'vi';
}

/** The language to start with: `?lang=` in the URL, else the remembered choice, else Vietnamese. */
export function initialLocale(): AppLocale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'vi' || fromUrl === 'en') return fromUrl;
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'vi' || saved === 'en') return saved;
  } catch {
    // Storage can be unavailable (private windows, blocked cookies): fall back to Vietnamese.
  }
  return 'vi';
}

/** Everything a switch changes outside vue-i18n: `<html lang>`, the remembered choice, a `?lang=` in the URL. */
export function rememberLocale(locale: AppLocale): void {
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', locale);
    window.history.replaceState(null, '', url);
  }
}

/** The interface language as `'vi' | 'en'`, and `choose` to switch it (remembered, as above). */
export function useAppLocale(): { lang: ComputedRef<AppLocale>; choose: (next: AppLocale) => void } {
  const { locale } = useI18n();
  return {
    lang: computed(() => toAppLocale(locale.value)),
    choose(next) {
      locale.value = next;
      rememberLocale(next);
    },
  };
}
