/** English names of every code the studio shows a reader; same keys as labels.vi.ts. Read through labels.ts. */
import type vi from './labels.vi.ts';

const en: typeof vi = {
  channel: { inPerson: 'In person', post: 'Public postal service', online: 'Online' },
  copyType: { original: 'Original', certifiedCopy: 'Certified copy', copy: 'Copy', electronic: 'Electronic' },
  dataSource: { applicant: 'Provided by the applicant', database: 'Taken from a database' },
  level: { bo: 'Ministry', tinh: 'Province', xa: 'Commune' },
  onlineLevel: { full: 'Full online (toàn trình)', partial: 'Partial (một phần)' },
  variantStatus: { current: 'Current', proposed: 'Proposed', approved: 'Approved' },
  feeKind: { fee: 'Fee (phí)', charge: 'Charge (lệ phí)', other: 'Other cost' },
  timeUnit: { day: 'working days', hour: 'working hours' },
  boolean: { true: 'Yes', false: 'No' },
  severity: { error: 'Error', warning: 'Warning', hint: 'Hint', info: 'Note' },
  unit: { day: 'days', hour: 'h', VND: 'VND', 'VND/h': 'VND/h', 'dossier/year': 'dossiers/year', count: '' },
  elementType: {
    Task: 'Task', UserTask: 'User task', ManualTask: 'Manual task', ServiceTask: 'Service task', ScriptTask: 'Script task',
    BusinessRuleTask: 'Business rule task', SendTask: 'Send task', ReceiveTask: 'Receive task', SubProcess: 'Sub-process',
    Transaction: 'Transaction', CallActivity: 'Call activity', StartEvent: 'Start event', EndEvent: 'End event',
    IntermediateCatchEvent: 'Intermediate catch event', IntermediateThrowEvent: 'Intermediate throw event',
    BoundaryEvent: 'Boundary event', ExclusiveGateway: 'Exclusive gateway', ParallelGateway: 'Parallel gateway',
    InclusiveGateway: 'Inclusive gateway', EventBasedGateway: 'Event-based gateway', ComplexGateway: 'Complex gateway',
    SequenceFlow: 'Sequence flow', MessageFlow: 'Message flow', Association: 'Association',
    DataInputAssociation: 'Data input association', DataOutputAssociation: 'Data output association',
    DataObject: 'Data object', DataObjectReference: 'Data object', DataStoreReference: 'Data store',
    DataInput: 'Data input', DataOutput: 'Data output', Lane: 'Lane', Participant: 'Pool (participant)',
    Process: 'Process', Collaboration: 'Collaboration', TextAnnotation: 'Text annotation', Group: 'Group', other: 'Other element'
  },
  changeKind: { added: 'Added', removed: 'Removed', changed: 'Changed' },
  matchRule: {
    id: 'same id', name: 'same name', 'name+position': 'same name and position', position: 'same position',
    endpoints: 'same ends', neighbours: 'same type, pool and lane, and same neighbours'
  },
  field: {
    name: 'Name', type: 'Type', source: 'Source', target: 'Target', condition: 'Condition',
    'step.number': 'Step number', 'step.duration': 'Time', 'step.durationUnit': 'Time unit',
    'step.minDuration': 'Fastest time', 'step.maxDuration': 'Slowest time', 'step.role': 'Role',
    'step.channel': 'Channel', 'step.dossierStatus': 'Dossier status', 'step.maySendBack': 'May send back',
    'step.inPersonVisit': 'In-person visit', 'step.applicantHours': 'Applicant hours', 'step.description': 'Work content',
    'step.forms': 'Forms', 'step.outputs': 'Outputs',
    'dossierComponent.name': 'Document name', 'dossierComponent.copyType': 'Copy type', 'dossierComponent.quantity': 'Quantity',
    'dossierComponent.source': 'Source of the document', 'dossierComponent.database': 'Database', 'dossierComponent.platform': 'Platform',
    'decision.variable': 'Decision variable', 'decision.question': 'Question', 'outcome.value': 'Outcome', 'outcome.share': 'Share of dossiers',
    'procedure.code': 'Procedure code', 'procedure.name': 'Procedure name', 'procedure.field': 'Field', 'procedure.level': 'Level',
    'procedure.agency': 'Agency', 'procedure.applicants': 'Applicants', 'procedure.timeLimit': 'Statutory limit',
    'procedure.timeUnit': 'Limit unit', 'procedure.timeStartsFrom': 'Limit counted from', 'procedure.channels': 'Channels',
    'procedure.onlineLevel': 'Online level', 'procedure.result': 'Result', 'procedure.fees': 'Fees',
    'procedure.legalBases': 'Legal bases', 'procedure.forms': 'Forms', 'procedure.dossiersPerYear': 'Dossiers per year',
    'procedure.boundaryFree': 'Independent of administrative boundaries', 'procedure.publicationDecision': 'Publication decision',
    other: 'Other information'
  },
  phrase: {
    citedBy: 'as cited by', reportedBy: 'as reported by', notConfirmed: 'not confirmed from the resolution text',
    unverified: 'not confirmed from the legal text', userSupplied: 'user-supplied', legalBasis: 'legal basis',
    complianceCost: 'compliance cost', hourlyIncome: 'average income per hour', and: 'and',
    wordsRemoved: 'removed', wordsAdded: 'added', documentsFromData: 'documents taken from data'
  }
};

export default en;
