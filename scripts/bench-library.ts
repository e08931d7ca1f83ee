/**
 * Benchmark of the procedure library: `npx tsx scripts/bench-library.ts [--json]`.
 * 1. Importing 1,000 generated .bpmn files through `importBpmnFiles` (fake-indexeddb) vs the bare
 *    bpmn-moddle parse of the same files (same moddle, tthc extension registered). Target ≤ 1.5×.
 * 2. `searchProcedures` over 5,000 generated procedures, one search per keystroke of typed queries; p95.
 *    Target ≤ 30 ms (this is Node; the browser figure is measured in Chromium separately).
 * Medians of several runs after a warm-up. Files are the new-procedure template with varied names, codes,
 * facts and 0–40 extra steps, so sizes range from ~12 KB to ~40 KB.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import {
  buildSearchIndex,
  createModdle,
  newProcedureXml,
  searchProcedures,
  type SearchableProcedure,
} from '../src/core/index.ts';
import { importBpmnFiles, openDatabase } from '../src/storage/index.ts';

const FILES = 1000;
const RECORDS = 5000;
const RUNS = 3;

const VERBS = [
  'Đăng ký',
  'Cấp',
  'Cấp lại',
  'Gia hạn',
  'Điều chỉnh',
  'Thẩm định',
  'Phê duyệt',
  'Xác nhận',
  'Thu hồi',
  'Chuyển đổi',
];
const OBJECTS = [
  'khai sinh',
  'kết hôn',
  'giấy phép xây dựng',
  'giấy chứng nhận quyền sử dụng đất',
  'hộ kinh doanh',
  'giấy phép lái xe',
  'thường trú',
  'tạm trú',
  'chứng chỉ hành nghề',
  'giấy phép kinh doanh rượu',
  'báo cáo đánh giá tác động môi trường',
  'con dấu',
  'nhãn hiệu',
  'thẻ bảo hiểm y tế',
  'học bổng chính sách',
  'giấy phép lao động cho người nước ngoài',
];
const FIELDS = [
  'Hộ tịch',
  'Xây dựng',
  'Đất đai',
  'Đăng ký kinh doanh',
  'Đường bộ',
  'Cư trú',
  'Y tế',
  'Giáo dục',
  'Lao động',
  'Môi trường',
];
const AGENCIES = [
  'UBND cấp xã',
  'UBND cấp huyện',
  'Sở Tư pháp',
  'Sở Xây dựng',
  'Sở Tài nguyên và Môi trường',
  'Công an tỉnh',
  'Sở Y tế',
  'Bộ Công Thương',
];
const LEVELS = ['bo', 'tinh', 'xa'] as const;

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

function procedureName(i: number): string {
  return `${pick(VERBS, i)} ${pick(OBJECTS, Math.floor(i / VERBS.length) + i)}${i >= 160 ? ` (${pick(AGENCIES, i >> 3)})` : ''}`;
}

/** The template with facts filled in and `extra` more steps in the officer's lane. */
function generateFile(template: string, i: number): string {
  const extra = (i * 7) % 41;
  const tasks: string[] = [];
  for (let k = 0; k < extra; k++) {
    tasks.push(
      `<bpmn:userTask id="Task_Extra_${k}" name="Bước bổ sung ${k}: kiểm tra, đối chiếu hồ sơ"><bpmn:extensionElements><tthc:step duration="${(k % 4) * 0.5 + 0.5}" role="Chuyên viên" /></bpmn:extensionElements></bpmn:userTask>`,
    );
  }
  const facts = `<tthc:procedure code="1.${String(i).padStart(6, '0')}" name="${procedureName(i)}" field="${pick(FIELDS, i)}" level="${pick(LEVELS, i)}" agency="${pick(AGENCIES, i)}" onlineLevel="${i % 2 ? 'full' : 'partial'}" channels="inPerson post online" timeLimit="${(i % 15) + 1}" timeUnit="day" variantStatus="current" />`;
  return template
    .replace(/<tthc:procedure [^>]*\/>/, facts)
    .replace('<bpmn:startEvent', `${tasks.join('\n    ')}\n    <bpmn:startEvent`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function bareParse(files: string[]): Promise<number> {
  const moddle = createModdle();
  const t = performance.now();
  for (const xml of files) await moddle.fromXML(xml, 'bpmn:Definitions');
  return performance.now() - t;
}

let dbCounter = 0;
async function libraryImport(files: Array<{ name: string; text: string }>): Promise<number> {
  const db = await openDatabase(`bench-${++dbCounter}`, { indexedDB, IDBKeyRange });
  const t = performance.now();
  const result = await importBpmnFiles(db, files);
  const elapsed = performance.now() - t;
  if (result.imported.length !== files.length) throw new Error(`imported ${result.imported.length} of ${files.length}`);
  db.close();
  return elapsed;
}

function searchBench(): { build: number; p95: number; p50: number; max: number; keystrokes: number } {
  const records: SearchableProcedure[] = Array.from({ length: RECORDS }, (_, i) => ({
    id: `p${i}`,
    code: `${1 + (i % 3)}.${String(i).padStart(6, '0')}${i % 5 === 0 ? '.H38' : ''}`,
    name: procedureName(i),
    field: pick(FIELDS, i),
    level: pick(LEVELS, i),
    agency: pick(AGENCIES, i),
    onlineLevel: i % 2 ? 'full' : 'partial',
  }));
  const t0 = performance.now();
  const index = buildSearchIndex(records);
  const build = performance.now() - t0;
  const typed = [
    'dang ky khai sinh',
    'cấp giấy phép xây dựng',
    'gia han giay phep lao dong',
    '1.000123',
    '2.0045',
    'ho kinh doanh',
    'so tu phap thuong tru',
    'thu hoi con dau',
  ];
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    for (const query of typed) {
      for (let len = 1; len <= query.length; len++) {
        const t = performance.now();
        searchProcedures(index, query.slice(0, len));
        samples.push(performance.now() - t);
      }
    }
  }
  return {
    build,
    p95: percentile(samples, 95),
    p50: percentile(samples, 50),
    max: Math.max(...samples),
    keystrokes: samples.length,
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const template = await newProcedureXml('vi');
  const texts = Array.from({ length: FILES }, (_, i) => generateFile(template, i));
  const files = texts.map((text, i) => ({ name: `thu-tuc-${i}.bpmn`, text }));
  const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1048576;

  // warm-up (JIT, moddle registry, fake-indexeddb)
  await bareParse(texts.slice(0, 100));
  await libraryImport(files.slice(0, 100));

  const parseTimes: number[] = [];
  const importTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    parseTimes.push(await bareParse(texts));
    importTimes.push(await libraryImport(files));
  }
  const parse = median(parseTimes);
  const imported = median(importTimes);
  const search = searchBench();

  const report = {
    files: FILES,
    megabytes: Math.round(megabytes * 10) / 10,
    bareParseMs: Math.round(parse),
    importMs: Math.round(imported),
    importRatio: Math.round((imported / parse) * 100) / 100,
    searchRecords: RECORDS,
    searchBuildMs: round2(search.build),
    searchKeystrokes: search.keystrokes,
    searchP50Ms: round2(search.p50),
    searchP95Ms: round2(search.p95),
    searchMaxMs: round2(search.max),
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`Import of ${FILES} .bpmn files (${report.megabytes} MB), median of ${RUNS} runs:`);
  console.log(`  bare bpmn-moddle parse   ${report.bareParseMs} ms`);
  console.log(`  importBpmnFiles          ${report.importMs} ms  (fake-indexeddb)`);
  console.log(
    `  ratio                    ${report.importRatio}×  (target ≤ 1.5×) ${report.importRatio <= 1.5 ? 'OK' : 'OVER'}`,
  );
  console.log(`Search over ${RECORDS} procedures, ${search.keystrokes} keystrokes:`);
  console.log(`  index build              ${report.searchBuildMs} ms`);
  console.log(
    `  per keystroke p50 / p95 / max   ${report.searchP50Ms} / ${report.searchP95Ms} / ${report.searchMaxMs} ms  (target p95 ≤ 30 ms) ${report.searchP95Ms <= 30 ? 'OK' : 'OVER'}`,
  );
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
