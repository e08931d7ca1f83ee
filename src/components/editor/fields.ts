/** Field descriptors for the properties panel: one list per kind of TTHC facts. */
import {
  DEFAULT_ASSUMPTIONS,
  DOSSIER_STATUSES,
  DOSSIER_STATUS_SOURCE,
  type AssumptionKey,
  type FactsKind,
} from '@/core/index.ts';

const ASSUMPTION_KEYS = Object.keys(DEFAULT_ASSUMPTIONS) as AssumptionKey[];

export type FieldType = 'text' | 'number' | 'select' | 'checkbox' | 'textarea' | 'checkboxes' | 'list';

export interface Option {
  value: string;
  label: string;
}
export interface Column {
  key: string;
  label: string;
  type?: 'text' | 'number' | 'select';
  options?: Option[];
}

export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  options?: Option[];
  placeholder?: string;
  hint?: string;
  /** A legal or data source shown beside the field. */
  source?: string;
  testid?: string;
  /** Stored value → shown value, and back (e.g. a 0–1 share shown in %). */
  scale?: number;
  columns?: Column[];
  /** List of plain strings rather than objects. */
  stringList?: boolean;
  datalist?: string[];
  /** Shown but not editable here (with `hint` saying where it is changed). */
  readonly?: boolean;
}

type T = (key: string, params?: Record<string, unknown>) => string;

const opts = (t: T, base: string, values: string[]): Option[] =>
  values.map((value) => ({ value, label: t(`${base}.${value}`) }));

/** National and sectoral databases that procedures reuse instead of documents (docs/sources.md). */
export const KNOWN_DATABASES = [
  'CSDL quốc gia về dân cư',
  'CSDL hộ tịch điện tử',
  'CSDL quốc gia về đăng ký doanh nghiệp',
  'CSDL về hộ kinh doanh',
  'CSDL quốc gia về đất đai',
  'CSDL quốc gia về bảo hiểm',
  'CSDL lý lịch tư pháp',
];

export function fieldsFor(kind: FactsKind, t: T, locale: string, laneName?: string): FieldSpec[] {
  switch (kind) {
    case 'procedure':
      return [
        { key: 'code', label: t('procedure.code'), type: 'text', placeholder: t('procedure.codeHint') },
        { key: 'name', label: t('procedure.name'), type: 'text' },
        { key: 'field', label: t('procedure.field'), type: 'text' },
        {
          key: 'level',
          label: t('procedure.level'),
          type: 'select',
          options: opts(t, 'procedure.levels', ['bo', 'tinh', 'xa']),
        },
        { key: 'agency', label: t('procedure.agency'), type: 'text' },
        { key: 'applicants', label: t('procedure.applicants'), type: 'text' },
        {
          key: 'channels',
          label: t('procedure.channels'),
          type: 'checkboxes',
          options: opts(t, 'procedure.channelNames', ['inPerson', 'post', 'online']),
        },
        { key: 'timeLimit', label: t('procedure.timeLimit'), type: 'number', testid: 'procedure-time-limit' },
        {
          key: 'timeUnit',
          label: t('step.unit'),
          type: 'select',
          options: opts(t, 'step.units', ['day', 'hour']),
          hint: t('step.hoursNote'),
        },
        {
          key: 'timeStartsFrom',
          label: t('procedure.timeStartsFrom'),
          type: 'text',
          placeholder: t('procedure.timeStartsFromHint'),
        },
        {
          key: 'onlineLevel',
          label: t('procedure.onlineLevel'),
          type: 'select',
          options: opts(t, 'procedure.onlineLevels', ['full', 'partial']),
          source: t('procedure.onlineLevelSource'),
        },
        { key: 'result', label: t('procedure.result'), type: 'text' },
        { key: 'dossiersPerYear', label: t('procedure.dossiersPerYear'), type: 'number' },
        {
          key: 'arrivalProfile',
          label: t('queue.fields.arrivalProfile'),
          type: 'text',
          hint: t('queue.fields.arrivalProfileHint'),
        },
        ...ASSUMPTION_KEYS.map((key): FieldSpec => ({
          key,
          label: DEFAULT_ASSUMPTIONS[key].label[locale === 'en' ? 'en' : 'vi'],
          type: 'number',
          placeholder: String(DEFAULT_ASSUMPTIONS[key].value),
          hint: t('procedure.assumptionHint'),
          testid: `procedure-${key}`,
        })),
        { key: 'boundaryFree', label: t('procedure.boundaryFree'), type: 'checkbox' },
        { key: 'publicationDecision', label: t('procedure.publicationDecision'), type: 'text' },
        { key: 'variantName', label: t('procedure.variantName'), type: 'text' },
        {
          key: 'variantStatus',
          label: t('procedure.variantStatus'),
          type: 'select',
          options: opts(t, 'procedure.variantStatuses', ['current', 'proposed', 'approved']),
          testid: 'procedure-variant-status',
        },
        {
          key: 'fees',
          label: t('procedure.fees'),
          type: 'list',
          columns: [
            {
              key: 'kind',
              label: t('procedure.feeKind'),
              type: 'select',
              options: opts(t, 'procedure.feeKinds', ['fee', 'charge', 'other']),
            },
            { key: 'amountVnd', label: t('procedure.amountVnd'), type: 'number' },
            { key: 'description', label: t('procedure.description') },
          ],
        },
        {
          key: 'legalBases',
          label: t('procedure.legalBases'),
          type: 'list',
          columns: [
            { key: 'document', label: t('procedure.document') },
            { key: 'article', label: t('procedure.article') },
            { key: 'date', label: t('procedure.date') },
            { key: 'title', label: t('procedure.docTitle') },
          ],
        },
        { key: 'forms', label: t('procedure.forms'), type: 'list', columns: formColumns(t) },
      ];
    case 'step':
      return [
        { key: 'duration', label: t('step.duration'), type: 'number', testid: 'step-duration' },
        {
          key: 'durationUnit',
          label: t('step.unit'),
          type: 'select',
          options: opts(t, 'step.units', ['day', 'hour']),
          hint: t('step.hoursNote'),
          testid: 'step-duration-unit',
        },
        { key: 'minDuration', label: t('step.minDuration'), type: 'number' },
        { key: 'maxDuration', label: t('step.maxDuration'), type: 'number' },
        {
          key: 'distribution',
          label: t('queue.fields.distribution'),
          type: 'select',
          options: opts(t, 'queue.fields.distributions', ['triangular', 'fixed', 'exponential', 'lognormal']),
          testid: 'step-distribution',
        },
        {
          key: 'role',
          label: t('step.role'),
          type: 'text',
          placeholder: laneName ? t('step.roleFromLane', { lane: laneName }) : '',
        },
        {
          key: 'channel',
          label: t('step.channel'),
          type: 'select',
          options: opts(t, 'procedure.channelNames', ['inPerson', 'post', 'online']),
        },
        {
          key: 'dossierStatus',
          label: t('step.dossierStatus'),
          type: 'select',
          source: `${t('step.statusSource')} — ${DOSSIER_STATUS_SOURCE}`,
          options: DOSSIER_STATUSES.map((s) => ({
            value: String(s.code),
            label: `${s.code}. ${locale === 'vi' ? s.vi : s.en}`,
          })),
        },
        { key: 'maySendBack', label: t('step.maySendBack'), type: 'checkbox' },
        { key: 'inPersonVisit', label: t('step.inPersonVisit'), type: 'checkbox' },
        { key: 'applicantHours', label: t('step.applicantHours'), type: 'number' },
        { key: 'description', label: t('step.description'), type: 'textarea' },
        { key: 'forms', label: t('step.forms'), type: 'list', columns: formColumns(t) },
        {
          key: 'outputs',
          label: t('step.outputs'),
          type: 'list',
          stringList: true,
          columns: [{ key: 'name', label: t('step.outputName') }],
        },
      ];
    case 'dossierComponent':
      return [
        { key: 'name', label: t('dossier.name'), type: 'text' },
        {
          key: 'copyType',
          label: t('dossier.copyType'),
          type: 'select',
          options: opts(t, 'dossier.copyTypes', ['original', 'certifiedCopy', 'copy', 'electronic']),
        },
        { key: 'quantity', label: t('dossier.quantity'), type: 'number' },
        {
          key: 'source',
          label: t('dossier.source'),
          type: 'select',
          options: opts(t, 'dossier.sources', ['applicant', 'database']),
          source: t('dossier.onceOnly'),
        },
        { key: 'database', label: t('dossier.database'), type: 'text', datalist: KNOWN_DATABASES },
        {
          key: 'platform',
          label: t('dossier.platform'),
          type: 'select',
          options: [
            { value: 'LGSP', label: 'LGSP' },
            { value: 'NDXP', label: 'NDXP' },
          ],
        },
      ];
    case 'decision':
      return [
        { key: 'variable', label: t('decision.variable'), type: 'text' },
        { key: 'question', label: t('decision.question'), type: 'text' },
      ];
    case 'role':
      return [
        {
          key: 'officers',
          label: t('queue.fields.officers'),
          type: 'number',
          hint: t('queue.fields.officersHint'),
          testid: 'role-officers',
        },
        {
          key: 'hoursPerDay',
          label: t('queue.fields.hoursPerDay'),
          type: 'number',
          hint: t('queue.fields.hoursPerDayHint'),
          testid: 'role-hours',
        },
      ];
    case 'outcome':
      return [
        { key: 'value', label: t('decision.value'), type: 'text' },
        { key: 'share', label: t('decision.share'), type: 'number', scale: 100 },
      ];
  }
}

function formColumns(t: T): Column[] {
  return [
    { key: 'name', label: t('procedure.formName') },
    { key: 'code', label: t('procedure.formCode') },
    { key: 'basis', label: t('procedure.formBasis') },
  ];
}
