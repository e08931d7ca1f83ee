/**
 * `copyTree` gives an engine's moddle what its own parse of the XML would: the copy serialises byte for byte
 * like that parse (zeebe and camunda content typed, foreign prefixes renamed as the reader renames them), and
 * transforming the copy leaves the source tree alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { BpmnModdle } from 'bpmn-moddle';
import { copyTree } from '@/core/bpmn/copy-tree.ts';
import { elementOf, elementsOf, type ModdleElement } from '@/core/bpmn/moddle-types.ts';
import { camunda8Profile, createExportModdle, exportVariant, makeExecutableFrom } from '@/core/export/index.ts';
import { corpusFiles, readCorpusFile } from '../../support/corpus.ts';

const ENGINES = ['zeebe', 'camunda'] as const;

const parse = async (xml: string, moddle: BpmnModdle) =>
  (await moddle.fromXML(xml, 'bpmn:Definitions')).rootElement as unknown as ModdleElement;

/** The XML with the serialiser's warnings, or its error: a tree it cannot write must fail the same way in both. */
async function write(tree: ModdleElement, moddle: BpmnModdle): Promise<string> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const { xml } = await moddle.toXML(tree as never, { format: true });
    return [...warn.mock.calls.map((c) => `warned: ${String(c[0])}`), xml].join('\n');
  } catch (error) {
    return `toXML failed: ${(error as Error).message}`;
  } finally {
    warn.mockRestore();
  }
}

/** What `extension`'s moddle writes from its own parse of `xml`, and from the copy of the base parse. */
async function both(xml: string, extension?: 'zeebe' | 'camunda') {
  const moddle = createExportModdle(extension);
  const copy = copyTree(await parse(xml, createExportModdle()), moddle);
  return { copy, own: await write(await parse(xml, moddle), moddle), copied: await write(copy, moddle) };
}

const definitions = (ns: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ${ns} id="D" targetNamespace="urn:t">
  <bpmn:process id="P" isExecutable="true">${body}</bpmn:process>
  <bpmn:error id="E1" errorCode="x" />
</bpmn:definitions>`;

// camunda content under a prefix of the document's own choosing: the reader renames it to `camunda`
const camundaXml = definitions(
  'xmlns:c="http://camunda.org/schema/1.0/bpmn"',
  `
    <bpmn:serviceTask id="S" c:asyncBefore="true" c:type="external" c:topic="t" c:unknownThing="u">
      <bpmn:extensionElements>
        <c:inputOutput>
          <c:inputParameter name="a">\${x}</c:inputParameter>
          <c:outputParameter name="b"><c:list><c:value>1</c:value><c:value>2</c:value></c:list></c:outputParameter>
        </c:inputOutput>
        <c:properties><c:property name="p" value="v" /></c:properties>
        <c:errorEventDefinition id="EE" errorRef="E1" expression="\${true}" />
        <c:notInTheSchema a="1"><c:child /></c:notInTheSchema>
        <other:thing xmlns:other="urn:other" c:flag="1"><other:x>text</other:x></other:thing>
      </bpmn:extensionElements>
    </bpmn:serviceTask>`,
);

const zeebeXml = definitions(
  'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"',
  `
    <bpmn:serviceTask id="S">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="lookup" retries="3" />
        <zeebe:taskHeaders><zeebe:header key="k" value="v" /></zeebe:taskHeaders>
        <zeebe:ioMapping><zeebe:input source="=a" target="b" /></zeebe:ioMapping>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:userTask id="U"><bpmn:extensionElements><zeebe:userTask /></bpmn:extensionElements></bpmn:userTask>`,
);

const procedure = readFileSync('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', 'utf8');

describe('copyTree', () => {
  it.each([
    ['camunda', camundaXml],
    ['zeebe', zeebeXml],
    ['a procedure', procedure],
  ])('copies %s content as each engine moddle parses it', async (_, xml) => {
    for (const extension of [undefined, ...ENGINES]) {
      const { own, copied } = await both(xml, extension);
      expect(own).not.toMatch(/^toXML failed/);
      expect(copied, extension ?? 'base').toBe(own);
    }
  });

  it('types the engine content the base moddle kept generic', async () => {
    const camunda = (await both(camundaXml, 'camunda')).copy;
    const [process, error] = elementsOf(camunda, 'rootElements');
    const task = elementsOf(process, 'flowElements')[0] as ModdleElement;
    expect(task.get('camunda:asyncBefore')).toBe(true);
    expect(task.get('camunda:topic')).toBe('t');
    const values = elementsOf(elementOf(task, 'extensionElements'), 'values');
    expect(values.map((v) => v.$type)).toEqual([
      'camunda:InputOutput',
      'camunda:Properties',
      'camunda:ErrorEventDefinition',
      'other:thing',
    ]);
    // a reference inside engine content resolves to the copied element
    expect(values[2]?.get('errorRef')).toBe(error);

    const zeebe = (await both(zeebeXml, 'zeebe')).copy;
    const service = elementsOf(elementsOf(zeebe, 'rootElements')[0], 'flowElements')[0];
    const [definition] = elementsOf(elementOf(service, 'extensionElements'), 'values');
    expect([definition?.$type, definition?.get('type'), definition?.get('retries')]).toEqual([
      'zeebe:TaskDefinition',
      'lookup',
      '3',
    ]);
  });

  it('leaves the source tree alone while an engine transforms the copy', async () => {
    const base = createExportModdle();
    const source = await parse(procedure, base);
    const before = await write(source, base);
    const moddle = createExportModdle('zeebe');
    const result = await makeExecutableFrom(copyTree(source, moddle), moddle, camunda8Profile);
    expect(await write(source, base)).toBe(before);
    const [single] = await exportVariant(procedure, 'camunda8');
    expect(result.xml).toBe(single?.content);
  });

  const corpus = corpusFiles(['miwg', 'bpmnio', 'executable', 'large']);
  describe.runIf(corpus.length)('on the interop corpus', () => {
    it.each(corpus.map((f) => [`${f.folder}/${f.name}`, f] as const))('%s', async (_, file) => {
      const xml = readCorpusFile(file);
      for (const extension of [undefined, ...ENGINES]) {
        const { own, copied } = await both(xml, extension);
        expect(copied, extension ?? 'base').toBe(own);
      }
    });

    it('compares files with zeebe and camunda content', () => {
      const withEngine = corpus.filter((f) => /<(camunda|zeebe):|\s(camunda|zeebe):\w+=/.test(readCorpusFile(f)));
      expect(withEngine.length).toBeGreaterThanOrEqual(10);
    });
  });
});
