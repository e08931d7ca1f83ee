/** English text of the process-table import dialog; merged into en.ts under `tableImport`. Keys match tableImport.vi.ts. */
export default {
  tableImport: {
    open: 'Import process table',
    openTitle: 'Create a procedure from an approved internal-process table (CSV, XLSX or the DOCX of a decision)',
    title: 'Import an internal-process table',
    file: 'Table file (.csv, .xlsx, .docx)',
    name: 'Procedure name',
    code: 'Procedure code',
    format: 'Table format found',
    formats: { hanoi: 'Tên bước | Đơn vị/người thực hiện | … (as Hanoi QĐ 1594)', vinhlong: 'STT (Bước) | Nội dung công việc | Phân công nhiệm vụ | … (as Vĩnh Long QĐ 2682)', studio: 'Table exported by TTHC Studio', custom: 'Other headers — check the column mapping' },
    headerRow: 'Header: row {row}',
    mapping: 'Column mapping',
    ignore: '(ignore)',
    fields: { step: 'Step no.', name: 'Step name', performer: 'Performer', content: 'Work content', time: 'Time', forms: 'Forms/results' },
    preview: 'Preview: {steps} steps, {lanes} lanes',
    columns: { row: 'Row', step: 'Step', name: 'Step name', performer: 'Performer', time: 'Time', forms: 'Forms/results', branches: 'Branches' },
    branches: { supplement: 'supplement request', refusal: 'refusal', sendBack: 'send back to step {n}' },
    performerGuess: 'Guessed from the start of the step’s sentence — correct it if wrong',
    performerConfirmed: 'Corrected',
    sum: 'Steps add up to {sum} working days',
    total: 'Stated total: {total}',
    problems: 'To check',
    import: 'Import as a new procedure',
    cancel: 'Cancel',
    reading: 'Reading the file…',
    imported: 'Imported “{name}” ({steps} steps) into the library.'
  }
};
