/** `validate`, `analyze` and `export` accept files other tools write, with the same repairs and notices; `--strict` refuses. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tthc } from '../support/cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tthc-open-'));
const sample = readFileSync('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', 'utf8');
const noDi = join(scratch, 'khong-so-do.bpmn');
writeFileSync(noDi, sample.replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, ''));

// Each case starts the CLI (tsx) afresh: seconds each on a busy machine.
describe('files without a diagram on the command line', { timeout: 180_000 }, () => {
  it('validate lays them out, says so on stderr and in the JSON report, and checks them as usual', () => {
    const r = tthc('validate', noDi, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('a layout was generated');
    const report = JSON.parse(r.stdout);
    expect(report.files[0].notices.map((n: { code: string }) => n.code)).toEqual(['layoutGenerated']);
    expect(report.files[0].problems.map((p: { code: string }) => p.code)).toEqual(['lint:fake-join']);
  });

  it('analyze reports in Vietnamese with the notice in Vietnamese', () => {
    const r = tthc('analyze', noDi, '--lang', 'vi');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('bố cục được tạo tự động');
    expect(r.stdout).toContain('Số bước');
  });

  it('export writes the repaired file, with the generated diagram', () => {
    const out = mkdtempSync(join(scratch, 'out-'));
    const r = tthc('export', noDi, '--target', 'bpmn-engine', '--out', out);
    expect(r.code).toBe(0);
    const [written] = readdirSync(out);
    expect(readFileSync(join(out, written as string), 'utf8')).toContain('<bpmndi:BPMNShape');
  });

  it('--strict refuses instead, listing the repairs it would need (exit 2)', () => {
    for (const command of [['validate'], ['analyze'], ['export', '--target', 'bpmn-engine', '--out', scratch]]) {
      const r = tthc(command[0] as string, noDi, ...command.slice(1), '--strict');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('not opened (--strict)');
      expect(r.stderr).toContain('had no diagram in the file');
    }
  });

  it('--strict still opens a file that needs no repair', () => {
    expect(tthc('analyze', 'procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', '--strict').code).toBe(0);
  });

  it('duplicate ids are renamed rather than refused; a file with no process is refused (exit 2)', () => {
    const dup = join(scratch, 'trung-ma.bpmn');
    writeFileSync(
      dup,
      sample
        .replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '')
        .replace(
          '</bpmn:definitions>',
          '<bpmn:process id="Process_DangKyKhaiSinh" name="Bản sao"><bpmn:task id="Extra" name="Thêm"/></bpmn:process></bpmn:definitions>',
        ),
    );
    const r = tthc('analyze', dup);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('“Process_DangKyKhaiSinh” was used twice');
    const empty = join(scratch, 'rong.bpmn');
    writeFileSync(
      empty,
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:message id="M"/></bpmn:definitions>',
    );
    const refused = tthc('validate', empty, '--lang', 'vi');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('không có quy trình hay sơ đồ cộng tác');
  });
});
