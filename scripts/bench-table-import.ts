/**
 * Benchmark of the table import: `npx tsx scripts/bench-table-import.ts [--json]`.
 * A 40-step internal-process table (8 performers, a supplement loop, a refusal, three send-backs, a merged
 * time in XLSX/DOCX) is imported and laid out from CSV, XLSX and DOCX; median of 15 runs after warm-up.
 * Target: ≤ 500 ms per import. For scale, the same run times the bare libraries underneath: building the
 * BPMN from the finished spec (bpmn-moddle + layout, `buildProcedureXml`) and parsing the result with bpmn-moddle.
 */
import { performance } from 'node:perf_hooks';
import { buildProcedureXml, importTable, parseBpmn } from '../src/core/index.ts';
import { toCsv, toDocx, toXlsx, utf8, type Cell, type TableDef } from '../test/core/table-import/fixtures.ts';

const PERFORMERS = [
  'Cán bộ Bộ phận Một cửa',
  'Trưởng Bộ phận Một cửa',
  'Lãnh đạo Sở',
  'Lãnh đạo phòng chuyên môn',
  'Chuyên viên thụ lý',
  'Văn phòng UBND',
  'Lãnh đạo UBND',
  'Văn thư',
];
const TIMES = [
  '1/2 ngày',
  '0,5 ngày',
  '4 giờ',
  '02 ngày làm việc',
  '16 giờ làm việc',
  'Trong ngày',
  '01 ngày',
  '1/4 ngày',
];

/** A 40-step table in the Hanoi format. */
function table40(): TableDef {
  const rows: Cell[][] = [];
  for (let i = 1; i <= 40; i++) {
    let content = `Xử lý nội dung công việc của bước ${i}, kiểm tra và chuyển bước tiếp theo`;
    if (i === 1)
      content =
        'Tiếp nhận, kiểm tra hồ sơ; chưa đầy đủ thì yêu cầu bổ sung; không thuộc thẩm quyền thì từ chối tiếp nhận';
    if (i === 12 || i === 25 || i === 33) content = `Xem xét, ký duyệt. Không đồng ý thì chuyển lại bước ${i - 3}`;
    const time: Cell =
      i === 20 ? { text: '03 ngày', rowSpan: 3 } : i === 21 || i === 22 ? null : (TIMES[i % TIMES.length] as string);
    rows.push([
      `Bước ${i}`,
      PERFORMERS[(i * 3) % PERFORMERS.length] as string,
      content,
      time,
      i % 5 === 0 ? `Mẫu 0${i % 7}\nPhiếu kiểm soát` : '',
    ]);
  }
  rows.push([{ text: 'Tổng thời gian', colSpan: 3 }, null, null, '45 ngày làm việc', '']);
  return {
    headers: [
      'Tên bước',
      'Đơn vị/người thực hiện',
      'Nội dung công việc',
      'Thời hạn giải quyết (ngày làm việc)',
      'Biểu mẫu/kết quả',
    ],
    rows,
  };
}

async function median(runs: number, f: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const def = table40();
const files = { csv: utf8(toCsv(def)), xlsx: await toXlsx(def), docx: await toDocx(def) };
const first = await importTable(files.xlsx, 'bench.xlsx');
if (!first.spec || !first.xml) throw new Error('the benchmark table did not import');
const tasks = first.spec.nodes.filter((n) => n.type === 'userTask').length;
const spec = first.spec;
const xml = first.xml;
const bare = {
  build: await median(15, () => buildProcedureXml(spec)),
  parse: await median(15, () => parseBpmn(xml)),
};
const results: Record<string, number> = {};
for (const [kind, bytes] of Object.entries(files))
  results[kind] = await median(15, () => importTable(bytes, `bench.${kind}`));

const round = (x: number) => Math.round(x * 10) / 10;
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(
      {
        steps: tasks,
        nodes: spec.nodes.length,
        flows: spec.flows.length,
        medianMs: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, round(v)])),
        bareMs: { build: round(bare.build), parse: round(bare.parse) },
        targetMs: 500,
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `Table import: ${tasks} steps, ${spec.lanes.length} lanes, ${spec.nodes.length} nodes, ${spec.flows.length} flows (median of 15 runs)`,
  );
  console.log(
    `  bare libraries: buildProcedureXml(spec) ${round(bare.build)} ms · bpmn-moddle parse of the result ${round(bare.parse)} ms`,
  );
  for (const [kind, ms] of Object.entries(results)) {
    console.log(
      `  import ${kind.padEnd(4)} ${String(round(ms)).padStart(6)} ms  = ${round(ms / bare.build)} × build, ${round(ms / bare.parse)} × parse  ${ms <= 500 ? 'within' : 'OVER'} the 500 ms target`,
    );
  }
}
if (Object.values(results).some((ms) => ms > 500)) process.exitCode = 1;
