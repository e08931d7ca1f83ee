/**
 * The check behind "no raw code and no English word in Vietnamese output": every English word the studio's
 * code could write (enum values, element types, field names, report phrases) and any camelCase/PascalCase
 * identifier. Element ids of the models shown are the user's own identifiers and are removed first.
 */

/** English words the code could emit; none of them is also a Vietnamese word written without diacritics. */
export const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'by',
  'with',
  'from',
  'not',
  'days',
  'day',
  'hours',
  'hour',
  'steps',
  'step',
  'saving',
  'rate',
  'met',
  'source',
  'target',
  'type',
  'name',
  'field',
  'old',
  'new',
  'added',
  'removed',
  'changed',
  'same',
  'position',
  'ends',
  'cited',
  'reported',
  'confirmed',
  'unverified',
  'user',
  'supplied',
  'provided',
  'legal',
  'basis',
  'compliance',
  'cost',
  'income',
  'hourly',
  'warning',
  'error',
  'info',
  'original',
  'copy',
  'certified',
  'electronic',
  'applicant',
  'database',
  'true',
  'false',
  'online',
  'post',
  'person',
  'full',
  'partial',
  'current',
  'proposed',
  'approved',
  'fee',
  'charge',
  'task',
  'process',
  'lane',
  'event',
  'gateway',
  'flow',
  'participant',
  'start',
  'end',
  'yes',
  'n/a',
  'VND',
  'undefined',
  'null',
  'NaN',
  'object',
  'century',
  'inPerson',
  'dossier',
  'documents',
  'data',
  'sequence',
  'message',
  'custom',
  'format',
  'note',
  'guessed',
  'performer',
  'row',
  'table',
  'total',
  'working',
];

const WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}_/])(${ENGLISH_WORDS.map((w) => w.replace('/', '\\/')).join('|')})(?![\\p{L}\\p{N}_/])`,
  'giu',
);
/** camelCase (`inPerson`, `certifiedCopy`) or joined PascalCase (`UserTask`) identifiers and `bpmn:` prefixes. */
const IDENTIFIER =
  /(?<![\p{L}\p{N}_])([a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][a-z][A-Za-z]*|bpmn:\w+)(?![\p{L}\p{N}_])/gu;

/** Every element id written in the BPMN texts. */
export function idsOf(...xmls: string[]): Set<string> {
  return new Set(xmls.flatMap((x) => [...x.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string)));
}

/** The raw codes and English words found in `text` (element ids in `ids` removed first). */
export function englishIn(text: string, ids: Set<string> = new Set()): string[] {
  const sorted = [...ids].sort((a, b) => b.length - a.length);
  let rest = text;
  for (const id of sorted) rest = rest.split(id).join(' ');
  return [
    ...new Set(
      [...rest.matchAll(WORDS)]
        .map((m) => m[1] as string)
        .concat([...rest.matchAll(IDENTIFIER)].map((m) => m[1] as string)),
    ),
  ];
}

/** Raw codes only (for English output, which may hold Vietnamese names but never an identifier). */
export function codesIn(text: string, ids: Set<string> = new Set()): string[] {
  const sorted = [...ids].sort((a, b) => b.length - a.length);
  let rest = text;
  for (const id of sorted) rest = rest.split(id).join(' ');
  return [...new Set([...rest.matchAll(IDENTIFIER)].map((m) => m[1] as string))];
}
