/** The text of each opening notice in Vietnamese and English; shared by the app and the CLI. */
import type { MessageLocale } from '../problem-messages.ts';
import type { NoticeElement, OpenNotice } from './notices.ts';

const ELEMENTS: Record<NoticeElement, Record<MessageLocale, string>> = {
  definitions: { vi: 'phần định nghĩa của tệp', en: 'file definitions' },
  process: { vi: 'quy trình', en: 'process' },
  collaboration: { vi: 'sơ đồ cộng tác', en: 'collaboration' },
  participant: { vi: 'bể (đơn vị tham gia)', en: 'pool' },
  laneSet: { vi: 'nhóm làn', en: 'lane set' },
  lane: { vi: 'làn', en: 'lane' },
  task: { vi: 'bước xử lý', en: 'task' },
  event: { vi: 'sự kiện', en: 'event' },
  gateway: { vi: 'điểm rẽ nhánh', en: 'gateway' },
  subProcess: { vi: 'quy trình con', en: 'sub-process' },
  sequenceFlow: { vi: 'luồng xử lý', en: 'sequence flow' },
  messageFlow: { vi: 'luồng thông điệp', en: 'message flow' },
  data: { vi: 'dữ liệu, hồ sơ', en: 'data element' },
  diagram: { vi: 'sơ đồ', en: 'diagram' },
  element: { vi: 'phần tử', en: 'element' },
};

const TEXT: Record<OpenNotice['code'], Record<MessageLocale, string>> = {
  idRenamed: {
    vi: 'Mã “{id}” bị dùng hai lần: {element} thứ hai được đổi mã thành “{newId}”, các tham chiếu vẫn trỏ đúng phần tử như trong tệp.',
    en: 'The id “{id}” was used twice: the second {element} is now “{newId}”; references still point at the element the file meant.',
  },
  planeRepointed: {
    vi: 'Sơ đồ “{diagram}” trỏ tới {from} thay vì một quy trình: đã trỏ lại tới “{to}”, phần mà sơ đồ vẽ.',
    en: 'Diagram “{diagram}” pointed at {from} instead of a process: it now points at “{to}”, which it draws.',
  },
  diDropped: {
    vi: 'Đã bỏ {count} hình vẽ hoặc đường nối không trỏ tới phần tử nào có trong tệp: {refs}.',
    en: 'Removed {count} diagram shape(s) or line(s) that point at no element of the file: {refs}.',
  },
  layoutGenerated: {
    vi: '“{scope}” {reason}: bố cục được tạo tự động cho {elements} phần tử. Lưu tệp sẽ ghi bố cục này; nội dung quy trình không đổi.',
    en: '“{scope}” {reason}: a layout was generated for {elements} element(s). Saving writes this layout; the process itself is unchanged.',
  },
  nothingToDraw: {
    vi: 'Tệp không có bước, sự kiện hay bể nào để vẽ: sơ đồ để trống.',
    en: 'The file holds no task, event or pool to draw: the diagram is empty.',
  },
  nothingDrawn: {
    vi: 'Sơ đồ trong tệp không vẽ được phần tử nào, dù tệp có nội dung quy trình.',
    en: "The file's diagram draws none of its elements, although the file holds a process.",
  },
  drawWarnings: {
    vi: 'Có {count} chỗ không vẽ được (ví dụ: {first}).',
    en: '{count} part(s) could not be drawn (first: {first}).',
  },
};

const REASONS: Record<'noDiagram' | 'partial', Record<MessageLocale, string>> = {
  noDiagram: { vi: 'không có sơ đồ trong tệp', en: 'had no diagram in the file' },
  partial: {
    vi: 'chỉ có sơ đồ cho một phần ({missing} phần tử thiếu hình)',
    en: 'had a diagram for only part of it ({missing} element(s) without a shape)',
  },
};

/** The sentence for `notice` in `locale`; parameters are inserted as plain text. */
export function describeNotice(notice: OpenNotice, locale: MessageLocale): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(notice))
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  if (notice.code === 'idRenamed') params.element = ELEMENTS[notice.element][locale];
  if (notice.code === 'planeRepointed')
    params.from = notice.from ? `“${notice.from}”` : locale === 'vi' ? 'không phần tử nào' : 'nothing';
  if (notice.code === 'diDropped')
    params.refs = notice.refs.slice(0, 5).join(', ') + (notice.refs.length > 5 ? ', …' : '');
  if (notice.code === 'layoutGenerated') params.reason = fill(REASONS[notice.reason][locale], params);
  return fill(TEXT[notice.code][locale], params);
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
