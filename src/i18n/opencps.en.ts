/** English texts of the OpenCPS package export (export menu) and import (library). */
export default {
  opencps: {
    export: 'Export OpenCPS package',
    exportTitle: 'Import package for the OpenCPS one-stop system: every variant of the open procedure',
    exported: 'Downloaded {file} ({count} variant(s)).',
    report: 'Not carried by the package, or assumed:',
    refused: '{name}: not exported, {count} error(s).',
    import: 'Import OpenCPS package',
    importTitle: 'Read an OpenCPS import package (.zip) into procedures, one variant per service process',
    importing: 'Importing the OpenCPS package…',
    imported: 'Imported {procedures} procedure(s), {variants} variant(s) from {file}.',
    failed: 'Could not import {file}: {reason}',
  },
};
