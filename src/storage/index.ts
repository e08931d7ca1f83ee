/**
 * The browser storage layer: the Dexie library database, its repositories, bundles, samples and problems.
 * The app's one shared database is `libraryDb()` (library-db.ts); tests and benchmarks open their own with `openDatabase`.
 */
export * from './types.ts';
export * from './problems.ts';
export * from './db.ts';
export * from './hash.ts';
export * from './library-repo.ts';
export * from './import-export.ts';
export * from './samples.ts';
export * from './multi-variant.ts';
export * from './figures.ts';
