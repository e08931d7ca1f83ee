/**
 * A bundle holds byte for byte the files of the single-target exports, for every sample procedure and every
 * interop corpus file (read in place): its engines transform copies of one parse, the single exports parse
 * with their own moddles. A model a single export refuses, the bundle refuses too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_TARGETS, ExportRefused, exportVariant, type ExportFile } from '@/core/export/index.ts';
import { corpusFiles, readCorpusFile } from '../../support/corpus.ts';

const procedures = readdirSync('procedures', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.bpmn'))
  .sort()
  .map((name) => ({ label: `procedures/${name}`, xml: () => readFileSync(join('procedures', name), 'utf8') }));
/**
 * A procedure carrying zeebe and camunda content under prefixes of its own: content those moddles write
 * differently once typed (attribute order, a default value, an element outside their schema).
 */
function withEngineContent(xml: string): string {
  return xml
    .replace(
      '<bpmn:definitions ',
      '<bpmn:definitions xmlns:c="http://camunda.org/schema/1.0/bpmn" xmlns:z="http://camunda.org/schema/zeebe/1.0" ',
    )
    .replaceAll(
      '<bpmn:extensionElements>',
      '<bpmn:extensionElements><z:taskDefinition retries="3" type="x" /><z:notInTheSchema />' +
        '<c:inputOutput><c:inputParameter name="a">v</c:inputParameter></c:inputOutput>',
    )
    .replaceAll('<bpmn:exclusiveGateway ', '<bpmn:exclusiveGateway c:exclusive="true" c:asyncBefore="1" ');
}
const extended = procedures.map((p) => ({
  label: `${p.label} with engine content`,
  xml: () => withEngineContent(p.xml()),
}));
const corpus = corpusFiles(['miwg', 'bpmnio', 'executable', 'large']).map((f) => ({
  label: `corpus/${f.folder}/${f.name}`,
  xml: () => readCorpusFile(f),
}));

const SINGLE = EXPORT_TARGETS.filter((t) => t !== 'bundle');
const ENGINE_NS = /xmlns:([\w.-]+)="http:\/\/camunda\.org\/schema\/(?:1\.0\/bpmn|zeebe\/1\.0)"/g;

/** Whether `xml` uses the camunda or zeebe namespace (under whatever prefix it declares for them). */
function hasEngineContent(xml: string): boolean {
  return [...xml.matchAll(ENGINE_NS)].some(([, prefix]) => new RegExp(`<${prefix}:\\w|\\s${prefix}:\\w+=`).test(xml));
}
const docxBody = (docx: Uint8Array): string => strFromU8(unzipSync(docx)['word/document.xml'] as Uint8Array);
const bytes = (content: ExportFile['content']) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content;

/** What happened to each model: compared (and whether it holds engine content) or refused. */
const outcomes = new Map<string, 'compared' | 'compared with engine content' | 'refused'>();

/** The single exports, or the error the first of them threw. */
async function singles(xml: string): Promise<ExportFile[] | Error> {
  const files: ExportFile[] = [];
  try {
    for (const target of SINGLE) files.push(...(await exportVariant(xml, target, { baseName: 'b' })));
  } catch (error) {
    return error as Error;
  }
  return files;
}

describe('bundle files equal the single exports', () => {
  it.each([...procedures, ...extended, ...corpus].map((m) => [m.label, m] as const))('%s', async (label, model) => {
    const xml = model.xml();
    const single = await singles(xml);
    if (single instanceof Error) {
      // refused (or unreadable) alone, refused the same way, with the same problems, in the bundle
      const refusal = await exportVariant(xml, 'bundle').then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(single.constructor);
      expect((refusal as Error).message).toBe(single.message);
      if (single instanceof ExportRefused) expect((refusal as ExportRefused).problems).toEqual(single.problems);
      outcomes.set(label, 'refused');
      return;
    }
    const [bundle] = await exportVariant(xml, 'bundle', { baseName: 'b' });
    const entries = unzipSync(bundle?.content as Uint8Array);
    for (const file of single) {
      const inZip = entries[file.fileName];
      expect(inZip, file.fileName).toBeDefined();
      // a DOCX carries its creation time: compare the document itself
      if (file.fileName.endsWith('.docx'))
        expect(docxBody(inZip as Uint8Array), file.fileName).toBe(docxBody(bytes(file.content)));
      else expect(strFromU8(inZip as Uint8Array), file.fileName).toBe(strFromU8(bytes(file.content)));
    }
    expect(single.length).toBe(7);
    outcomes.set(label, hasEngineContent(xml) ? 'compared with engine content' : 'compared');
  });

  it('compared every procedure, with and without engine content, and corpus files with such content', () => {
    const compared = (label: string) => outcomes.get(label)?.startsWith('compared');
    expect(procedures.length).toBeGreaterThan(0);
    expect(procedures.filter((p) => !compared(p.label)).map((p) => p.label)).toEqual([]);
    expect(extended.filter((p) => outcomes.get(p.label) !== 'compared with engine content')).toEqual([]);
    if (corpus.length) {
      expect(outcomes.size).toBe(procedures.length + extended.length + corpus.length);
      const withEngine = corpus.filter((c) => outcomes.get(c.label) === 'compared with engine content');
      expect(withEngine.length).toBeGreaterThan(0);
      // refusals are checked too, but at least some corpus files must be compared file by file
      expect(corpus.filter((c) => compared(c.label)).length).toBeGreaterThan(0);
    }
  });
});
