import { describe, expect, it } from 'vitest';
import { ImportProblem, MAX_BPMN_BYTES, checkBpmnSize, describeProblem, parseBpmn } from '@/core/index.ts';

async function problemOf(xml: string): Promise<ImportProblem> {
  try {
    await parseBpmn(xml);
  } catch (error) {
    if (error instanceof ImportProblem) return error;
    throw error;
  }
  throw new Error('expected an ImportProblem');
}

const BPMN = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';

describe('bad input gets a coded problem with a message in both languages', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['whitespace only', '  \n\t ', 'empty'],
    ['plain text', 'đây không phải XML', 'notXml'],
    ['broken XML', `<bpmn:definitions ${BPMN}><bpmn:process id="a">`, 'notXml'],
    ['XML that is not BPMN', '<?xml version="1.0"?><html><body>x</body></html>', 'notBpmn'],
    [
      'duplicate ids',
      `<bpmn:definitions ${BPMN}><bpmn:process id="P"><bpmn:task id="T"/><bpmn:task id="T"/></bpmn:process></bpmn:definitions>`,
      'duplicateIds',
    ],
  ])('%s → %s', async (_what, xml, code) => {
    const problem = await problemOf(xml);
    expect(problem.code).toBe(code);
    expect(describeProblem(problem, 'vi')).toMatch(/[àáảãạăâđêôơư]/i);
    expect(describeProblem(problem, 'en')).not.toBe(describeProblem(problem, 'vi'));
  });

  it('names the duplicated id in the message', async () => {
    const problem = await problemOf(
      `<bpmn:definitions ${BPMN}><bpmn:process id="P"><bpmn:task id="Task_Tiep_Nhan"/><bpmn:task id="Task_Tiep_Nhan"/></bpmn:process></bpmn:definitions>`,
    );
    expect(describeProblem(problem, 'en')).toContain('Task_Tiep_Nhan');
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(() => checkBpmnSize(50 * 1024 * 1024)).toThrowError(ImportProblem);
    expect(() => checkBpmnSize(MAX_BPMN_BYTES)).not.toThrow();
    try {
      checkBpmnSize(50 * 1024 * 1024);
    } catch (error) {
      expect(describeProblem(error as ImportProblem, 'vi')).toBe(
        'Tệp quá lớn (50 MB). TTHC Studio mở tệp BPMN tối đa 20 MB.',
      );
    }
  });
});
