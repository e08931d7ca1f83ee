/** One sentence for any problem the app can meet, in the user's language. */
import { ImportProblem, describeProblem } from '@/core/index.ts';
import { StorageProblem, describeStorageProblem } from '@/storage/index.ts';
import { toAppLocale } from '@/i18n/locale.ts';

export function problemText(error: unknown, locale: string): string {
  const lang = toAppLocale(locale);
  if (error instanceof ImportProblem) return describeProblem(error, lang);
  if (error instanceof StorageProblem) return describeStorageProblem(error, lang);
  return error instanceof Error ? error.message : String(error);
}
