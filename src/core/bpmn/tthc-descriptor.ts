/**
 * The `tthc` bpmn-moddle extension: the TTHC domain facts stored inside a BPMN file as
 * extension elements (`<tthc:procedure>`, `<tthc:step>`, `<tthc:dossierComponent>`,
 * `<tthc:decision>`, `<tthc:outcome>`, `<tthc:role>`). Registered with every moddle the app and CLI create.
 */
import type { PackageDefinition } from 'moddle';

export const TTHC_NS = 'https://tthc-studio.github.io/schema/bpmn/1.0';

const str = (name: string) => ({ name, isAttr: true, type: 'String' });
const real = (name: string) => ({ name, isAttr: true, type: 'Real' });
const int = (name: string) => ({ name, isAttr: true, type: 'Integer' });
const bool = (name: string) => ({ name, isAttr: true, type: 'Boolean' });
const many = (name: string, type: string) => ({ name, type, isMany: true });

export const tthcDescriptor = {
  name: 'TTHC',
  uri: TTHC_NS,
  prefix: 'tthc',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    {
      name: 'Procedure',
      superClass: ['Element'],
      properties: [
        str('code'),
        str('name'),
        str('field'),
        str('level'),
        str('agency'),
        str('applicants'),
        str('channels'),
        real('timeLimit'),
        str('timeUnit'),
        str('timeStartsFrom'),
        str('onlineLevel'),
        str('result'),
        int('dossiersPerYear'),
        str('arrivalProfile'),
        bool('boundaryFree'),
        str('publicationDecision'),
        str('variantName'),
        str('variantStatus'),
        // assumptions of the activity cost method (analysis/activity-cost.ts); absent = the studio's default
        real('costPrepareHours'),
        real('costCopyVnd'),
        real('costCertifiedCopyVnd'),
        real('costVisitHours'),
        real('costTravelVnd'),
        real('costResultHours'),
        real('costSupplementHours'),
        many('fees', 'tthc:Fee'),
        many('legalBases', 'tthc:LegalBasis'),
        many('forms', 'tthc:Form'),
      ],
    },
    { name: 'Fee', superClass: ['Element'], properties: [str('kind'), real('amountVnd'), str('description')] },
    {
      name: 'LegalBasis',
      superClass: ['Element'],
      properties: [str('document'), str('article'), str('date'), str('title')],
    },
    { name: 'Form', superClass: ['Element'], properties: [str('name'), str('code'), str('basis')] },
    { name: 'Output', superClass: ['Element'], properties: [str('name')] },
    {
      name: 'Step',
      superClass: ['Element'],
      properties: [
        str('number'),
        real('duration'),
        str('durationUnit'),
        real('minDuration'),
        real('maxDuration'),
        str('role'),
        str('channel'),
        int('dossierStatus'),
        bool('maySendBack'),
        bool('inPersonVisit'),
        real('applicantHours'),
        str('distribution'),
        str('description'),
        many('forms', 'tthc:Form'),
        many('outputs', 'tthc:Output'),
      ],
    },
    {
      name: 'DossierComponent',
      superClass: ['Element'],
      properties: [str('name'), str('copyType'), int('quantity'), str('source'), str('database'), str('platform')],
    },
    { name: 'Decision', superClass: ['Element'], properties: [str('variable'), str('question')] },
    { name: 'Outcome', superClass: ['Element'], properties: [str('value'), real('share'), str('shareSource')] },
    /** On a lane: the officers doing its steps and their hours per working day (capacity for the queue simulation). */
    { name: 'Role', superClass: ['Element'], properties: [int('officers'), real('hoursPerDay')] },
  ],
  enumerations: [],
} satisfies PackageDefinition;
