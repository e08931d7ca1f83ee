/**
 * Never silent: every corpus file and a set of broken files (generated here) end, in the editor, as drawn,
 * drawn with a notice, or refused with a reason; nothing is ever drawn empty without a message. Repaired
 * files draw every element, tell each repair in the user's language and offer the original file back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createModdle, is, openBpmn, type ModdleElement } from '@/core/index.ts';
import { corpusFiles, readCorpusFile } from '../support/corpus.ts';
import { withoutDi } from '../core/bpmn/repair/support.ts';
import { downloadText, launchBrowser, openApp } from './browser.ts';

type Outcome = { kind: 'drawn' | 'noticed' | 'refused'; text: string; drawn: string[] };

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, { lang: 'en' }));
});
afterAll(async () => {
  await browser?.close();
});

/** Open `xml` as file `name` and wait until the editor shows it or says why not. */
async function open(p: Page, name: string, xml: string, close = 'Close'): Promise<Outcome> {
  const alert = p.getByRole('alert');
  if (await alert.count()) {
    await alert.getByRole('button', { name: close }).click();
    await alert.waitFor({ state: 'detached' });
  }
  await p.getByTestId('open-file').setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(xml) });
  await expect
    .poll(async () => (await alert.count()) > 0 || (await p.locator('.file-state').textContent()) === name, {
      timeout: 45_000,
    })
    .toBe(true);
  const drawn = await p
    .locator('[data-testid="canvas"] :is(.djs-shape, .djs-connection)[data-element-id]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-element-id') as string))]);
  if (!(await alert.count())) return { kind: 'drawn', text: '', drawn };
  const text = (await alert.textContent()) ?? '';
  const kind = (await alert.getAttribute('class'))?.includes('alert-error') ? 'refused' : 'noticed';
  return { kind, text, drawn };
}

/**
 * Every pool, lane and flow node of the diagram the editor shows, duplicate ids renamed (what must end up
 * drawn), leaving out sub-processes' content: it is drawn on their own page, which joins the page on drill-down.
 */
async function shapedIds(xml: string): Promise<string[]> {
  const { definitions } = await openBpmn(xml);
  const ids: string[] = [];
  const walk = (el: ModdleElement) => {
    for (const key of ['participants', 'laneSets', 'lanes', 'flowElements']) {
      for (const child of (el.get(key) as ModdleElement[] | undefined) ?? []) {
        if ((is(child, 'bpmn:FlowNode') || is(child, 'bpmn:Lane') || is(child, 'bpmn:Participant')) && child.id)
          ids.push(child.id as string);
        if (!is(child, 'bpmn:SubProcess')) walk(child);
      }
    }
    const childLanes = el.get('childLaneSet') as ModdleElement | undefined;
    if (childLanes) walk(childLanes);
  };
  // The editor shows the file's first diagram: its collaboration (with the pools' processes) or process.
  const root = ((definitions.get('diagrams') as ModdleElement[])[0]?.get('plane') as ModdleElement).get(
    'bpmnElement',
  ) as ModdleElement;
  const processes = ((root.get('participants') as ModdleElement[] | undefined) ?? []).map(
    (p) => p.get('processRef') as ModdleElement | undefined,
  );
  for (const start of [root, ...processes]) if (start) walk(start);
  return [...new Set(ids)].sort();
}

const NS =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions ${NS} id="Defs" targetNamespace="t">${body}</bpmn:definitions>`;
const PROCESS =
  '<bpmn:process id="P" name="Cấp phép"><bpmn:startEvent id="S"/><bpmn:task id="T" name="Tiếp nhận"/><bpmn:endEvent id="E"/>' +
  '<bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/><bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E"/></bpmn:process>';
const di = (plane: string, ref = (id: string) => id) =>
  `<bpmndi:BPMNDiagram id="Dg"><bpmndi:BPMNPlane id="Pl" bpmnElement="${plane}">` +
  [
    ['S', 100, 36],
    ['T', 200, 100],
    ['E', 400, 36],
  ]
    .map(
      ([id, x, w]) =>
        `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${ref(id as string)}"><dc:Bounds x="${x}" y="100" width="${w}" height="${w === 100 ? 80 : 36}"/></bpmndi:BPMNShape>`,
    )
    .join('') +
  '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>';

const corpus = corpusFiles(['miwg', 'bpmnio', 'executable', 'large']);
const pick = (name: string) => corpus.find((f) => f.name === name);

/** Broken files as other tools write them, each with the outcome it must have. */
async function brokenFiles(): Promise<Array<{ name: string; xml: string; expect: Outcome['kind']; notice?: RegExp }>> {
  const out: Array<{ name: string; xml: string; expect: Outcome['kind']; notice?: RegExp }> = [
    {
      name: 'engine-export.bpmn',
      xml: doc(PROCESS),
      expect: 'noticed',
      notice: /had no diagram in the file: a layout was generated/,
    },
    { name: 'modelio.bpmn', xml: doc(PROCESS + di('Defs')), expect: 'noticed', notice: /now points at “Cấp phép”/ },
    {
      name: 'genmymodel.bpmn',
      xml: doc(PROCESS + di('P', (id) => `_x${id}`)),
      expect: 'noticed',
      notice: /Removed 3 diagram shape/,
    },
    {
      name: 'partial.bpmn',
      xml: doc(PROCESS + di('P').replace(/<bpmndi:BPMNShape id="E_di"[\s\S]*?<\/bpmndi:BPMNShape>/, '')),
      expect: 'noticed',
      notice: /only part of it \(1 element/,
    },
    {
      name: 'round-trip.bpmn',
      expect: 'noticed',
      notice: /“T” was used twice/,
      xml: doc(
        PROCESS.replace(
          '</bpmn:process>',
          '<bpmn:subProcess id="Sub"><bpmn:task id="T" name="Trùng mã"/></bpmn:subProcess></bpmn:process>',
        ),
      ),
    },
    {
      name: 'empty-process.bpmn',
      xml: doc('<bpmn:process id="P"/>'),
      expect: 'noticed',
      notice: /no task, event or pool to draw/,
    },
    {
      name: 'no-process.bpmn',
      xml: doc('<bpmn:message id="M"/>'),
      expect: 'refused',
      notice: /holds no process or collaboration/,
    },
  ];
  // Corpus files stripped of their diagrams: one process, lanes, a collaboration with pools, sub-processes.
  for (const name of [
    'bpmn-moddle__simple-default-ns.bpmn',
    'bpmn-engine__lanes.bpmn',
    'bpmn-js__collaboration-message-flows.bpmn',
    'bpmn-js__nested-subprocesses.bpmn',
    'bpmn-js__kitchen-sink.bpmn',
    'C.4.0.bpmn',
  ]) {
    const file = pick(name);
    if (file)
      out.push({
        name: `no-di__${name}`,
        xml: await withoutDi(readCorpusFile(file)),
        expect: 'noticed',
        notice: /a layout was generated/,
      });
  }
  return out;
}

describe.runIf(corpus.length)('opening never ends silently', () => {
  it.each(corpus.map((f) => [`${f.folder}/${f.name}`, f] as const))(
    '%s: drawn, drawn with a notice, or refused with a reason',
    async (_label, file) => {
      const xml = readCorpusFile(file);
      const result = await open(page, file.name, xml);
      if (result.kind !== 'refused')
        expect(result.drawn.length > 0 || result.kind === 'noticed', 'drawn empty without a message').toBe(true);
      if (result.kind !== 'drawn') expect(result.text).toContain(file.name);
      if (!file.negative) expect(result.kind).not.toBe('refused');
      else expect(result.kind).not.toBe('drawn');
      expect(errors).toEqual([]);
    },
  );

  it('broken files are repaired and drawn whole, or refused with a reason', async () => {
    for (const file of await brokenFiles()) {
      const result = await open(page, file.name, file.xml);
      expect(result.kind, file.name).toBe(file.expect);
      expect(result.text, file.name).toMatch(file.notice as RegExp);
      if (result.kind === 'noticed') {
        const needed = await shapedIds(file.xml);
        const missing = needed.filter((id) => !result.drawn.includes(id));
        expect(missing, `${file.name}: elements not drawn`).toEqual([]);
      }
      if (file.name === 'round-trip.bpmn') {
        // The renamed task lives in the sub-process: drill down to see it drawn there.
        await page.locator('.djs-overlays[data-container-id="Sub"] .bjs-drilldown').click();
        await page.locator('[data-testid="canvas"] .djs-shape[data-element-id="T_2"]').waitFor();
      }
    }
    expect(errors).toEqual([]);
  });

  it('tells the repairs in Vietnamese, offers the original back, and saves the generated layout', async () => {
    const { page: vi, errors: viErrors } = await openApp(browser, { lang: 'vi' });
    const original = doc(PROCESS);
    const result = await open(vi, 'thu-tuc.bpmn', original, 'Đóng');
    expect(result.kind).toBe('noticed');
    expect(result.text).toContain('Đã mở “thu-tuc.bpmn” sau khi sửa 1 chỗ');
    expect(result.text).toContain('bố cục được tạo tự động cho');
    const back = await downloadText(vi, () => vi.getByTestId('alert-action').click());
    expect(back).toEqual({ name: 'thu-tuc.original.bpmn', text: original });
    const saved = await downloadText(vi, () => vi.getByTestId('save-bpmn').click());
    expect(saved.text).toContain('<bpmndi:BPMNShape');
    const moddle = createModdle();
    expect((await moddle.fromXML(saved.text)).warnings).toEqual([]);
    expect(viErrors).toEqual([]);
  });
});
