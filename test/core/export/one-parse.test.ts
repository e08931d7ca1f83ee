/**
 * An export reads the model once: one parse and one validation per target, and a bundle too (each engine's
 * extension model gets a copy of that parse, not a parse of its own). The bundle's files are byte for byte the
 * files of the single-target exports.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as moddle from '@/core/bpmn/moddle.ts';
import * as validate from '@/core/validate/index.ts';
import { EXPORT_TARGETS, exportVariant } from '@/core/export/index.ts';

vi.mock('@/core/bpmn/moddle.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/core/bpmn/moddle.ts')>();
  return { ...original, parseBpmn: vi.fn(original.parseBpmn) };
});
vi.mock('@/core/validate/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/core/validate/index.ts')>();
  return { ...original, validateDefinitions: vi.fn(original.validateDefinitions) };
});

const docxBody = (docx: Uint8Array): string => strFromU8(unzipSync(docx)['word/document.xml'] as Uint8Array);
const xml = readFileSync('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', 'utf8');
const parses = vi.mocked(moddle.parseBpmn);
const validations = vi.mocked(validate.validateDefinitions);

describe('one read of the model per export', () => {
  beforeEach(() => {
    parses.mockClear();
    validations.mockClear();
  });

  it('parses and validates once for each single target', async () => {
    for (const target of EXPORT_TARGETS.filter((t) => t !== 'bundle')) {
      parses.mockClear();
      validations.mockClear();
      await exportVariant(xml, target);
      expect([target, parses.mock.calls.length, validations.mock.calls.length]).toEqual([target, 1, 1]);
    }
  });

  it('parses and validates a bundle once, with the same files as the single exports', async () => {
    const [bundle] = await exportVariant(xml, 'bundle', { baseName: 'b' });
    // camunda8 (zeebe), camunda7 (camunda) and flowable transform copies of the one parse, bpmn-engine the parse
    expect(validations).toHaveBeenCalledTimes(1);
    expect(parses).toHaveBeenCalledTimes(1);

    const entries = unzipSync(bundle?.content as Uint8Array);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as {
      files: Array<{ path: string; target: string }>;
    };
    let compared = 0;
    for (const target of EXPORT_TARGETS.filter((t) => t !== 'bundle')) {
      for (const file of await exportVariant(xml, target, { baseName: 'b' })) {
        const entry = manifest.files.find((f) => f.path.endsWith(file.fileName));
        expect(entry, file.fileName).toBeDefined();
        const inZip = entries[entry?.path as string] as Uint8Array;
        const single = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
        // a DOCX carries its creation time: compare the document itself
        if (file.fileName.endsWith('.docx')) expect(docxBody(inZip), file.fileName).toBe(docxBody(single));
        else expect(strFromU8(inZip), file.fileName).toBe(strFromU8(single));
        compared++;
      }
    }
    expect(compared).toBe(7);
  });
});
