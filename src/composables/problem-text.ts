/** One sentence for any problem the app can meet, in the user's language. */
import { ImportProblem, describeProblem } from '@/core/index.ts';
import { StorageProblem, describeStorageProblem } from '@/storage/index.ts';

export function problemText(error: unknown, locale: string): string {
  const lang = locale === 'en' ? 'en' : 'vi';
  if (error instanceof ImportProblem) return describeProblem(error, lang);
  if (error instanceof StorageProblem) return describeStorageProblem(error, lang);
  return error instanceof Error ? error.message : String(error);
}
