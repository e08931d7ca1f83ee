/** Helpers for the analysis tests: fixtures from test/core/fixtures/analysis and tiny inline models. */
import { readFileSync } from 'node:fs';
import { parseBpmn, type ModdleElement } from '@/core/index.ts';

export const FIXTURES = new URL('../fixtures/analysis/', import.meta.url);

export function fixturePath(name: string): string {
  return new URL(name, FIXTURES).pathname;
}

/** Parse a fixture file into moddle definitions. */
export async function loadFixture(name: string): Promise<ModdleElement> {
  return (await parseBpmn(readFileSync(fixturePath(name), 'utf8'))).definitions;
}

/** Parse a process body (nodes and flows) wrapped in definitions with optional procedure facts. */
export async function inlineModel(body: string, procedure = ''): Promise<ModdleElement> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:tthc="https://tthc-studio.github.io/schema/bpmn/1.0" id="Defs" targetNamespace="test">
  <bpmn:process id="P" isExecutable="false">
    ${procedure ? `<bpmn:extensionElements><tthc:procedure ${procedure} /></bpmn:extensionElements>` : ''}
    ${body}
  </bpmn:process>
</bpmn:definitions>`;
  return (await parseBpmn(xml)).definitions;
}

/** A task with a stated duration (working days unless `unit` says hour) and optional extra step attributes. */
export function task(id: string, duration?: number, extra = ''): string {
  const attrs = `${duration === undefined ? '' : `duration="${duration}"`} ${extra}`.trim();
  return `<bpmn:task id="${id}" name="${id}"><bpmn:extensionElements><tthc:step ${attrs} /></bpmn:extensionElements></bpmn:task>`;
}

/** A sequence flow, with a decision share when given. */
export function flow(id: string, from: string, to: string, share?: number): string {
  const ext =
    share === undefined ? '' : `<bpmn:extensionElements><tthc:outcome share="${share}" /></bpmn:extensionElements>`;
  return `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">${ext}</bpmn:sequenceFlow>`;
}

/** A chain Start → T1 … Tn → End of tasks with the given durations in days. */
export function chain(days: number[]): string {
  const ids = days.map((_, i) => `T${i + 1}`);
  const nodes = [
    '<bpmn:startEvent id="Start" />',
    ...days.map((d, i) => task(ids[i] as string, d, 'role="Cán bộ"')),
    '<bpmn:endEvent id="End" />',
  ];
  const seq = ['Start', ...ids, 'End'];
  const flows = seq.slice(1).map((to, i) => flow(`F${i}`, seq[i] as string, to));
  return [...nodes, ...flows].join('\n');
}
