import { describe, expect, it } from 'vitest';
import { ImportProblem, analyze, buildSimulationModel, parseBpmn, simulate } from '@/core/index.ts';
import { corpusFiles, readCorpusFile } from '../../support/corpus.ts';

// BPMN written by other tools (read in place from TTHC_CORPUS, default ../shared/corpus): the analysis must not
// break on pools, lanes, sub-processes, boundary events, event sub-processes or unstructured flows.
const files = corpusFiles(['miwg', 'bpmnio', 'executable', 'large']);

describe.runIf(files.length)('analysis of the external corpus', () => {
  it.each(files.map((f) => [`${f.folder}/${f.name}`, f] as const))('%s', async (_name, file) => {
    let definitions;
    try {
      ({ definitions } = await parseBpmn(readCorpusFile(file)));
    } catch (error) {
      // only the files built to be rejected may fail to import
      expect(file.negative).toBe(true);
      expect(error).toBeInstanceOf(ImportProblem);
      return;
    }
    const a = analyze(definitions);
    for (const n of [
      a.steps,
      a.handoffs,
      a.units,
      a.criticalPathWorkingDays,
      a.expectedWorkingDays,
      a.complianceCostPerDossierVnd,
    ]) {
      expect(Number.isFinite(n)).toBe(true);
    }
    expect(a.criticalPathWorkingDays).toBeGreaterThanOrEqual(a.time.nominalWorkingDays);
    const r = simulate(buildSimulationModel(definitions), { runs: 50, seed: 1 });
    expect(Number.isFinite(r.meanWorkingDays)).toBe(true);
  });
});
