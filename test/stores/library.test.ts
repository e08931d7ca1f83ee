/**
 * The library store is the app's one way into storage: components create procedures and read variants
 * through it (on fake-indexeddb, the app's own database), and a failed read shows as the library's problem.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useLibraryStore } from '@/stores/library.ts';
import { libraryDb } from '@/storage/library-db.ts';
import { SAMPLES_LOADED_SETTING, setSetting } from '@/storage/index.ts';
import { nameFields } from '@/storage/name-fields.ts';

/** A drawing with no procedure facts: the name given by the caller is the one the library keeps. */
const UNNAMED = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs" targetNamespace="test">
  <bpmn:process id="Process_1"><bpmn:startEvent id="Start" /><bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="Flow" sourceRef="Start" targetRef="End" /></bpmn:process>
</bpmn:definitions>`;

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('library store', () => {
  it('adds a procedure from BPMN text under the given name and selects it', async () => {
    const library = useLibraryStore();
    const variant = await library.createFromXml(UNNAMED, { name: 'Thủ tục từ bảng' });
    expect(library.selectedId).toBe(variant.procedureId);
    expect(library.procedures.find((p) => p.id === variant.procedureId)?.name).toBe('Thủ tục từ bảng');
    expect(library.variants.map((v) => v.id)).toContain(variant.id);
  });

  it('adds several procedures with their variants at once, selects the first, and reads them back with XML', async () => {
    const library = useLibraryStore();
    const xml = UNNAMED;
    const written = await library.createProcedures([
      {
        name: 'Gói A',
        variants: [
          { name: 'Hiện hành', xml },
          { name: 'Phương án', xml },
        ],
      },
      { name: 'Gói B', variants: [{ name: 'Hiện hành', xml }] },
    ]);
    expect(written.procedures.map((p) => p.name)).toEqual(['Gói A', 'Gói B']);
    expect(library.selectedId).toBe(written.procedures[0]?.id);

    const first = written.variants[0];
    if (!first) throw new Error('no variant written');
    const read = await library.readVariant(first.id);
    expect(read?.xml).toBe(xml);
    const siblings = await library.readVariants(first.procedureId);
    expect(siblings).toHaveLength(2);
    expect(siblings.every((v) => v.xml === xml)).toBe(true);
    // reading leaves the list's own state alone
    expect(library.variants.map((v) => v.id).sort()).toEqual(siblings.map((v) => v.id).sort());
    expect(await library.readVariant('no-such-variant')).toBeUndefined();
  });

  it('opens a large library with its first screenful in name order, then reads the rest without reordering', async () => {
    const db = await libraryDb();
    await setSetting(db, SAMPLES_LOADED_SETTING, 1);
    // written in an order unlike the names' (ids descending), with numbers that sort by value
    await db.procedures.bulkAdd(
      Array.from({ length: 150 }, (_, i) => {
        const name = `${i % 2 ? 'Đăng ký' : 'Cấp'} thủ tục số ${150 - i}`;
        return { id: `big-${String(i).padStart(3, '0')}`, name, ...nameFields(name), createdAt: 1, updatedAt: 1 };
      }),
    );
    const all = await db.procedures.count();

    const library = useLibraryStore();
    await library.init();
    expect(library.ready).toBe(true);
    expect(library.total).toBe(all);
    expect(library.complete).toBe(false);
    expect(library.procedures).toHaveLength(100);
    const firstScreen = library.results.map((p) => p.name);

    await vi.waitFor(() => expect(library.complete).toBe(true), { timeout: 10_000 });
    expect(library.results).toHaveLength(all);
    expect(library.results.slice(0, 100).map((p) => p.name)).toEqual(firstScreen);
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    const names = library.results.map((p) => p.name);
    expect(names).toEqual([...names].sort(collator.compare));
    expect(names.indexOf('Cấp thủ tục số 2')).toBeLessThan(names.indexOf('Cấp thủ tục số 10'));
  });
});
