/** The one database of the app, opened once; a failure is kept so every caller gets the same problem. */
import { openDatabase, type TthcDB } from './db.ts';
import { classifyStorageError } from './problems.ts';

let opening: Promise<TthcDB> | null = null;

export function libraryDb(): Promise<TthcDB> {
  opening ??= openDatabase().catch((error) => {
    throw classifyStorageError(error);
  });
  return opening;
}
