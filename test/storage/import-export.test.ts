import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import {
  StorageProblem,
  approveVariant,
  cloneVariant,
  createProcedureFromXml,
  describeStorageProblem,
  exportBundle,
  importBpmnFiles,
  importBundle,
  isBundle,
  listProcedures,
  listVariants,
  safeName,
  saveVariantXml,
  type BundleManifest,
  type TthcDB,
} from '@/storage/index.ts';
import { BIRTH, MARRIAGE, freshDb, procedureXml, rejection } from './helpers.ts';

/** Two procedures: birth registration with the current process, option A (approved) and B; marriage with one. */
async function seed(db: TthcDB) {
  const birth = await createProcedureFromXml(db, await procedureXml(BIRTH));
  const a = await cloneVariant(db, birth.variant.id, {
    name: 'Phương án A',
    description: 'Liên thông khai sinh – BHYT',
  });
  await cloneVariant(db, birth.variant.id, { name: 'Phương án B' });
  await approveVariant(db, a.id);
  await saveVariantXml(db, birth.variant.id, await procedureXml({ ...BIRTH, agency: 'UBND cấp xã, phường' }), 1);
  const marriage = await createProcedureFromXml(db, await procedureXml(MARRIAGE));
  return { birth, marriage };
}

async function snapshot(db: TthcDB) {
  const procedures = await listProcedures(db);
  return Promise.all(procedures.map(async (p) => ({ procedure: p, variants: await listVariants(db, p.id) })));
}

function rezip(
  bytes: Uint8Array,
  change: (manifest: BundleManifest, files: Record<string, Uint8Array>) => void,
): Uint8Array {
  const files = unzipSync(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BundleManifest;
  change(manifest, files);
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

describe('workspace bundle', () => {
  it('round-trips procedures, variants and XML exactly into another library', async () => {
    // given a library with variants, an approved option and history
    const source = await freshDb();
    await seed(source);

    // when it is exported and imported into an empty library
    const bytes = await exportBundle(source);
    const target = await freshDb();
    const progress: Array<[number, number]> = [];
    const counts = await importBundle(target, bytes, (done, total) => progress.push([done, total]));

    // then everything is identical (revisions stay behind)
    expect(counts).toEqual({ procedures: 2, variants: 4, skipped: 0, copied: 0 });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await target.revisions.count()).toBe(0);
    expect(progress.at(-1)).toEqual([2, 2]);
  });

  it('writes a readable manifest and safe, folded file names', async () => {
    const db = await freshDb();
    await seed(db);
    const bytes = await exportBundle(db);
    expect(isBundle(bytes)).toBe(true);
    const files = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BundleManifest;
    expect(manifest).toMatchObject({
      format: 'tthc-studio-bundle',
      version: 1,
      app: 'TTHC Studio',
      includesRevisions: false,
    });
    expect(manifest.procedures.map((p) => p.name)).toEqual(['Đăng ký kết hôn', 'Đăng ký khai sinh']);
    expect(Object.keys(files).sort()).toEqual([
      'manifest.json',
      'procedures/1-000894-dang-ky-ket-hon/hien-hanh.bpmn',
      'procedures/1-000948-h38-dang-ky-khai-sinh/hien-hanh.bpmn',
      'procedures/1-000948-h38-dang-ky-khai-sinh/phuong-an-a.bpmn',
      'procedures/1-000948-h38-dang-ky-khai-sinh/phuong-an-b.bpmn',
    ]);
    const birth = manifest.procedures[1]!;
    expect(birth).not.toHaveProperty('searchKey');
    expect(birth.variants[0]).not.toHaveProperty('xml');
    expect(birth.variants[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(safeName('Đăng ký  khai sinh: “Đặc biệt”!')).toBe('dang-ky-khai-sinh-dac-biet');
  });

  it('exports a selection only', async () => {
    const db = await freshDb();
    const { marriage } = await seed(db);
    const target = await freshDb();
    await importBundle(target, await exportBundle(db, [marriage.procedure.id]));
    expect((await listProcedures(target)).map((p) => p.name)).toEqual(['Đăng ký kết hôn']);
  });

  it('skips identical procedures and imports changed ones as copies with new ids', async () => {
    const db = await freshDb();
    const { birth, marriage } = await seed(db);
    const bytes = await exportBundle(db);

    expect(await importBundle(db, bytes)).toEqual({ procedures: 0, variants: 0, skipped: 2, copied: 0 });

    await saveVariantXml(db, marriage.variant.id, await procedureXml({ ...MARRIAGE, agency: 'UBND phường' }), 1);
    expect(await importBundle(db, bytes)).toEqual({ procedures: 1, variants: 1, skipped: 1, copied: 1 });
    const marriages = (await listProcedures(db)).filter((p) => p.name === 'Đăng ký kết hôn');
    expect(marriages).toHaveLength(2);
    const copy = marriages.find((p) => p.id !== marriage.procedure.id)!;
    expect(copy.agency).toBe('UBND cấp xã');
    expect((await listVariants(db, copy.id))[0]!.xml).toBe(marriage.variant.xml);
    expect(await listVariants(db, birth.procedure.id)).toHaveLength(3);
  });

  it('refuses a damaged, foreign or newer bundle with a clear message and writes nothing', async () => {
    const db = await freshDb();
    await seed(db);
    const bytes = await exportBundle(db);
    const target = await freshDb();
    const cases: Array<[string, Uint8Array]> = [
      [
        'checksum',
        rezip(bytes, (m) => {
          m.procedures[0]!.variants[0]!.sha256 = '0'.repeat(64);
        }),
      ],
      [
        'checksum',
        rezip(bytes, (m, files) => {
          const f = m.procedures[1]!.variants[2]!.file;
          files[f] = strToU8('<bpmn:definitions/>');
        }),
      ],
      [
        'unknownFormat',
        rezip(bytes, (m) => {
          (m as { format: string }).format = 'camunda-export';
        }),
      ],
      [
        'newerVersion',
        rezip(bytes, (m) => {
          m.version = 2;
        }),
      ],
      [
        'missingFile',
        rezip(bytes, (m, files) => {
          delete files[m.procedures[0]!.variants[0]!.file];
        }),
      ],
      [
        'badManifest',
        rezip(bytes, (m) => {
          (m.procedures[0] as { name: unknown }).name = 42;
        }),
      ],
      ['noManifest', zipSync({ 'a.bpmn': strToU8('<x/>') })],
      ['notZip', strToU8('<?xml version="1.0"?><bpmn:definitions/>')],
      ['notZip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
    ];
    for (const [reason, bad] of cases) {
      const error = await rejection(importBundle(target, bad));
      expect(error, reason).toBeInstanceOf(StorageProblem);
      expect((error as StorageProblem).code).toBe('badBundle');
      expect((error as StorageProblem).params.reason).toBe(reason);
      expect(describeStorageProblem(error as StorageProblem, 'vi')).toContain('Không có gì được nhập');
      expect(describeStorageProblem(error as StorageProblem, 'en')).toContain('Nothing was imported');
    }
    expect(describeStorageProblem((await rejection(importBundle(target, cases[3]![1]))) as StorageProblem, 'en')).toBe(
      'The bundle was made by a newer TTHC Studio (bundle format 2; this version reads up to 1). Update TTHC Studio and import it again. Nothing was imported into the library.',
    );
    expect([await target.procedures.count(), await target.variants.count()]).toEqual([0, 0]);
    expect(isBundle(cases[2]![1])).toBe(false);
    expect(isBundle(cases[7]![1])).toBe(false);
  });
});

describe('many BPMN files at once', () => {
  it('imports the good files, reports each bad one, and reports progress per chunk', async () => {
    const db = await freshDb();
    const good = await procedureXml(BIRTH);
    const files: Array<{ name: string; text: string }> = [];
    for (let i = 0; i < 117; i++)
      files.push({ name: `tt-${i}.bpmn`, text: good.replace('Đăng ký khai sinh', `Đăng ký khai sinh ${i}`) });
    files.splice(10, 0, { name: 'empty.bpmn', text: '' });
    files.splice(60, 0, { name: 'page.html', text: '<html><body>not bpmn</body></html>' });
    files.splice(99, 0, { name: 'broken.bpmn', text: 'PK garbage' });
    files.push({ name: 'nameless.bpmn', text: good.replace(/ name="[^"]*"/g, '') });
    const progress: Array<[number, number]> = [];

    const result = await importBpmnFiles(db, files, (done, total) => progress.push([done, total]));

    expect(progress).toEqual([
      [50, 121],
      [100, 121],
      [121, 121],
    ]);
    expect(result.failed.map((f) => [f.name, f.problem.code])).toEqual([
      ['empty.bpmn', 'empty'],
      ['page.html', 'notBpmn'],
      ['broken.bpmn', 'notXml'],
    ]);
    expect(result.imported).toHaveLength(118);
    expect(await db.procedures.count()).toBe(118);
    expect(await db.variants.count()).toBe(118);
    const byName = new Map((await listProcedures(db)).map((p) => [p.id, p]));
    expect(byName.get(result.imported[0]!.procedureId)).toMatchObject({ ...BIRTH, name: 'Đăng ký khai sinh 0' });
    expect(byName.get(result.imported.at(-1)!.procedureId)!.name).toBe('nameless');
  });

  it('stops on a full disk with a quota problem that says how many were imported', async () => {
    const db = await freshDb();
    const good = await procedureXml(BIRTH);
    const files = Array.from({ length: 80 }, (_, i) => ({ name: `f${i}.bpmn`, text: good }));
    const bulkAdd = db.variants.bulkAdd.bind(db.variants);
    let calls = 0;
    db.variants.bulkAdd = ((...args: Parameters<typeof bulkAdd>) => {
      if (++calls === 2) return Promise.reject(new DOMException('quota', 'QuotaExceededError'));
      return bulkAdd(...args);
    }) as typeof bulkAdd;

    const error = await rejection(importBpmnFiles(db, files));
    expect(error).toMatchObject({ code: 'quota', params: { imported: 50 } });
    expect(await db.procedures.count()).toBe(50);
    expect(await db.variants.count()).toBe(50);
  });
});
