/**
 * National dossier status codes used to synchronise with the National Public Service Portal
 * (docs/sources.md; source: code lists of one-stop software [TD-DVC HoSoEventUtils.cs; SYNC], not a legal text).
 */
export interface DossierStatus {
  code: number;
  vi: string;
  en: string;
}

export const DOSSIER_STATUS_SOURCE =
  'Danh mục trạng thái hồ sơ đồng bộ Cổng DVC quốc gia (TD-DVC HoSoEventUtils.cs; SYNC)';

export const DOSSIER_STATUSES: readonly DossierStatus[] = [
  { code: 1, vi: 'Mới đăng ký', en: 'Submitted' },
  { code: 2, vi: 'Được tiếp nhận', en: 'Accepted' },
  { code: 3, vi: 'Không được tiếp nhận', en: 'Refused' },
  { code: 4, vi: 'Đang xử lý', en: 'In process' },
  { code: 5, vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  { code: 6, vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment requested' },
  { code: 7, vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by applicant' },
  { code: 8, vi: 'Dừng xử lý', en: 'Stopped' },
  { code: 9, vi: 'Đã xử lý xong', en: 'Processed' },
  { code: 10, vi: 'Đã trả kết quả', en: 'Result returned' },
];
