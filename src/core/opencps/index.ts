/** OpenCPS import packages: export variants as one (docs/opencps.md), import one into procedures. */
export {
  STATUS_TABLE,
  READ_ALSO,
  DEFAULT_STATUS_CODE,
  FILE_MARKS,
  SERVICE_LEVELS,
  DURATION_UNITS,
  statusTerm,
  statusCode,
} from './status-table.ts';
export {
  exportOpencpsPackage,
  buildPackage,
  PackageRefused,
  type PackageInput,
  type PackageResult,
} from './export-package.ts';
export { packageFiles, zipPackage, unzipPackage, safeFileName } from './package-zip.ts';
export { readOpencpsPackage, OpencpsProblem } from './read-package.ts';
export {
  importOpencpsPackage,
  packageToProcedures,
  type ImportedProcedure,
  type ImportedVariant,
  type OpencpsImport,
} from './to-procedures.ts';
export { describeOpencpsNotes, describeOpencpsProblem } from './messages.ts';
export type * from './types.ts';
