import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  RESOLUTION_66_COST,
  compareVariants,
  comparisonCsv,
  comparisonDocx,
  type VariantsComparison,
} from '../../../src/core/index.ts';
import { parse, sampleXml } from './support.ts';

async function licenceExchange(): Promise<VariantsComparison> {
  const s = 'doi-giay-phep-lai-xe';
  return compareVariants(
    [
      { label: 'Hiện hành', definitions: await parse(sampleXml(s, 'hien-hanh')) },
      { label: 'Phương án A', definitions: await parse(sampleXml(s, 'phuong-an-a')) },
    ],
    {
      targets: [
        { ...RESOLUTION_66_COST, verified: false },
        { ...RESOLUTION_66_COST, id: 'steps', metric: 'steps', minRate: 0.1 },
      ],
    },
  );
}

describe('figures, reductions and targets of the options', () => {
  it('gives each option its savings and reduction rates and checks the targets', async () => {
    // given the driving-licence exchange: QĐ 1891/QĐ-TTg cuts 5 → 3.5 working days
    const c = await licenceExchange();
    const a = c.options[0]!;

    // then: 5 days × 8 h × 40,000 VND = 1,600,000 per dossier; 3.5 days: 1,120,000; 30 % less
    expect(c.baseline.metrics.figures).toMatchObject({
      steps: 8,
      statutoryLimitWorkingDays: 5,
      criticalPathWorkingDays: 5,
      costPerDossierVnd: 1_600_000,
    });
    expect(a.metrics.figures).toMatchObject({ steps: 8, statutoryLimitWorkingDays: 3.5, costPerDossierVnd: 1_120_000 });
    expect(a.reductions.statutoryLimitWorkingDays).toEqual({ before: 5, after: 3.5, saving: 1.5, rate: 0.3 });
    expect(a.reductions.costPerDossierVnd).toEqual({ before: 1_600_000, after: 1_120_000, saving: 480_000, rate: 0.3 });
    expect(a.reductions.documentsReplacedByData).toEqual({ before: 0, after: 0, saving: 0, rate: null });
    // the cost target is met at exactly 30 %, the steps target (no step removed) is not
    expect(a.targets.map((t) => [t.target.id, t.rate, t.met])).toEqual([
      ['nq66-cost', 0.3, true],
      ['steps', 0, false],
    ]);
    expect(c.sources.map((s) => s.source)).toContain('Thông tư 02/2017/TT-VPCP (31/10/2017), Điều 27');
  });
});

describe('reports', () => {
  it('writes the figures, the targets and the changes as CSV', async () => {
    const csv = comparisonCsv(await licenceExchange(), 'vi');
    expect(
      csv.startsWith('\uFEFFTiêu chí,Hiện hành,Phương án A,Tiết kiệm (Phương án A),Tỷ lệ cắt giảm (Phương án A)\r\n'),
    ).toBe(true);
    expect(csv).toContain('\r\nThời hạn giải quyết (ngày làm việc),5,3.5,1.5,30%\r\n');
    // the changes in the reader's words: the element type and the number as Vietnamese writes them
    expect(csv).toContain(
      '\r\nPhương án A,Sửa,Process_DoiGiayPhepLaiXe,Quy trình,Đổi giấy phép lái xe,Thời hạn giải quyết,5,"3,5",cùng mã phần tử\r\n',
    );
  });

  it('writes the simplification plan as a DOCX with the procedure, the rates, the sources and the diagrams', async () => {
    // a 1×1 transparent PNG
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
      (ch) => ch.charCodeAt(0),
    );
    const bytes = await comparisonDocx(await licenceExchange(), {
      lang: 'vi',
      diagrams: [{ label: 'Hiện hành', png, width: 1, height: 1 }],
    });
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('Đổi giấy phép lái xe');
    expect(xml).toContain('30%');
    expect(xml).toContain('Thông tư 02/2017/TT-VPCP (31/10/2017), Điều 27');
    expect(Object.keys(files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true);
  });
});
