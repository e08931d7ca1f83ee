/**
 * Every output a reader sees, rendered in both languages for the sample procedures against their options:
 * the change list, the CSV and DOCX reports, the CLI `compare` and `analyze` reports and the analysis
 * warnings and cost lines. The Vietnamese has no raw code and no English word; the English no raw code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import {
  DOSSIER_STATUSES,
  LABELS,
  analyze,
  changeText,
  compareVariants,
  comparisonCsv,
  comparisonDocx,
  describeWarning,
  elementTypeLabel,
  factValueText,
  legalSourceText,
  parseBpmn,
  textDiffLine,
  type MessageLocale,
  type VariantsComparison,
} from '../../../src/core/index.ts';
import { codesIn, englishIn, idsOf } from '../../support/vietnamese.ts';
import { redraw } from '../compare/support.ts';
import { HANOI, PROSE, VINH_LONG, toCsv } from '../table-import/fixtures.ts';

interface Sample {
  slug: string;
  variants: Array<{ slug: string; name: string; file: string }>;
}
const SAMPLES = JSON.parse(readFileSync('procedures/index.json', 'utf8')) as Sample[];
const LANGS: MessageLocale[] = ['vi', 'en'];

async function cli(...argv: string[]): Promise<string> {
  let out = '';
  const code = await main(argv, {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      out += t;
    },
    readFile: async (p) => readFileSync(p, 'utf8'),
  });
  expect(code).toBe(0);
  return out;
}

function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

function changeListText(c: VariantsComparison, lang: MessageLocale): string {
  return c.options
    .flatMap((o) =>
      o.comparison.changes.map((ch) => {
        const x = changeText(ch, lang);
        return [
          x.kind,
          x.what,
          x.type,
          x.rule ?? '',
          ...x.fields.map((f) => `${f.label}: ${f.diff ? textDiffLine(f.diff) : `${f.old} → ${f.new}`}`),
        ].join(' | ');
      }),
    )
    .join('\n');
}

/** Every text of one comparison in `lang`, each under its name so a failure says which output it was. */
async function outputs(files: string[], xmls: string[], lang: MessageLocale): Promise<Record<string, string>> {
  const variants = await Promise.all(
    xmls.map(async (xml, i) => ({ label: `P${i}`, definitions: (await parseBpmn(xml)).definitions })),
  );
  const c = compareVariants(
    variants.map((v, i) => ({ ...v, label: i === 0 ? 'Hiện hành' : `Phương án ${i}` })),
    { analyze: { locale: lang } },
  );
  const out: Record<string, string> = {
    changeList: changeListText(c, lang),
    csv: comparisonCsv(c, lang),
    docx: docxText(await comparisonDocx(c, { lang })),
    sources: c.sources.map((s) => legalSourceText(s, lang)).join('\n'),
  };
  if (files.length) out.cliCompare = await cli('compare', ...files, '--lang', lang);
  for (const [i, v] of variants.entries()) {
    const a = analyze(v.definitions, { locale: lang });
    out[`analysis ${i}`] = [
      ...a.warnings.map((w) => describeWarning(w, lang)),
      ...a.cost.breakdown.map((l) => `${l.label}: ${l.formula}`),
    ].join('\n');
    if (files[i]) out[`cliAnalyze ${i}`] = await cli('analyze', files[i] as string, '--lang', lang);
  }
  return out;
}

function check(texts: Record<string, string>, lang: MessageLocale, ids: Set<string>): void {
  for (const [name, text] of Object.entries(texts)) {
    expect(text.length, name).toBeGreaterThan(0);
    expect({ output: name, found: lang === 'vi' ? englishIn(text, ids) : codesIn(text, ids) }).toEqual({
      output: name,
      found: [],
    });
  }
}

describe('Vietnamese all the way through', () => {
  for (const sample of SAMPLES) {
    it(`${sample.slug}: every output of the comparison and the analysis is in the reader's language`, async () => {
      const files = sample.variants.map((v) => join('procedures', v.file));
      const xmls = files.map((f) => readFileSync(f, 'utf8'));
      const ids = idsOf(...xmls);
      for (const lang of LANGS) check(await outputs(files, xmls, lang), lang, ids);
    }, 60_000);
  }

  it('a redrawn diagram (new ids, moved shapes) compared with an option reads the same way', async () => {
    const base = readFileSync('procedures/dang-ky-khai-sinh/hien-hanh.bpmn', 'utf8');
    const xmls = [redraw(base), readFileSync('procedures/dang-ky-khai-sinh/phuong-an-b.bpmn', 'utf8')];
    const ids = idsOf(...xmls);
    for (const lang of LANGS) check(await outputs([], xmls, lang), lang, ids);
  });

  it("the CLI table import reports in the reader's language", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-vi-'));
    for (const [name, def] of [
      ['hanoi', HANOI],
      ['vinh-long', VINH_LONG],
      ['prose', PROSE],
    ] as const) {
      const file = join(dir, `${name}.csv`);
      writeFileSync(file, toCsv(def));
      for (const lang of LANGS) {
        const text = (await cli('import-table', file, '--out', join(dir, `${name}.${lang}.bpmn`), '--lang', lang))
          .split(dir)
          .join(' ');
        expect(text.length).toBeGreaterThan(0);
        expect(lang === 'vi' ? englishIn(text) : codesIn(text)).toEqual([]);
      }
    }
  });

  it('names every value of every enumerated fact, every dossier status and every element type in both languages', () => {
    const values: Array<[string, string | number | boolean]> = [
      ...['inPerson', 'post', 'online'].map((v) => ['step.channel', v] as [string, string]),
      ['procedure.channels', 'inPerson; post; online'],
      ...['original', 'certifiedCopy', 'copy', 'electronic'].map(
        (v) => ['dossierComponent.copyType', v] as [string, string],
      ),
      ...['applicant', 'database'].map((v) => ['dossierComponent.source', v] as [string, string]),
      ...['bo', 'tinh', 'xa'].map((v) => ['procedure.level', v] as [string, string]),
      ...['full', 'partial'].map((v) => ['procedure.onlineLevel', v] as [string, string]),
      ...['day', 'hour'].map((v) => ['step.durationUnit', v] as [string, string]),
      ['procedure.fees', 'fee · 50000 · Phí thẩm định; charge · 20000'],
      ['step.maySendBack', true],
      ['step.inPersonVisit', false],
      ['outcome.share', 0.25],
      ...DOSSIER_STATUSES.map((s) => ['step.dossierStatus', s.code] as [string, number]),
    ];
    for (const lang of LANGS) {
      const text =
        values.map(([field, value]) => factValueText(field, value, lang)).join('\n') +
        '\n' +
        Object.keys(LABELS.vi.elementType)
          .map((type) => elementTypeLabel(`bpmn:${type}`, lang))
          .join('\n');
      if (lang === 'vi') expect(englishIn(text)).toEqual([]);
      else expect(codesIn(text)).toEqual([]);
    }
    expect(factValueText('procedure.channels', 'inPerson; online', 'vi')).toBe('Trực tiếp; Trực tuyến');
    expect(factValueText('procedure.fees', 'charge · 20000', 'vi')).toBe('Lệ phí · 20.000 đồng');
    expect(factValueText('step.dossierStatus', 4, 'en')).toBe('4 — In process');
  });

  it('finds the codes the old outputs printed', () => {
    // the outputs of issue 10, as they were: the check must catch each of them
    for (const bad of [
      'inPerson → online; post',
      'original → electronic',
      'applicant → database',
      'true → false',
      'Sửa UserTask',
      'Quy trình (Process)',
      'Nghị quyết 66, as cited by Chỉ thị 012',
    ]) {
      expect(englishIn(bad), bad).not.toEqual([]);
    }
  });

  it('the label tables of both languages have the same keys', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(LABELS.en).sort()).toEqual(keys(LABELS.vi).sort());
  });
});
