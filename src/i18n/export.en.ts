/** English texts of validation (Problems tab) and export for one-stop software. */
export default {
  exportUi: {
    tab: 'Problems',
    problemsTitle: 'Checks before export',
    checking: 'Checking…',
    none: 'No problems: ready to export to one-stop software.',
    summary: '{errors} error(s), {warnings} warning(s), {hints} hint(s) of missing facts',
    error: 'Error',
    warning: 'Warning',
    hint: 'Hint',
    hintsTitle: '{count} facts still missing (fine while drawing; needed before export)',
    select: 'Select this element on the diagram',
    menu: 'Export for one-stop',
    menuTitle: 'Export the variant for one-stop software: executable BPMN, JSON, process table, deployment bundle',
    download: 'Download',
    exporting: 'Exporting…',
    refused: 'Not exported: the model has {count} error(s). Fix these (see the Problems tab too):',
    failed: 'Export failed: {detail}',
    done: 'Downloaded {file}',
    targets: {
      'bpmn-engine': 'Executable BPMN for bpmn-engine (JavaScript conditions)', camunda8: 'Camunda 8 (Zeebe)', camunda7: 'Camunda 7', flowable: 'Flowable',
      json: 'JSON process descriptor', table: 'Internal process table (CSV + DOCX)', bundle: 'Deployment bundle (.zip)'
    }
  }
};
