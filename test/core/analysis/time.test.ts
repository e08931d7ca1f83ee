import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/index.ts';
import { flow, inlineModel, loadFixture, task } from './support.ts';

const codes = (a: ReturnType<typeof analyze>) => a.warnings.map((w) => `${w.code}:${w.elementId ?? ''}`);

describe('working time along the paths of a procedure', () => {
  it('adds a chain of steps in days and hours (8 h = 1 day)', async () => {
    // given 0.25 d + 2 h + 1 d + 1 d + 0.25 d + 0.25 d with a 3-day limit
    const a = analyze(await loadFixture('linear-lanes.bpmn'));

    // then the longest path is 3 working days = 24 h, within the limit, and the steps add up
    expect(a.criticalPathWorkingDays).toBe(3);
    expect(a.criticalPathWorkingHours).toBe(24);
    expect(a.statutoryLimitWorkingDays).toBe(3);
    expect(a.withinStatutoryLimit).toBe(true);
    expect(a.time.criticalPath.stepIds).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    expect(a.time.paths).toHaveLength(1);
    expect(a.warnings).toEqual([]);
  });

  it('headlines the longest path without repeats; loops change only the expected time', async () => {
    // given: receive 0.5 d, 20 % supplement 1 d then back; examine 2 d; consult 3 d ‖ 5 d; draft 1 d,
    // 10 % sent back to drafting; return 0.5 d; limit 9 days
    const a = analyze(await loadFixture('parallel-loop.bpmn'));

    // then the longest path is what the step table adds up to: 0.5 + 2 + max(3, 5) + 1 + 0.5 = 9 days, within 9
    expect(a.criticalPathWorkingDays).toBe(9);
    expect(a.time.nominalWorkingDays).toBe(9);
    expect(a.time.criticalPath.stepIds).toEqual(['T1', 'T2', 'T4', 'T5', 'T6']);
    expect(a.withinStatutoryLimit).toBe(true);
    // nothing is wrong with the figures; the decisions only lack the variables an engine needs (quiet hints)
    expect(codes(a)).toEqual(['decisionWithoutVariable:G1', 'decisionWithoutVariable:G2']);
    expect(a.warnings.every((w) => w.severity === 'hint')).toBe(true);
    // the expected time counts the loops by their repeats, 0.2/0.8 × (0.5 + 1) and 0.1/0.9 × 1, and the mean of
    // the 4–5–9 range for the second consultation: (4 + 5 + 9) / 3 = 6
    const withRepeats = 0.5 + 0.25 * 1.5 + 2 + 5 + 1 + 1 / 9 + 0.5;
    expect(a.expectedWorkingDays).toBeCloseTo(withRepeats + 1, 6);
  });

  it('lists every path with its time and probability, and each loop', async () => {
    const a = analyze(await loadFixture('parallel-loop.bpmn'));
    expect(
      a.time.paths.map((p) => [p.stepIds.join('>'), p.workingDays, p.probability, p.ends, p.backTo ?? '']),
    ).toEqual([
      ['T1>T2>T4>T5>T6', 9, 0.72, 'end', ''],
      ['T1>T2>T4>T5', 8.5, 0.08, 'back', 'T5'],
      ['T1>T2>T3>T5>T6', 7, 0.72, 'end', ''],
      ['T1>T2>T3>T5', 6.5, 0.08, 'back', 'T5'],
      ['T1>S', 1.5, 0.2, 'back', 'T1'],
    ]);
    expect(
      a.time.loops.map((l) => [l.headerId, l.repeatShare, l.expectedRepeats, l.repeatWorkingHours]).sort(),
    ).toEqual([
      ['T1', 0.2, 0.25, 12],
      ['T5', 0.1, 0.111111, 8],
    ]);
    expect(a.time.expectedRuns).toEqual({ T1: 1.25, S: 0.25, T2: 1, T3: 1, T4: 1, T5: 1.111111, T6: 1 });
    expect(a.time.expectedInPersonVisits).toBe(2.25);
  });

  it('breaks the time down by role', async () => {
    const a = analyze(await loadFixture('parallel-loop.bpmn'));
    const officer = a.time.byRole.find((r) => r.role === 'Chuyên viên thụ lý');
    // examine 2 d + draft 1 d; on the longest path both; expected: 16 h + 8 h × 1.111111 runs
    expect(officer).toEqual({
      role: 'Chuyên viên thụ lý',
      steps: 2,
      stepWorkingHours: 24,
      criticalPathWorkingHours: 24,
      expectedWorkingHours: 24.888889,
    });
  });

  it('measures the pool that holds the procedure and a sub-process by its content', async () => {
    // given an applicant pool and an agency pool; a sub-process stated 4 d whose content is 1 + max(2, 0.5) d
    const a = analyze(await loadFixture('collab-subprocess.bpmn'));

    // then time is measured in the agency pool: 1 + 3 + 0 + 0.5 = 4.5 days against 40 h = 5 days
    expect(a.time.timedProcessId).toBe('P_Agency');
    expect(a.criticalPathWorkingDays).toBe(4.5);
    expect(a.statutoryLimitWorkingDays).toBe(5);
    expect(a.withinStatutoryLimit).toBe(true);
    // with no shares the expected time assumes the main line (never an equal split): 1 + 2 inside, 4.5 in all
    expect(a.expectedWorkingDays).toBe(4.5);
    expect(codes(a).sort()).toEqual([
      'decisionWithoutShares:I_G',
      'decisionWithoutVariable:I_G',
      'flowWithoutOutcome:IF3',
      'flowWithoutOutcome:IF4',
      'stepTimesDoNotAddUp:B_Sub',
      'stepTimesDoNotAddUp:Participant_Agency',
      'stepWithoutRole:B_Note',
      'stepWithoutTime:B_Note',
      'stepWithoutTime:I_Sign',
    ]);
    expect(a.warnings.find((w) => w.elementId === 'B_Sub')?.params).toEqual({ sum: 3, total: 4 });
  });

  it('handles a loop tested at its top (while loop)', async () => {
    // given: Start → G; 25 % → T (2 d) → back to G; 75 % → End
    const a = analyze(
      await inlineModel(
        [
          '<bpmn:startEvent id="S" />',
          '<bpmn:exclusiveGateway id="G" />',
          task('T', 2),
          '<bpmn:endEvent id="E" />',
          flow('f0', 'S', 'G'),
          flow('more', 'G', 'T', 0.25),
          flow('done', 'G', 'E', 0.75),
          flow('again', 'T', 'G'),
        ].join(''),
      ),
    );

    // then T runs 0.25 / 0.75 = 1/3 times on average: 2/3 day; the longest path repeats nothing: 0
    expect(a.expectedWorkingDays).toBeCloseTo(2 / 3, 6);
    expect(a.criticalPathWorkingDays).toBe(0);
    expect(a.time.nominalWorkingDays).toBe(0);
    expect(a.time.expectedRuns.T).toBeCloseTo(1 / 3, 6);
  });

  it('handles a loop nested in another loop', async () => {
    // given A (1 d) → B (1 d) → 50 % back to B → C (1 d) → 20 % back to A → End
    const a = analyze(
      await inlineModel(
        [
          '<bpmn:startEvent id="S" />',
          task('A', 1),
          task('B', 1),
          '<bpmn:exclusiveGateway id="G1" />',
          task('C', 1),
          '<bpmn:exclusiveGateway id="G2" />',
          '<bpmn:endEvent id="E" />',
          flow('f0', 'S', 'A'),
          flow('f1', 'A', 'B'),
          flow('f2', 'B', 'G1'),
          flow('b1', 'G1', 'B', 0.5),
          flow('f3', 'G1', 'C', 0.5),
          flow('f4', 'C', 'G2'),
          flow('b2', 'G2', 'A', 0.2),
          flow('f5', 'G2', 'E', 0.8),
        ].join(''),
      ),
    );

    // then one outer pass = 1 + 1/(1 − 0.5) + 1 = 4 days, repeated 1/(1 − 0.2) times: 5 days
    expect(a.expectedWorkingDays).toBe(5);
    // and the longest path is one pass: 3 days
    expect(a.criticalPathWorkingDays).toBe(3);
    expect(a.time.nominalWorkingDays).toBe(3);
    expect(a.time.expectedRuns).toEqual({ A: 1.25, B: 2.5, C: 1.25 });
  });

  it('takes the expected longest of the taken branches of an inclusive gateway', async () => {
    // given an inclusive split with two branches of 2 d and 4 d, each taken with probability 0.5
    const a = analyze(
      await inlineModel(
        [
          '<bpmn:startEvent id="S" />',
          '<bpmn:inclusiveGateway id="OR" />',
          task('X', 2),
          task('Y', 4),
          '<bpmn:inclusiveGateway id="J" />',
          '<bpmn:endEvent id="E" />',
          flow('f0', 'S', 'OR'),
          flow('fx', 'OR', 'X', 0.5),
          flow('fy', 'OR', 'Y', 0.5),
          flow('jx', 'X', 'J'),
          flow('jy', 'Y', 'J'),
          flow('f9', 'J', 'E'),
        ].join(''),
      ),
    );

    // then E = 4 × 0.5 + 2 × 0.5 × 0.5 + (none taken: 0.25 → the first branch, 2 d) = 3; the longest is 4
    expect(a.expectedWorkingDays).toBe(3);
    expect(a.criticalPathWorkingDays).toBe(4);
  });

  it('gives missing shares to the main line, and uses no share that cannot be true', async () => {
    // given one decision with shares 0.5 and 1.5 (impossible), another with one share of 0.4 and one missing
    const a = analyze(
      await inlineModel(
        [
          '<bpmn:startEvent id="S" />',
          '<bpmn:exclusiveGateway id="G1" name="Một" />',
          task('A', 4),
          task('B', 8),
          '<bpmn:exclusiveGateway id="J1" />',
          '<bpmn:exclusiveGateway id="G2" />',
          task('C', 10),
          task('D', 0),
          '<bpmn:exclusiveGateway id="J2" />',
          '<bpmn:endEvent id="E" />',
          flow('f0', 'S', 'G1'),
          flow('a', 'G1', 'A', 0.5),
          flow('b', 'G1', 'B', 1.5),
          flow('ja', 'A', 'J1'),
          flow('jb', 'B', 'J1'),
          flow('f1', 'J1', 'G2'),
          flow('c', 'G2', 'C', 0.4),
          flow('d', 'G2', 'D'),
          flow('jc', 'C', 'J2'),
          flow('jd', 'D', 'J2'),
          flow('f2', 'J2', 'E'),
        ].join(''),
      ),
    );

    // then 1.5 is reported and not used: G1 gives its missing 0.5 to B (the main line) → 0.5 × 4 + 0.5 × 8 = 6;
    // G2 gives D the remaining 0.6 → 0.4 × 10 = 4; 10 in all; the longest path is 8 + 10 = 18
    expect(a.expectedWorkingDays).toBe(10);
    expect(a.criticalPathWorkingDays).toBe(18);
    expect(codes(a)).toContain('impossibleValue:b');
    expect(codes(a)).toContain('decisionWithoutShares:G1');
    expect(codes(a)).toContain('decisionWithoutShares:G2');
    expect(a.warnings.find((w) => w.code === 'impossibleValue')?.params).toEqual({
      field: 'share',
      value: '1.5',
      reason: 'shareRange',
    });
  });

  it('scales shares below 1 and refuses shares that add up to more than 1', async () => {
    const model = (x: number, y: number) =>
      inlineModel(
        [
          '<bpmn:startEvent id="S" />',
          '<bpmn:exclusiveGateway id="G" />',
          task('A', 4),
          task('B', 8),
          '<bpmn:exclusiveGateway id="J" />',
          '<bpmn:endEvent id="E" />',
          flow('f0', 'S', 'G'),
          flow('a', 'G', 'A', x),
          flow('b', 'G', 'B', y),
          flow('ja', 'A', 'J'),
          flow('jb', 'B', 'J'),
          flow('f9', 'J', 'E'),
        ].join(''),
      );
    // 0.25 + 0.25 scale to 0.5 / 0.5 → 6 days
    const low = analyze(await model(0.25, 0.25));
    expect(low.expectedWorkingDays).toBe(6);
    expect(codes(low)).toContain('sharesDoNotSumToOne:G');
    // 0.7 + 0.6 = 1.3 cannot be: not used, the main line (B, 8 days) takes every dossier
    const high = analyze(await model(0.7, 0.6));
    expect(high.expectedWorkingDays).toBe(8);
    expect(high.warnings.find((w) => w.code === 'sharesAboveOne')).toMatchObject({
      elementId: 'G',
      severity: 'error',
      params: { sum: 1.3 },
    });
  });

  it('caps a loop that (almost) never ends and says so', async () => {
    const a = analyze(
      await inlineModel(
        [
          '<bpmn:startEvent id="S" />',
          task('T', 1),
          '<bpmn:exclusiveGateway id="G" />',
          '<bpmn:endEvent id="E" />',
          flow('f0', 'S', 'T'),
          flow('f1', 'T', 'G'),
          flow('back', 'G', 'T', 1),
          flow('out', 'G', 'E', 0),
        ].join(''),
      ),
    );
    // a repeat share of 1 is capped at 0.95 for the expected time: 1 / (1 − 0.95) = 20 days; the longest path is 1
    expect(a.expectedWorkingDays).toBe(20);
    expect(a.criticalPathWorkingDays).toBe(1);
    expect(codes(a)).toContain('loopAlwaysRepeats:T');
  });

  it('needs no diagram layout and survives a process without start', async () => {
    const a = analyze(
      await inlineModel([task('A', 1), task('B', 1), flow('f', 'A', 'B'), flow('g', 'B', 'A')].join('')),
    );
    expect(a.steps).toBe(2);
    expect(Number.isFinite(a.criticalPathWorkingDays)).toBe(true);
  });
});
