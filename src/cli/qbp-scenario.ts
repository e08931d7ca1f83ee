/**
 * The scenario `simulate` runs for a file: its BIMP / QBP simulation info (a file prepared in BIMP, Simod or
 * Prosimos) when it carries one and no lane states officers, else the studio's own facts. The QBP scenario is
 * applied to the command's own parse of the file; the file itself is never written.
 */
import { applyQbp, readQbp, scenarioSource, type ModdleElement, type QbpApplied } from '../core/index.ts';
import { fill } from './args.ts';
import type { CliIo } from './command.ts';
import { openInput } from './input.ts';
import { num } from './output.ts';

/** Where a simulation's scenario came from, and what the QBP scenario set (for --json and the report). */
export interface ScenarioUse {
  source: 'qbp' | 'tthc';
  qbp?: QbpApplied;
}

const TEXT = {
  en: {
    used: "{file}: scenario taken from the file's BIMP/QBP simulation info (qbp:processSimulationInfo), as no lane states its officers: officers for {roles} role(s), {steps} step time(s), {outcomes} branch share(s){arrivals}.",
    arrivals: ', {perYear} dossiers a year (from the mean gap between arrivals)',
    skipped:
      '{file}: step times not taken from BIMP (a distribution the studio does not draw, or numbers no step time can have): {ids}.',
  },
  vi: {
    used: '{file}: kịch bản lấy từ thông tin mô phỏng BIMP trong tệp, vì chưa làn nào ghi số cán bộ: số cán bộ của {roles} vai trò, thời gian của {steps} bước, tỷ lệ của {outcomes} nhánh{arrivals}.',
    arrivals: ', {perYear} hồ sơ mỗi năm (tính từ khoảng cách trung bình giữa hai hồ sơ đến)',
    skipped:
      '{file}: không lấy thời gian từ BIMP cho các bước sau (dạng phân phối phần mềm chưa hỗ trợ, hoặc số liệu không thể là thời gian): {ids}.',
  },
};

/** Open `path` for a simulation, with its QBP scenario applied when that is the one to use. */
export async function openScenario(
  path: string,
  io: CliIo,
): Promise<{ definitions: ModdleElement; scenario: ScenarioUse }> {
  const { definitions, moddle } = await openInput(path, io);
  const info = scenarioSource(definitions) === 'qbp' ? readQbp(definitions) : null;
  if (!info) return { definitions, scenario: { source: 'tthc' } };
  return { definitions, scenario: { source: 'qbp', qbp: applyQbp(definitions, moddle, info) } };
}

/** The lines telling the user that (and how) a file's QBP scenario was used; empty for the studio's own facts. */
export function scenarioNote(file: string, scenario: ScenarioUse, lang: CliIo['lang']): string {
  const q = scenario.qbp;
  if (scenario.source !== 'qbp' || !q) return '';
  const t = TEXT[lang];
  const arrivals = q.dossiersPerYear === null ? '' : fill(t.arrivals, { perYear: num(q.dossiersPerYear, lang, 0) });
  const lines = [fill(t.used, { file, roles: q.roles, steps: q.steps, outcomes: q.outcomes, arrivals })];
  if (q.approximated.length) lines.push(fill(t.skipped, { file, ids: q.approximated.join(', ') }));
  return lines.join('\n') + '\n';
}
