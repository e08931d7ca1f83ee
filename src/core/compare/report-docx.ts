/**
 * The simplification-plan report as a DOCX file (docx package; works in Node and in the browser): the
 * procedure, current vs. proposed per criterion with savings and reduction rates, targets, the change list,
 * the diagrams as images (PNG bytes passed in by the caller) and the source of every legal fact.
 */
import type * as Docx from 'docx';
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import { CHANGE_KIND_LABELS, changeFieldLabel, changeValueText } from './labels.ts';
import { METRIC_KEYS, METRIC_LABELS } from './metrics.ts';
import { rate } from './report-csv.ts';
import type { VariantsComparison } from './variants.ts';

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
    title: 'Báo cáo phương án đơn giản hóa thủ tục hành chính', procedure: 'Thủ tục', figures: 'So sánh theo tiêu chí',
    metric: 'Tiêu chí', saving: 'Tiết kiệm', rate: 'Tỷ lệ cắt giảm', targets: 'Mục tiêu cắt giảm', target: 'Mục tiêu',
    met: 'Đạt', notMet: 'Không đạt', na: 'Không xác định', changes: 'Các thay đổi', none: 'Không có thay đổi.',
    diagrams: 'Sơ đồ quy trình', sources: 'Nguồn của các thông tin pháp lý', formula: 'Tỷ lệ cắt giảm = (trước − sau) / trước.',
    option: 'Phương án'
  },
  en: {
    title: 'Administrative procedure simplification plan', procedure: 'Procedure', figures: 'Comparison by criterion',
    metric: 'Criterion', saving: 'Saving', rate: 'Reduction rate', targets: 'Reduction targets', target: 'Target',
    met: 'met', notMet: 'not met', na: 'n/a', changes: 'Changes', none: 'No change.',
    diagrams: 'Process diagrams', sources: 'Sources of the legal facts', formula: 'Reduction rate = (before − after) / before.',
    option: 'Option'
  }
};

/** The report as DOCX bytes. */
export async function comparisonDocx(c: VariantsComparison, options: DocxReportOptions = {}): Promise<Uint8Array> {
  // The docx library loads on first use, keeping it out of the app's first load.
  const d = await import('docx');
  const { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } = d;
  const lang = options.lang ?? 'vi';
  const t = T[lang];
  const fmt = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });
  const num = (n: number | null) => n === null ? '—' : fmt.format(n);
  const children: Array<Docx.Paragraph | Docx.Table> = [];
  const heading = (text: string, level: (typeof Docx.HeadingLevel)[keyof typeof Docx.HeadingLevel]) => children.push(new Paragraph({ text, heading: level }));
  const para = (text: string) => children.push(new Paragraph({ children: [new TextRun(text)] }));

  children.push(new Paragraph({ text: t.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
  const name = [c.procedure.name, c.procedure.code ? `(${c.procedure.code})` : ''].filter(Boolean).join(' ');
  para(`${t.procedure}: ${name || '—'}`);
  if (options.subtitle) para(options.subtitle);

  heading(t.figures, HeadingLevel.HEADING_1);
  const header = [t.metric, c.baseline.label, ...c.options.flatMap(o => [o.label, t.saving, t.rate])];
  const rows = METRIC_KEYS.map(key => [
    METRIC_LABELS[key][lang], num(c.baseline.metrics.figures[key]),
    ...c.options.flatMap(o => {
      const r = o.reductions[key];
      return [num(o.metrics.figures[key]), r ? num(r.saving) : '—', r?.rate != null ? rate(r.rate) : '—'];
    })
  ]);
  children.push(table(d, header, rows));
  para(t.formula);

  heading(t.targets, HeadingLevel.HEADING_1);
  children.push(table(d, [t.option, t.target, t.rate, t.met], c.options.flatMap(o => o.targets.map(ch => [
    o.label, `${ch.target.label[lang]} — ${ch.target.source}`, ch.rate === null ? '—' : rate(ch.rate),
    ch.met === null ? t.na : ch.met ? t.met : t.notMet
  ]))));

  heading(t.changes, HeadingLevel.HEADING_1);
  for (const o of c.options) {
    heading(`${c.baseline.label} → ${o.label}`, HeadingLevel.HEADING_2);
    const main = o.comparison.changes.filter(ch => !ch.impliedBy);
    if (!main.length) para(t.none);
    for (const ch of main) {
      const what = `${CHANGE_KIND_LABELS[ch.kind][lang]}: ${ch.name || ch.afterId || ch.beforeId} (${ch.type.replace(/^bpmn:/, '')})`;
      const fields = ch.fields.filter(f => f.field !== 'step.description').map(f => `${changeFieldLabel(f.field, lang)}: ${changeValueText(f.old)} → ${changeValueText(f.new)}`);
      children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(what), ...fields.map(f => new TextRun({ text: f, break: 1 }))] }));
    }
  }

  if (options.diagrams?.length) {
    heading(t.diagrams, HeadingLevel.HEADING_1);
    for (const d of options.diagrams) {
      heading(d.label, HeadingLevel.HEADING_2);
      const width = Math.min(620, d.width);
      const height = Math.round(d.height * (width / Math.max(1, d.width)));
      children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: d.png, transformation: { width, height } })] }));
    }
  }

  heading(t.sources, HeadingLevel.HEADING_1);
  for (const s of c.sources) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${s.subject}: ${s.source}`)] }));

  const doc = new Document({ creator: 'TTHC Studio', title: `${t.title}: ${name}`, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

// helpers //////////////////////

function table(d: typeof Docx, header: string[], rows: string[][]): Docx.Table {
  const { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = d;
  const row = (cells: string[], bold: boolean) => new TableRow({
    tableHeader: bold,
    children: cells.map(text => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] }))
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map(r => row(r, false))] });
}
