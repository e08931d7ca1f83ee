/** `tthc export --target opencps` and `tthc import-opencps` as users run them: exit codes, messages, files. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { VINH_LONG, toCsv } from '../core/table-import/fixtures.ts';
import { tthc } from '../support/cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tthc-opencps-'));

describe('tthc export --target opencps', () => {
  it('writes one package for a folder of variants, creating --out, and reports what it could not carry', () => {
    const out = join(scratch, 'pkg', 'new');
    const r = tthc('export', 'procedures/dang-ky-khai-sinh', '--target', 'opencps', '--out', out, '--lang', 'vi');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['opencps-dang-ky-khai-sinh.zip']);
    expect(r.stdout).toContain('Gói OpenCPS không mang được, hoặc phải giả định');
    expect(r.stdout).toContain('Tỷ lệ các nhánh quyết định không mang sang được');
    expect(r.stdout).toContain('Đã xuất 3 phương án dạng opencps: 1 tệp');
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(join(out, 'opencps-dang-ky-khai-sinh.zip')))));
    expect(names.filter((n) => /\/processes\/.+\.xml$/.test(n)).length).toBe(3);
  }, 120_000);
});

describe('tthc import-opencps', () => {
  it('reads the package back into one folder per procedure with one BPMN file per process', () => {
    const pkgDir = join(scratch, 'pkg2');
    expect(
      tthc('export', 'procedures/dang-ky-ket-hon', '--target', 'opencps', '--out', pkgDir, '--name', 'ket-hon').code,
    ).toBe(0);
    const out = join(scratch, 'imported');
    const r = tthc('import-opencps', join(pkgDir, 'ket-hon.zip'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Imported 1 procedure(s), 3 variant(s)');
    const [folder] = readdirSync(out);
    expect(readdirSync(join(out, folder as string)).filter((f) => f.endsWith('.bpmn')).length).toBe(3);
  }, 120_000);
  it('exits 2 with a clear message and writes nothing for a broken package', () => {
    const bad = join(scratch, 'bad.zip');
    writeFileSync(
      bad,
      zipSync({
        'x/': new Uint8Array(0),
        'x/services/': new Uint8Array(0),
        'x/services/a.xml': new TextEncoder().encode('<ServiceInfo/>'),
      }),
    );
    const out = join(scratch, 'nothing');
    const r = tthc('import-opencps', bad, '--out', out, '--lang', 'vi');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Gói thiếu thư mục x/processes/');
    expect(existsSync(out)).toBe(false);
    expect(tthc('import-opencps', join(scratch, 'missing.zip'), '--out', out).code).toBe(2);
  }, 120_000);
});

describe('every --out folder that does not exist is created', () => {
  it('by import-table for the file it writes', () => {
    const table = join(scratch, 'vl.csv');
    writeFileSync(table, toCsv(VINH_LONG, ';'));
    const out = join(scratch, 'tables', 'deep', 'vl.bpmn');
    expect(tthc('import-table', table, '--out', out).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  }, 120_000);
});
