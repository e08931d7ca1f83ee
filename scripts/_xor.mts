// 3,000 decisions nested inside each other: G1 → (G2 → … → A | B …) | B1, each joined again
import { analyze, buildSimulationModel, simulate, parseBpmn } from '../src/core/index.ts';
const D = 3000;
const parts: string[] = ['<bpmn:startEvent id="S" />'];
const flows: string[] = [];
let f = 0;
const flow = (a: string, b: string, share?: number) => flows.push(`<bpmn:sequenceFlow id="F${++f}" sourceRef="${a}" targetRef="${b}">${share === undefined ? '' : `<bpmn:extensionElements><tthc:outcome share="${share}" /></bpmn:extensionElements>`}</bpmn:sequenceFlow>`);
const task = (id: string) => parts.push(`<bpmn:task id="${id}"><bpmn:extensionElements><tthc:step duration="1" durationUnit="hour" /></bpmn:extensionElements></bpmn:task>`);
flow('S', 'G1');
for (let i = 1; i <= D; i++) {
  parts.push(`<bpmn:exclusiveGateway id="G${i}" />`, `<bpmn:exclusiveGateway id="J${i}" />`); task(`B${i}`);
  flow(`G${i}`, i < D ? `G${i + 1}` : 'A', 0.5); flow(`G${i}`, `B${i}`, 0.5); flow(`B${i}`, `J${i}`); flow(i < D ? `J${i + 1}` : 'A', `J${i}`);
}
task('A'); parts.push('<bpmn:endEvent id="E" />'); flow('J1', 'E');
const xml = `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:tthc="https://tthc-studio.github.io/schema/bpmn/1.0" id="D" targetNamespace="t"><bpmn:process id="P">${parts.join('')}${flows.join('')}</bpmn:process></bpmn:definitions>`;
const d = (await parseBpmn(xml)).definitions;
const a = analyze(d);
console.log('analyze ok', a.criticalPathWorkingHours, a.expectedWorkingDays, a.time.paths.length);
try { console.log('simulate', simulate(buildSimulationModel(d), { runs: 50, seed: 1 }).meanWorkingDays); } catch (e) { console.log('simulate', String(e).slice(0, 80)); }
