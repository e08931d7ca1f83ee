/**
 * Every corpus file opens through `openBpmn`: the positive ones unchanged; the same files stripped of their
 * diagrams open laid out, every pool, lane and flow node drawn, no shapes overlapping, semantics untouched.
 */
import { describe, expect, it } from 'vitest';
import { ImportProblem, openBpmn, parseBpmn } from '@/core/index.ts';
import { isSemanticallyEqual, semanticDiff } from '../../../support/semantic-diff.ts';
import { corpusFiles, readCorpusFile } from '../../../support/corpus.ts';
import { overlaps, semanticIds, undrawn, withoutDi } from './support.ts';

const files = corpusFiles(['miwg', 'bpmnio', 'executable', 'large']);
const positive = files.filter((f) => !f.negative);

describe.runIf(files.length)('corpus files through openBpmn', () => {
  it.each(positive.map((f) => [`${f.folder}/${f.name}`, f] as const))(
    '%s opens as it is, with nothing to repair',
    async (_name, file) => {
      const opened = await openBpmn(readCorpusFile(file));
      expect(opened.notices).toEqual([]);
      expect(opened.repaired).toBe(false);
      expect(await opened.xml()).toBe(readCorpusFile(file));
    },
  );

  it.each(positive.map((f) => [`${f.folder}/${f.name}`, f] as const))(
    '%s without its diagram opens laid out, every element drawn',
    async (_name, file) => {
      const stripped = await withoutDi(readCorpusFile(file));
      const opened = await openBpmn(stripped);
      expect(opened.repaired).toBe(true);
      expect(opened.notices.filter((n) => n.code === 'layoutGenerated').length).toBeGreaterThan(0);
      expect(undrawn(opened.definitions)).toEqual([]);
      expect(overlaps(opened.definitions)).toEqual([]);
      const saved = await opened.xml();
      const before = (await parseBpmn(stripped)).definitions;
      const after = (await parseBpmn(saved)).definitions;
      const d = semanticDiff(before, after);
      expect(isSemanticallyEqual(d), JSON.stringify(d)).toBe(true);
      expect(semanticIds(after)).toEqual(semanticIds(before));
    },
  );

  it('renames the duplicate id of the NEGATIVE file and says the diagram is empty', async () => {
    const file = files.find((f) => f.name.includes('NEGATIVE__duplicate-ids'));
    expect(file).toBeTruthy();
    const opened = await openBpmn(readCorpusFile(file!));
    expect(opened.notices.map((n) => n.code)).toEqual(['idRenamed', 'nothingToDraw']);
    expect(opened.notices[0]).toMatchObject({ id: 'test', newId: 'test_2', element: 'process' });
    // The strict parser still refuses it with its coded problem.
    await expect(parseBpmn(readCorpusFile(file!))).rejects.toBeInstanceOf(ImportProblem);
  });
});
