/**
 * The simplification-plan report as a DOCX file (docx package; works in Node and in the browser): the
 * procedure, current vs. proposed per criterion with savings and reduction rates, targets, the change list,
 * the diagrams as images (PNG bytes passed in by the caller) and the source of every legal fact.
 */
import type * as Docx from 'docx';
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import { formatPercent } from '../text/number.ts';
import { changeText } from './labels.ts';
import { METRIC_KEYS, METRIC_LABELS, metricValueText, rateText, savingText } from './metrics.ts';
import { targetSourceText } from './targets.ts';
import { legalSourceText, type VariantsComparison } from './variants.ts';

export interface DocxDiagram {
  label: string;
  png: Uint8Array;
  /** Pixel size of the PNG; the image is scaled to the page width keeping its proportions. */
  width: number;
  height: number;
}

export interface DocxReportOptions {
  lang?: MessageLocale;
  diagrams?: DocxDiagram[];
  /** Printed under the title, e.g. the date of the report. */
  subtitle?: string;
}

const T = {
  vi: {
    title: 'Báo cáo phương án đơn giản hóa thủ tục hành chính',
    procedure: 'Thủ tục',
    figures: 'So sánh theo tiêu chí',
    metric: 'Tiêu chí',
    saving: 'Tiết kiệm',
    rate: 'Tỷ lệ cắt giảm',
    targets: 'Mục tiêu cắt giảm',
    target: 'Mục tiêu',
    met: 'Đạt',
    notMet: 'Không đạt',
    na: 'Không xác định',
    changes: 'Các thay đổi',
    none: 'Không có thay đổi.',
    diagrams: 'Sơ đồ quy trình',
    sources: 'Nguồn của các thông tin pháp lý',
    formula: 'Tỷ lệ cắt giảm = (trước − sau) / trước.',
    option: 'Phương án',
  },
  en: {
    title: 'Administrative procedure simplification plan',
    procedure: 'Procedure',
    figures: 'Comparison by criterion',
    metric: 'Criterion',
    saving: 'Saving',
    rate: 'Reduction rate',
    targets: 'Reduction targets',
    target: 'Target',
    met: 'met',
    notMet: 'not met',
    na: 'n/a',
    changes: 'Changes',
    none: 'No change.',
    diagrams: 'Process diagrams',
    sources: 'Sources of the legal facts',
    formula: 'Reduction rate = (before − after) / before.',
    option: 'Option',
  },
};

/** The report as DOCX bytes. */
export async function comparisonDocx(c: VariantsComparison, options: DocxReportOptions = {}): Promise<Uint8Array> {
  // The docx library loads on first use, keeping it out of the app's first load.
  const d = await import('docx');
  const { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } = d;
  const lang = options.lang ?? 'vi';
  const t = T[lang];
  const num = (n: number | null) => metricValueText(n, lang);
  const rate = (r: number) => formatPercent(r, lang);
  const children: Array<Docx.Paragraph | Docx.Table> = [];
  const heading = (text: string, level: (typeof Docx.HeadingLevel)[keyof typeof Docx.HeadingLevel]) =>
    children.push(new Paragraph({ text, heading: level }));
  const para = (text: string) => children.push(new Paragraph({ children: [new TextRun(text)] }));

  children.push(new Paragraph({ text: t.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
  const name = [c.procedure.name, c.procedure.code ? `(${c.procedure.code})` : ''].filter(Boolean).join(' ');
  para(`${t.procedure}: ${name || '—'}`);
  if (options.subtitle) para(options.subtitle);

  heading(t.figures, HeadingLevel.HEADING_1);
  const header = [t.metric, c.baseline.label, ...c.options.flatMap((o) => [o.label, t.saving, t.rate])];
  const rows = METRIC_KEYS.map((key) => [
    METRIC_LABELS[key][lang],
    num(c.baseline.metrics.figures[key]),
    ...c.options.flatMap((o) => {
      const r = o.reductions[key];
      return [num(o.metrics.figures[key]), savingText(key, r, lang), rateText(key, r, lang)];
    }),
  ]);
  children.push(table(d, header, rows));
  para(t.formula);

  heading(t.targets, HeadingLevel.HEADING_1);
  children.push(
    table(
      d,
      [t.option, t.target, t.rate, t.met],
      c.options.flatMap((o) =>
        o.targets.map((ch) => [
          o.label,
          `${ch.target.label[lang]} — ${targetSourceText(ch.target, lang)}`,
          ch.rate === null ? '—' : rate(ch.rate),
          ch.met === null ? t.na : ch.met ? t.met : t.notMet,
        ]),
      ),
    ),
  );

  heading(t.changes, HeadingLevel.HEADING_1);
  for (const o of c.options) {
    heading(`${c.baseline.label} → ${o.label}`, HeadingLevel.HEADING_2);
    const main = o.comparison.changes.filter((ch) => !ch.impliedBy);
    if (!main.length) para(t.none);
    for (const ch of main) {
      const x = changeText(ch, lang);
      const runs: Docx.TextRun[] = [new TextRun(`${x.kind}: ${x.what} (${x.type})`)];
      for (const f of x.fields) {
        runs.push(new TextRun({ text: `${f.label}: `, break: 1 }));
        // a long text edited: the words removed struck through, the words added underlined
        if (f.diff)
          for (const part of f.diff)
            runs.push(
              new TextRun({
                text: part.text,
                strike: part.kind === 'removed',
                underline: part.kind === 'added' ? {} : undefined,
              }),
            );
        else runs.push(new TextRun(`${f.old} → ${f.new}`));
      }
      children.push(new Paragraph({ bullet: { level: 0 }, children: runs }));
    }
  }

  if (options.diagrams?.length) {
    heading(t.diagrams, HeadingLevel.HEADING_1);
    for (const d of options.diagrams) {
      heading(d.label, HeadingLevel.HEADING_2);
      const width = Math.min(620, d.width);
      const height = Math.round(d.height * (width / Math.max(1, d.width)));
      children.push(
        new Paragraph({ children: [new ImageRun({ type: 'png', data: d.png, transformation: { width, height } })] }),
      );
    }
  }

  heading(t.sources, HeadingLevel.HEADING_1);
  for (const s of c.sources)
    children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(legalSourceText(s, lang))] }));

  const doc = new Document({ creator: 'TTHC Studio', title: `${t.title}: ${name}`, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

// helpers //////////////////////

function table(d: typeof Docx, header: string[], rows: string[][]): Docx.Table {
  const { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = d;
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}
