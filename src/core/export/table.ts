/**
 * `table` target, rows: the internal-process table of the approving decision (quy trình nội bộ), one row
 * per step in flow order and a total row. Columns: Bước | Tên bước | Đơn vị/người thực hiện |
 * Nội dung công việc | Thời hạn | Biểu mẫu/kết quả (the `studio` format of the table importer).
 */
import { parseBpmn } from '../bpmn/moddle.ts';
import { HOURS_PER_WORKING_DAY } from '../model/time.ts';
import { formatNumber } from '../text/number.ts';
import type { TimeUnit } from '../model/types.ts';
import { processView, type ProcessView } from './process-view.ts';

/** The header row, exactly as written in CSV and DOCX. */
export const TABLE_HEADERS = [
  'Bước',
  'Tên bước',
  'Đơn vị/người thực hiện',
  'Nội dung công việc',
  'Thời hạn',
  'Biểu mẫu/kết quả',
] as const;
/** The first cell of the total row. */
export const TOTAL_LABEL = 'Tổng thời gian';

export interface StepTable {
  title: string;
  headers: string[];
  rows: string[][];
  total: string[];
}

/** A working time as written in a decision: `0,5 ngày`, `4 giờ` (Vietnamese decimal comma). */
export function formatWorkingTime(value: number, unit: TimeUnit): string {
  return `${formatNumber(value, 'vi', 3)} ${unit === 'hour' ? 'giờ' : 'ngày'}`;
}

/** The table of a process view. The total is the sum of the step times, in days (or hours when every step is in hours). */
export function toTable(view: ProcessView): StepTable {
  const rows = view.steps.map((s) => {
    const forms = [...s.facts.forms.map((f) => (f.code ? `${f.name} (${f.code})` : f.name)), ...s.facts.outputs].filter(
      Boolean,
    );
    return [
      // The decision's own step number when the variant came from a table (rows of one step share it).
      s.facts.number ?? String(s.order),
      s.name,
      s.role ?? '',
      s.facts.description ?? s.name,
      s.facts.duration !== undefined ? formatWorkingTime(s.facts.duration, s.facts.durationUnit ?? 'day') : '',
      forms.join('; '),
    ];
  });
  const timed = view.steps.filter((s) => s.hours !== undefined);
  const hours = timed.reduce((h, s) => h + (s.hours ?? 0), 0);
  const allHours = timed.length > 0 && timed.every((s) => s.facts.durationUnit === 'hour');
  const totalText = allHours
    ? formatWorkingTime(hours, 'hour')
    : formatWorkingTime(hours / HOURS_PER_WORKING_DAY, 'day');
  const p = view.procedure;
  const limit =
    p.timeLimit !== undefined
      ? `Thời hạn theo quy định: ${formatWorkingTime(p.timeLimit, p.timeUnit ?? 'day')} làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`
      : '';
  return {
    title: [p.code, p.name ?? String(view.process.get('name') ?? '')].filter(Boolean).join(' — '),
    headers: [...TABLE_HEADERS],
    rows,
    total: [TOTAL_LABEL, '', '', limit, totalText, ''],
  };
}

/** The step table of `xml`. */
export async function exportTable(xml: string): Promise<StepTable> {
  const { definitions } = await parseBpmn(xml);
  return toTable(processView(definitions));
}
