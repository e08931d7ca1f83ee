/** English UI text. Same keys as vi.ts. */
import coreLabels from '../core/text/labels.en.ts';
import analysisEn from './analysis.en.ts';
import tableImportEn from './tableImport.en.ts';
import compareEn from './compare.en.ts';
import exportEn from './export.en.ts';
import opencpsEn from './opencps.en.ts';
import openingEn from './opening.en.ts';
import canvasEn from './canvas.en.ts';
import guidedEn from './guided.en.ts';
import reformEn from './reform.en.ts';
import queueEn from './queue.en.ts';

export default {
  ...analysisEn,
  ...tableImportEn,
  ...compareEn,
  ...exportEn,
  ...opencpsEn,
  ...openingEn,
  ...canvasEn,
  ...guidedEn,
  ...reformEn,
  ...queueEn,
  app: { title: 'TTHC Studio', tagline: 'Model and simplify administrative procedures' },
  nav: { editor: 'Process editor', library: 'Library', workspace: 'Workspace' },
  toolbar: {
    new: 'New procedure', newTitle: 'Create a new procedure from the TTHC template (role lanes, dossier check, supplement loop…)',
    open: 'Open…', openTitle: 'Open a .bpmn or .xml file (or drop a file onto the diagram)',
    save: 'Save .bpmn', saveTitle: 'Download the diagram as a BPMN 2.0 file (Ctrl+S)',
    svg: 'Export SVG', png: 'Export PNG', undo: 'Undo', redo: 'Redo',
    undoTitle: 'Undo (Ctrl+Z)', redoTitle: 'Redo (Ctrl+Y)', language: 'Language',
    unsaved: 'Unsaved changes', saved: 'Saved',
    saveStates: { none: 'Not in the library', saved: 'Saved to the library', unsaved: 'Not saved yet…', saving: 'Saving…', error: 'Not saved — download the file' }
  },
  drop: 'Drop a BPMN file here to open it',
  alert: {
    close: 'Close', openFailed: 'Could not open “{file}”.', warnings: 'Opened “{file}” with {count} warning(s): {first}',
    saveFailed: 'Could not save the diagram: {detail}', exportFailed: 'Could not export the image: {detail}',
    readFailed: 'Could not read the file: {detail}', tooMany: 'Only one file can be opened at a time; opened “{file}”.',
    confirmDiscard: 'The current diagram has unsaved changes. Discard them?',
    conflict: 'Another tab has just saved this variant. So that nothing is lost, your version was kept as a new variant “{name}”.',
    storageFailed: 'Not saved to the library: {detail}'
  },
  panel: {
    title: 'Properties', procedure: 'Administrative procedure', step: 'Processing step', dossier: 'Dossier component',
    decision: 'Decision', outcome: 'Decision outcome', element: 'Element', none: 'Select an element on the diagram to see and edit its properties.',
    noFacts: 'This element carries no TTHC facts.',
    name: 'Name', id: 'Element id', type: 'Type',
    statusInLibrary: 'The library manages the status: use Approve in the library.', invalidNumber: 'Enter a non-negative number, e.g. 0.5 or 2.', add: 'Add', remove: 'Remove', yes: 'Yes', no: 'No', empty: '—', source: 'Source'
  },
  procedure: {
    code: 'Procedure code', codeHint: 'e.g. 1.012644 or 1.000948.H38', name: 'Procedure name', field: 'Field', level: 'Level',
    levels: coreLabels.level,
    agency: 'Agency', applicants: 'Applicants', channels: 'Channels',
    channelNames: coreLabels.channel,
    timeLimit: 'Statutory time limit', timeStartsFrom: 'Counted from', timeStartsFromHint: 'receipt of a complete, valid dossier',
    onlineLevel: 'Online service level', onlineLevels: coreLabels.onlineLevel,
    onlineLevelSource: 'Decree 42/2022/NĐ-CP Art.11',
    result: 'Result', dossiersPerYear: 'Dossiers per year', assumptionHint: 'An assumption of the activity cost method; empty uses the default estimate (shown in the box).', boundaryFree: 'Regardless of administrative boundaries',
    publicationDecision: 'Publication decision', variantName: 'Variant name', variantStatus: 'Variant status',
    variantStatuses: coreLabels.variantStatus,
    fees: 'Fees and charges', feeKind: 'Kind', feeKinds: coreLabels.feeKind,
    amountVnd: 'Amount (VND)', description: 'Description',
    legalBases: 'Legal basis', document: 'Document', article: 'Article', date: 'Date', docTitle: 'Title',
    forms: 'Forms', formName: 'Form name', formCode: 'Code', formBasis: 'Basis'
  },
  step: {
    duration: 'Working time', unit: 'Unit', units: { day: 'working days', hour: 'working hours' },
    hoursNote: '1 working day = 8 hours', minDuration: 'Fastest', maxDuration: 'Slowest',
    role: 'Performing role / unit', roleFromLane: 'From lane: {lane}', channel: 'Channel', anyChannel: '(not specified)',
    dossierStatus: 'Dossier status after the step', statusSource: 'Status codes synchronised with the National Public Service Portal (one-stop software), not a legal text',
    maySendBack: 'May send the dossier back', inPersonVisit: 'Applicant must come in person',
    applicantHours: 'Applicant hours', description: 'Work content', forms: 'Forms', outputs: 'Step outputs',
    outputName: 'Output'
  },
  dossier: {
    name: 'Document name', copyType: 'Form of copy', copyTypes: coreLabels.copyType,
    quantity: 'Quantity', source: 'Data source', sources: coreLabels.dataSource,
    database: 'Database', platform: 'Reached through', onceOnly: 'Once-only principle: Resolution 66.7/2025/NQ-CP; Decision 942/QĐ-TTg'
  },
  decision: { variable: 'Decision variable', question: 'Question', value: 'Outcome value', share: 'Share of dossiers (%)' },
  library: {
    title: 'Procedure library', new: 'New procedure', import: 'Import files…', exportAll: 'Export workspace bundle',
    exportSelection: 'Export {count} selected', reloadSamples: 'Reload sample procedures',
    searchPlaceholder: 'Search by code or name (with or without diacritics)', all: 'all', updated: 'Updated',
    open: 'Open', createOption: 'Create simplification option', approve: 'Approve', history: 'History', delete: 'Delete',
    deleteProcedure: 'Delete procedure', lastVariant: 'The only variant cannot be deleted; delete the procedure instead.',
    optionName: 'Option name', optionDescription: 'Description (what it simplifies, on what basis)', optionDefaultName: 'Option {n}',
    create: 'Create', cancel: 'Cancel', restore: 'Restore', noHistory: 'No earlier versions yet.',
    optionCreated: 'Created option “{name}” (element ids kept for comparison).',
    confirmDeleteVariant: 'Delete variant “{name}” and its history?', confirmDeleteProcedure: 'Delete procedure “{name}” and all its variants?',
    confirmRestore: 'Restore this version? The current one is kept in the history.',
    imported: 'Imported {count} procedure(s).', importing: 'Importing files', importProgress: '{done}/{total} files processed',
    samplesReloaded: 'Sample procedures: {added} added, {updated} updated, {kept} of your edited ones kept.',
    noResults: 'No procedure matches.', showMore: 'Showing {shown}/{total} — show more'
  },
  lang: { vi: 'Tiếng Việt', en: 'English' }
};
