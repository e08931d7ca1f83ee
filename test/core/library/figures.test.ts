import { describe, expect, it } from 'vitest';
import {
  RESOLUTION_66_TIME,
  analyze,
  guidedProcedureXml,
  libraryFigures,
  libraryVariantFigures,
  parseBpmn,
  procedureFigures,
  type GuidedForm,
  type LibraryProcedure,
  type VariantStatus,
} from '@/core/index.ts';

/** A three-step procedure: `days` per step, `fromApplicant` documents of which `fromData` come from a database. */
function form(name: string, days: number[], limit: number, visits: number, fromData: number): GuidedForm {
  return {
    name,
    timeLimit: limit,
    steps: days.map((d, i) => ({
      name: `Bước ${i + 1}`,
      performer: i ? 'Chuyên viên' : 'Bộ phận Một cửa',
      duration: d,
      durationUnit: 'day',
      forms: [],
      outputs: [],
      inPersonVisit: i < visits,
      documents: i
        ? []
        : [
            { name: 'Tờ khai', source: 'applicant' },
            ...Array.from({ length: fromData }, (_, k) => ({
              name: `Dữ liệu ${k + 1}`,
              source: 'database' as const,
              platform: 'NDXP' as const,
            })),
            ...Array.from({ length: 2 - fromData }, (_, k) => ({
              name: `Bản sao ${k + 1}`,
              source: 'applicant' as const,
            })),
          ],
    })),
  };
}

async function variant(id: string, status: VariantStatus, f: GuidedForm, dossiersPerYear: number) {
  const xml = (await guidedProcedureXml(f)).replace(
    '<tthc:procedure ',
    `<tthc:procedure dossiersPerYear="${dossiersPerYear}" `,
  );
  const { definitions } = await parseBpmn(xml);
  return {
    record: { id, name: id, status, figures: libraryVariantFigures(definitions) },
    analysis: analyze(definitions, { maxPaths: 1 }),
  };
}

describe('library figures', () => {
  it("a row shows the current variant's figures and the approved option's reductions", async () => {
    const current = await variant('v1', 'current', form('Cấp phép', [2, 5, 3], 10, 2, 0), 1000);
    const weak = await variant('v2', 'proposed', form('Cấp phép', [2, 4, 3], 9, 2, 0), 1000);
    const strong = await variant('v3', 'proposed', form('Cấp phép', [1, 3, 2], 6, 1, 2), 1000);
    const p: LibraryProcedure = { id: 'p', variants: [current.record, weak.record, strong.record] };
    const f = procedureFigures(p, [RESOLUTION_66_TIME]);
    expect(f.variants).toEqual({ current: 1, proposed: 2, approved: 0 });
    expect(f.longestPathDays).toBe(current.analysis.criticalPathWorkingDays);
    expect(f.statutoryLimitDays).toBe(10);
    expect(f.costPerYearVnd).toBe(current.analysis.complianceCostPerYearVnd);
    // without an approved option, the one that saves most statutory days
    expect(f.best?.variantId).toBe('v3');
    expect(f.best?.reductions.statutoryLimitWorkingDays).toEqual({ before: 10, after: 6, saving: 4, rate: 0.4 });
    expect(f.best?.targets[0]?.met).toBe(true);
    // an approved option is the one that counts, even when another saves more
    const approved = procedureFigures(
      { id: 'p', variants: [current.record, { ...weak.record, status: 'approved' }, strong.record] },
      [RESOLUTION_66_TIME],
    );
    expect(approved.best?.variantId).toBe('v2');
    expect(approved.best?.targets[0]).toMatchObject({ rate: 0.1, met: false });
  });

  it('the dashboard totals each group from the analysis of its variants', async () => {
    const a0 = await variant('a0', 'current', form('A', [2, 5, 3], 10, 2, 0), 1000);
    const a1 = await variant('a1', 'approved', form('A', [1, 3, 2], 6, 1, 2), 1000);
    const b0 = await variant('b0', 'current', form('B', [1, 1, 1], 4, 1, 0), 200);
    const b1 = await variant('b1', 'proposed', form('B', [1, 1, 0.5], 3, 0, 1), 200);
    const c0 = await variant('c0', 'current', form('C', [1, 1, 1], 3, 1, 0), 50);
    const library: LibraryProcedure[] = [
      { id: 'A', field: 'Xây dựng', agency: 'Sở Xây dựng', level: 'tinh', variants: [a0.record, a1.record] },
      { id: 'B', field: 'Hộ tịch', agency: 'UBND cấp xã', level: 'xa', variants: [b0.record, b1.record] },
      { id: 'C', field: 'Hộ tịch', agency: 'UBND cấp xã', level: 'xa', variants: [c0.record] },
    ];
    const { total, byField, byLevel, byProcedure } = libraryFigures(library);
    const cost = (x: typeof a0) => x.analysis.complianceCostPerYearVnd as number;
    expect(total).toMatchObject({
      procedures: 3,
      reviewed: 2,
      optionsProposed: 1,
      optionsApproved: 1,
      daysSaved: 10 - 6 + (4 - 3),
      daysBefore: 14,
      costPerYearSavedVnd: cost(a0) - cost(a1) + cost(b0) - cost(b1),
      documentsFromData:
        a1.analysis.documentsFromDatabases -
        a0.analysis.documentsFromDatabases +
        (b1.analysis.documentsFromDatabases - b0.analysis.documentsFromDatabases),
      visitsRemoved:
        a0.analysis.inPersonVisits -
        a1.analysis.inPersonVisits +
        (b0.analysis.inPersonVisits - b1.analysis.inPersonVisits),
    });
    expect(total.documentsFromData).toBe(3);
    expect(total.visitsRemoved).toBe(2);
    const time = total.targets.find((t) => t.target.id === 'nq66-time');
    expect(time).toMatchObject({ rate: 5 / 14, met: true, proceduresMeeting: 1, proceduresMeasured: 2 });
    expect(byField.map((g) => [g.key, g.procedures, g.reviewed, g.daysSaved])).toEqual([
      ['Hộ tịch', 2, 1, 1],
      ['Xây dựng', 1, 1, 4],
    ]);
    expect(byField[0]?.targets.find((t) => t.target.id === 'nq66-time')).toMatchObject({ rate: 0.25, met: false });
    expect(byLevel.map((g) => g.key)).toEqual(['xa', 'tinh']);
    expect(byProcedure.get('C')?.best).toBeUndefined();
  });

  it('a variant that could not be analysed counts as a procedure, never as savings', () => {
    const { total } = libraryFigures([
      {
        id: 'x',
        variants: [
          { id: 'v', name: 'Hiện hành', status: 'current', figures: null },
          { id: 'w', name: 'PA1', status: 'proposed', figures: null },
        ],
      },
    ]);
    expect(total).toMatchObject({ procedures: 1, reviewed: 0, optionsProposed: 1, daysSaved: 0 });
    expect(total.targets.every((t) => t.rate === null && t.met === null)).toBe(true);
  });
});
