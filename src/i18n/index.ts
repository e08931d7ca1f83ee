/** vue-i18n setup: Vietnamese first, English too; which one is shown is decided in locale.ts. */
import { createI18n } from 'vue-i18n';
import vi from './vi.ts';
import en from './en.ts';
import { initialLocale } from './locale.ts';

export { LOCALES, initialLocale, rememberLocale, toAppLocale, useAppLocale, type AppLocale } from './locale.ts';

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'vi',
  messages: { vi, en },
});
