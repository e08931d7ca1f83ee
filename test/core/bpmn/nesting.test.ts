import { describe, expect, it } from 'vitest';
import {
  ImportProblem,
  MAX_NESTING_DEPTH,
  checkNestingDepth,
  createModdle,
  describeProblem,
  nestingDepth,
  type ModdleElement,
} from '@/core/index.ts';
import { nestedModel } from '../../support/size-models.ts';

async function read(xml: string): Promise<ModdleElement> {
  const { rootElement } = await createModdle().fromXML(xml, 'bpmn:Definitions');
  return rootElement as unknown as ModdleElement;
}

// nestedModel(d) nests 5 levels besides its d sub-processes: definitions, process, step, extension, facts
const OWN_LEVELS = 5;

describe('nesting depth', () => {
  it('counts how deep elements nest, without recursion', async () => {
    expect(nestingDepth(await read(nestedModel(1)))).toBe(1 + OWN_LEVELS);
    expect(nestingDepth(await read(nestedModel(3_000)))).toBe(3_000 + OWN_LEVELS);
  });

  it(`takes nesting up to ${MAX_NESTING_DEPTH} levels and refuses deeper, with a message in both languages`, async () => {
    // given models exactly at the limit and one level over it
    const atLimit = await read(nestedModel(MAX_NESTING_DEPTH - OWN_LEVELS));
    const over = await read(nestedModel(MAX_NESTING_DEPTH - OWN_LEVELS + 1));

    // then
    expect(() => checkNestingDepth(atLimit)).not.toThrow();
    let problem: unknown;
    try {
      checkNestingDepth(over);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(ImportProblem);
    expect((problem as ImportProblem).code).toBe('tooDeep');
    expect(describeProblem(problem as ImportProblem, 'vi')).toBe(
      `Sơ đồ lồng nhau quá sâu (${MAX_NESTING_DEPTH + 1} tầng phần tử, ví dụ quy trình con trong quy trình con). TTHC Studio chỉ hiển thị và kiểm tra sơ đồ lồng tối đa ${MAX_NESTING_DEPTH} tầng.`,
    );
    expect(describeProblem(problem as ImportProblem, 'en')).toContain(`up to ${MAX_NESTING_DEPTH} levels`);
  });
});
