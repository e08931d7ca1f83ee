/** The browser storage layer: the Dexie library database, its repositories, bundles, samples and problems. */
export * from './types.ts';
export * from './problems.ts';
export * from './db.ts';
export * from './hash.ts';
export * from './library-repo.ts';
export * from './import-export.ts';
export * from './samples.ts';
export * from './figures.ts';
