/** English text of the guided start (new procedure chooser and step form); merged into en.ts. Keys match guided.vi.ts. */
export default {
  guided: {
    chooserTitle: 'New procedure',
    chooserIntro: 'Choose how to start. Each way makes an ordinary BPMN diagram with the procedure facts.',
    fromForm: 'Fill in the steps in a form', fromFormHint: 'No BPMN needed: type the procedure, then each step; the diagram is drawn for you.',
    fromTable: 'From an internal-process table', fromTableHint: 'A CSV, Excel or Word file with the table of steps (the published internal process).',
    fromTemplate: 'From the one-stop template', fromTemplateHint: 'Six role lanes, dossier check, supplement request, approval, return of the result.',
    editOpen: 'Edit steps in the form', editOpenTitle: 'Open this diagram\'s steps in the form to add or change steps',
    formTitleNew: 'New procedure from a form', formTitleEdit: 'The procedure\'s steps',
    close: 'Close', cancel: 'Cancel', build: 'Build diagram', rebuild: 'Redraw diagram',
    procedure: 'Procedure', name: 'Procedure name', code: 'Procedure code', level: 'Level', noLevel: '(not chosen)',
    agency: 'Agency', timeLimit: 'Statutory limit (working days)', timeLimitHint: 'Leave empty if not known',
    steps: 'Steps', step: 'Step {n}', stepName: 'Step name', performer: 'Performer (person or unit)', duration: 'Working time',
    unit: 'Unit', forms: 'Forms (one per line)', outputs: 'Outputs of the step (one per line)',
    inPerson: 'The applicant must come in person at this step',
    documents: 'Documents of the step', document: 'Document {d}', documentName: 'Document name', source: 'Comes from',
    platform: 'Through', database: 'Database', addDocument: 'Add document', removeDocument: 'Remove document {d}',
    addStep: 'Add step', addStepAfter: 'Add a step after step {n}', removeStep: 'Remove step {n}', moveUp: 'Move step {n} up',
    moveDown: 'Move step {n} down', cannotRemove: 'This step branches in the diagram: remove it in the editor.',
    kept: 'The diagram\'s events, decisions, supplement loop and every other fact are kept; a new step is linked right after the step above it. The layout is redrawn; the previous version stays in the library\'s history.',
    unsupported: 'This diagram has elements the form cannot redraw ({ids}); edit it in the editor.',
    problems: 'To fill in before building', built: 'Built the diagram “{name}” with {steps} steps.',
    failed: 'Could not build the diagram: {detail}'
  }
};
