/** `tthc validate` and `tthc export` as users run them: exit codes, messages, files written or not. */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newProcedureXml } from '../../src/core/index.ts';
import { tthc } from '../support/cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tthc-export-'));
const dir = (name: string) => {
  const p = join(scratch, name);
  mkdirSync(p, { recursive: true });
  return p;
};
const SAMPLE = 'procedures/dang-ky-khai-sinh/phuong-an-a.bpmn';

describe('tthc validate', () => {
  it('exits 0 with only warnings, as JSON', () => {
    const r = tthc('validate', SAMPLE, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].problems.map((p: { code: string }) => p.code)).toEqual(['lint:fake-join']);
  });
  it('exits 1 and lists the template steps without times', async () => {
    const template = join(scratch, 'template.bpmn');
    writeFileSync(template, await newProcedureXml('vi'));
    const r = tthc('validate', template, '--lang', 'vi');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Bước "Thẩm định, xử lý hồ sơ" chưa có thời gian thực hiện.');
  });
  it('exits 2 on an unreadable file', () => {
    const bad = join(scratch, 'bad.bpmn');
    writeFileSync(bad, 'not xml');
    expect(tthc('validate', bad).code).toBe(2);
    expect(tthc('validate', join(scratch, 'missing.bpmn')).code).toBe(2);
  });
  it('has no --target option (the checks are the same for every target): refused as unknown, exit 2', () => {
    const r = tthc('validate', SAMPLE, '--target', 'camunda8');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--target');
  });
});

describe('tthc export', () => {
  it('shows each stage with --progress (on a terminal the same text is one status line rewritten in place)', () => {
    const out = dir('progress');
    const r = tthc('export', SAMPLE, '--target', 'bundle', '--out', out, '--progress');
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe(`${SAMPLE}: step 1 of 9, reading…`);
    expect(lines[4]).toMatch(/: step 5 of 9, writing (bpmn-engine|camunda8|camunda7|flowable)…$/);
    expect(lines[8]).toBe(`${SAMPLE}: step 9 of 9, packing the files…`);
    expect(r.stdout).toContain('Exported 1 variant(s) as bundle');
    // without it, a pipe gets no status text
    expect(tthc('export', SAMPLE, '--target', 'bundle', '--out', dir('quiet')).stderr).toBe('');
  });
  it('exports a folder of procedures for Camunda 8', () => {
    const out = dir('c8');
    const r = tthc('export', 'procedures/dang-ky-khai-sinh', '--target', 'camunda8', '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'procedures.dang-ky-khai-sinh.hien-hanh.camunda8.bpmn',
      'procedures.dang-ky-khai-sinh.phuong-an-a.camunda8.bpmn',
      'procedures.dang-ky-khai-sinh.phuong-an-b.camunda8.bpmn',
    ]);
    expect(readFileSync(join(out, 'procedures.dang-ky-khai-sinh.phuong-an-a.camunda8.bpmn'), 'utf8')).toContain(
      '<zeebe:userTask />',
    );
  });
  it('writes nothing when one model is invalid, and lists each problem', async () => {
    const out = dir('invalid');
    const template = join(scratch, 'template2.bpmn');
    writeFileSync(template, await newProcedureXml('en'));
    const r = tthc('export', SAMPLE, template, '--target', 'json', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not exported, 7 error(s)');
    expect(r.stderr).toContain('Task_Process');
    expect(r.stderr).toContain('Nothing was written');
    expect(readdirSync(out)).toEqual([]);
  });
  it('creates an output folder that does not exist', () => {
    const out = join(scratch, 'new', 'nested');
    const r = tthc('export', SAMPLE, '--target', 'bpmn-engine', '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['procedures.dang-ky-khai-sinh.phuong-an-a.bpmn-engine.bpmn']);
  }, 120_000);
  it('refuses a read-only output folder', () => {
    // root may write into a 0555 folder, so as root a kernel folder that refuses writes stands in for it
    const root = process.getuid?.() === 0;
    const out = root ? '/proc/1' : dir('readonly');
    if (!root) chmodSync(out, 0o555);
    const before = readdirSync(out).length;
    const r = tthc('export', SAMPLE, '--target', 'bpmn-engine', '--out', out, '--lang', 'vi');
    if (!root) chmodSync(out, 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có quyền ghi');
    expect(readdirSync(out).length).toBe(before);
  });
  it('exports the table as CSV and DOCX', () => {
    const out = dir('table');
    expect(tthc('export', SAMPLE, '--target', 'table', '--out', out).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'procedures.dang-ky-khai-sinh.phuong-an-a.table.csv',
      'procedures.dang-ky-khai-sinh.phuong-an-a.table.docx',
    ]);
  });
});
