/**
 * Benchmark of opening a file without diagram (DI): `npx tsx scripts/bench-open-no-di.ts [--json]`.
 * Builds (in memory, seeded) a ~1,000-element procedure in lanes with the studio's builder, once with its
 * DI and once without, and times `openBpmn` on each in Node (bpmn-moddle parsing + the repair checks, and
 * for the file without DI the lane layout and the DI it writes). Target: without DI ≤ 2 × with DI.
 * Drawing in the browser (bpmn-js) costs the same for both files and is not part of the ratio.
 */
import { performance } from 'node:perf_hooks';
import { buildProcedureXml, mulberry32, openBpmn, type ProcedureSpec } from '../src/core/index.ts';

/** A procedure of `count` nodes in 6 lanes: mostly a chain, with exclusive branches and send-back loops. */
function spec(count: number, seed: number): ProcedureSpec {
  const random = mulberry32(seed);
  const lanes = Array.from({ length: 6 }, (_, i) => ({ id: `Lane_${i}`, name: `Vai trò ${i + 1}` }));
  const lane = () => lanes[Math.floor(random() * lanes.length)]!.id;
  const nodes: ProcedureSpec['nodes'] = [{ id: 'Start', type: 'startEvent', name: 'Nộp hồ sơ', lane: 'Lane_0' }];
  const flows: ProcedureSpec['flows'] = [];
  let tail = 'Start';
  let n = 0;
  while (nodes.length < count - 1) {
    if (random() < 0.2) {
      const g = `Xor_${++n}`;
      const a = `Task_${++n}`;
      const b = `Task_${++n}`;
      const j = `Join_${++n}`;
      nodes.push(
        { id: g, type: 'exclusiveGateway', name: 'Hợp lệ?', lane: lane() },
        { id: a, type: 'userTask', name: `Bước ${n}a`, lane: lane() },
        { id: b, type: 'userTask', name: `Bước ${n}b`, lane: lane() },
        { id: j, type: 'exclusiveGateway', name: '', lane: lane() },
      );
      flows.push(
        { from: tail, to: g },
        { from: g, to: a, name: 'Có' },
        { from: g, to: b, name: 'Không' },
        { from: a, to: j },
        { from: b, to: j },
      );
      if (random() < 0.3) flows.push({ from: j, to: a, name: 'Bổ sung' });
      tail = j;
    } else {
      const t = `Task_${++n}`;
      nodes.push({ id: t, type: 'userTask', name: `Bước ${n}`, lane: lane() });
      flows.push({ from: tail, to: t });
      tail = t;
    }
  }
  nodes.push({ id: 'End', type: 'endEvent', name: 'Trả kết quả', lane: 'Lane_0' });
  flows.push({ from: tail, to: 'End' });
  return { id: 'Process_Bench', name: 'Thủ tục thử tải', lanes, nodes, flows };
}

async function median(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const RUNS = 21;
const WARMUP = 8;
const withDi = await buildProcedureXml(spec(480, 13));
const withoutDi = withDi.replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
const elements = (withoutDi.match(/<bpmn:(?!definitions|extensionElements|incoming|outgoing|flowNodeRef)\w+/g) ?? [])
  .length;

// Check first that the file without DI really is laid out, so the timing measures the work it claims to.
const check = await openBpmn(withoutDi);
if (!check.notices.some((n) => n.code === 'layoutGenerated')) throw new Error('the file without DI was not laid out');

const diMs = await median(() => openBpmn(withDi), RUNS, WARMUP);
const noDiMs = await median(() => openBpmn(withoutDi), RUNS, WARMUP);
const ratio = noDiMs / diMs;
const row = {
  case: 'openBpmn, generated procedure in 6 lanes',
  elements,
  withDiMs: Math.round(diMs * 10) / 10,
  withoutDiMs: Math.round(noDiMs * 10) / 10,
  ratio: Math.round(ratio * 100) / 100,
  target: '≤ 2',
};
if (process.argv.includes('--json')) console.log(JSON.stringify([row], null, 2));
else {
  console.log(
    `\nOpen a file without DI vs the same file with DI (Node ${process.version}, bpmn-moddle + lane layout; medians of ${RUNS} runs after ${WARMUP} warm-up runs)`,
  );
  console.table([row]);
  console.log(ratio <= 2 ? 'ok' : 'OVER TARGET');
}
process.exitCode = ratio <= 2 ? 0 : 1;
