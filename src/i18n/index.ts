/** vue-i18n setup: Vietnamese first; `?lang=` in the URL wins, then the remembered choice. */
import { createI18n } from 'vue-i18n';
import vi from './vi.ts';
import en from './en.ts';

export type AppLocale = 'vi' | 'en';
export const LOCALES: AppLocale[] = ['vi', 'en'];
const STORAGE_KEY = 'tthc.locale';

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

export function rememberLocale(locale: AppLocale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'vi',
  messages: { vi, en }
});
