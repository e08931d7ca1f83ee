import { describe, expect, it } from 'vitest';
import {
  createProcedureFromXml,
  ensureSamplesLoaded,
  deleteProcedure,
  listProcedures,
  listRevisions,
  listVariants,
  loadSamples,
  saveVariantXml,
  sha256Hex,
  sha256HexSync,
  TthcDB,
  type SampleProcedure,
} from '@/storage/index.ts';
import { BIRTH, MARRIAGE, deps, freshDb, procedureXml, uniqueName } from './helpers.ts';

async function samples(edition: string): Promise<SampleProcedure[]> {
  return [
    {
      slug: 'khai-sinh',
      name: 'Đăng ký khai sinh',
      variants: [
        {
          slug: 'hien-hanh',
          name: 'Hiện hành',
          status: 'current',
          xml: await procedureXml({ ...BIRTH, agency: `UBND cấp xã ${edition}` }),
        },
        {
          slug: 'lien-thong',
          name: 'Liên thông',
          status: 'proposed',
          description: 'Liên thông khai sinh – thường trú – BHYT',
          xml: await procedureXml({ ...BIRTH, variantName: 'Liên thông', agency: edition }),
        },
      ],
    },
    {
      slug: 'ket-hon',
      name: 'Đăng ký kết hôn',
      variants: [
        {
          slug: 'hien-hanh',
          name: 'Hiện hành',
          status: 'current',
          xml: await procedureXml({ ...MARRIAGE, agency: edition }),
        },
      ],
    },
  ];
}

describe('sample procedures', () => {
  it('adds the samples once, with a hash of the loaded XML', async () => {
    const db = await freshDb();
    const first = await samples('v1');
    expect(await loadSamples(db, first)).toEqual({ added: 3, updated: 0, kept: 0, unchanged: 0 });
    const procedures = await listProcedures(db);
    expect(procedures.map((p) => [p.name, p.sampleSlug, p.code])).toEqual([
      ['Đăng ký kết hôn', 'ket-hon', MARRIAGE.code],
      ['Đăng ký khai sinh', 'khai-sinh', BIRTH.code],
    ]);
    const birth = await listVariants(db, procedures[1]!.id);
    expect(birth.map((v) => [v.name, v.status, v.sampleSlug, v.description])).toEqual([
      ['Hiện hành', 'current', 'hien-hanh', undefined],
      ['Liên thông', 'proposed', 'lien-thong', 'Liên thông khai sinh – thường trú – BHYT'],
    ]);
    expect(birth[0]!.sampleHash).toBe(await sha256Hex(first[0]!.variants[0]!.xml));
    expect(await loadSamples(db, first)).toEqual({ added: 0, updated: 0, kept: 0, unchanged: 3 });
  });

  it('updates untouched sample variants, keeps edited ones, never touches user procedures, re-adds deleted samples', async () => {
    // given loaded samples, one edited by the user, and a procedure of the user's own
    const db = await freshDb();
    await loadSamples(db, await samples('v1'));
    const [marriage, birth] = await listProcedures(db);
    const [birthCurrent] = await listVariants(db, birth!.id);
    const edited = await procedureXml({ ...BIRTH, agency: 'Sửa bởi người dùng' });
    await saveVariantXml(db, birthCurrent!.id, edited, 1);
    const own = await createProcedureFromXml(db, await procedureXml({ code: '2.001', name: 'Thủ tục của tôi' }));
    await deleteProcedure(db, marriage!.id);

    // when a newer edition of the samples is loaded
    const second = await samples('v2');
    const result = await loadSamples(db, second);

    // then
    expect(result).toEqual({ added: 1, updated: 1, kept: 1, unchanged: 0 });
    const [current, linked] = await listVariants(db, birth!.id);
    expect(current!.xml).toBe(edited);
    expect(linked).toMatchObject({
      xml: second[0]!.variants[1]!.xml,
      revision: 2,
      sampleHash: await sha256Hex(second[0]!.variants[1]!.xml),
    });
    expect((await listRevisions(db, linked!.id))[0]!.xml).toBe((await samples('v1'))[0]!.variants[1]!.xml);
    expect((await listVariants(db, own.procedure.id))[0]).toEqual(own.variant);
    expect((await listProcedures(db)).map((p) => p.name)).toEqual([
      'Đăng ký kết hôn',
      'Đăng ký khai sinh',
      'Thủ tục của tôi',
    ]);
  });

  it('loads on the first run only', async () => {
    const db = await freshDb();
    expect(await ensureSamplesLoaded(db, await samples('v1'))).toMatchObject({ added: 3 });
    await deleteProcedure(db, (await listProcedures(db))[0]!.id);
    expect(await ensureSamplesLoaded(db, await samples('v1'))).toBeUndefined();
    expect(await listProcedures(db)).toHaveLength(1);
  });

  it('never adds the samples twice when two tabs start at once', async () => {
    const name = uniqueName();
    const tabA = new TthcDB(name, deps);
    const tabB = new TthcDB(name, deps);
    const set = await samples('v1');
    await Promise.all([ensureSamplesLoaded(tabA, set), ensureSamplesLoaded(tabB, set)]);
    expect(await tabA.procedures.count()).toBe(2);
    expect(await tabA.variants.count()).toBe(3);
    tabA.close();
    tabB.close();
  });

  it('hashes with SHA-256 also where crypto.subtle is missing (plain-http intranet pages)', async () => {
    const text = 'Đăng ký khai sinh – '.repeat(100);
    expect(sha256HexSync(new TextEncoder().encode(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256HexSync(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256HexSync(new TextEncoder().encode(text))).toBe(await sha256Hex(text));
  });
});
