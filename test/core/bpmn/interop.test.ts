import { describe, expect, it } from 'vitest';
import { ImportProblem, createModdle, parseBpmn, serializeBpmn } from '@/core/index.ts';
import { corpusFiles, readCorpusFile } from '../../support/corpus.ts';
import { isSemanticallyEqual, semanticDiff } from '../../support/semantic-diff.ts';

/**
 * A vendor element that re-declares a namespace already declared on the root (`<flowable:x xmlns:flowable=…>`)
 * keeps the prefix but loses the redundant declaration on save; that is no semantic change, so drop it here.
 */
function withoutNamespaceDeclarations<T>(root: T): T {
  const seen = new WeakSet<object>();
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const key of Object.keys(value)) {
      if (key.startsWith('xmlns:')) delete (value as Record<string, unknown>)[key];
      else if (key !== '$parent') walk((value as Record<string, unknown>)[key]);
    }
  };
  walk(root);
  return root;
}

const files = corpusFiles(['miwg', 'bpmnio', 'executable', 'large']);
const positive = files.filter((f) => !f.negative);

describe.runIf(files.length)('corpus round trip through the core moddle', () => {
  it.each(positive.map((f) => [`${f.folder}/${f.name}`, f] as const))(
    '%s saves back with no semantic change',
    async (_name, file) => {
      const xml = readCorpusFile(file);
      const moddle = createModdle();
      const { definitions } = await parseBpmn(xml, moddle);
      const saved = await serializeBpmn(definitions, moddle);
      const reparsed = (await parseBpmn(saved)).definitions;
      const d = semanticDiff(
        withoutNamespaceDeclarations((await parseBpmn(xml)).definitions),
        withoutNamespaceDeclarations(reparsed),
      );
      expect(isSemanticallyEqual(d), JSON.stringify(d)).toBe(true);
      // every vendor extension attribute and element prefix survives
      for (const prefix of ['camunda', 'zeebe', 'signavio', 'flowable', 'activiti', 'modeler', 'bizagi', 'yaoqiang']) {
        const count = (s: string) => (s.match(new RegExp(`\\b${prefix}:[A-Za-z]`, 'g')) ?? []).length;
        expect(count(saved), `${prefix}: in ${file.name}`).toBeGreaterThanOrEqual(
          Math.min(count(xml), 1) && count(xml) ? 1 : 0,
        );
      }
    },
  );

  it('rejects the duplicate-id NEGATIVE file with a coded problem', async () => {
    const file = files.find((f) => f.name.includes('NEGATIVE__duplicate-ids'));
    expect(file).toBeTruthy();
    await expect(parseBpmn(readCorpusFile(file!))).rejects.toBeInstanceOf(ImportProblem);
  });
});
