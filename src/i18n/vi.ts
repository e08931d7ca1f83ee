/** Vietnamese UI text (the default language). Keep keys in step with en.ts; a test checks they match. */
import coreLabels from '../core/text/labels.vi.ts';
import analysisVi from './analysis.vi.ts';
import tableImportVi from './tableImport.vi.ts';
import compareVi from './compare.vi.ts';
import exportVi from './export.vi.ts';
import opencpsVi from './opencps.vi.ts';
import openingVi from './opening.vi.ts';
import canvasVi from './canvas.vi.ts';
import guidedVi from './guided.vi.ts';
import reformVi from './reform.vi.ts';
import queueVi from './queue.vi.ts';

export default {
  ...analysisVi,
  ...tableImportVi,
  ...compareVi,
  ...exportVi,
  ...opencpsVi,
  ...openingVi,
  ...canvasVi,
  ...guidedVi,
  ...reformVi,
  ...queueVi,
  app: { title: 'TTHC Studio', tagline: 'Mô hình hóa và đơn giản hóa thủ tục hành chính' },
  nav: { editor: 'Soạn thảo quy trình', library: 'Thư viện', workspace: 'Bàn làm việc' },
  toolbar: {
    new: 'Quy trình mới', newTitle: 'Tạo quy trình mới từ mẫu TTHC (làn vai trò, kiểm tra hồ sơ, yêu cầu bổ sung…)',
    open: 'Mở tệp…', openTitle: 'Mở tệp .bpmn hoặc .xml (hoặc kéo thả tệp vào sơ đồ)',
    save: 'Lưu .bpmn', saveTitle: 'Tải xuống sơ đồ dưới dạng tệp BPMN 2.0 (Ctrl+S)',
    svg: 'Xuất SVG', png: 'Xuất PNG', undo: 'Hoàn tác', redo: 'Làm lại',
    undoTitle: 'Hoàn tác (Ctrl+Z)', redoTitle: 'Làm lại (Ctrl+Y)', language: 'Ngôn ngữ',
    unsaved: 'Có thay đổi chưa lưu', saved: 'Đã lưu',
    saveStates: { none: 'Chưa có trong thư viện', saved: 'Đã lưu vào thư viện', unsaved: 'Chưa lưu…', saving: 'Đang lưu…', error: 'Chưa lưu được — hãy tải tệp xuống' }
  },
  drop: 'Thả tệp BPMN vào đây để mở',
  alert: {
    close: 'Đóng', openFailed: 'Không mở được tệp “{file}”.', warnings: 'Đã mở “{file}” với {count} cảnh báo: {first}',
    saveFailed: 'Không lưu được sơ đồ: {detail}', exportFailed: 'Không xuất được hình ảnh: {detail}',
    readFailed: 'Không đọc được tệp: {detail}', tooMany: 'Chỉ mở được một tệp mỗi lần; đã mở “{file}”.',
    confirmDiscard: 'Sơ đồ hiện tại có thay đổi chưa lưu. Bỏ các thay đổi đó?',
    conflict: 'Một thẻ khác vừa lưu phương án này. Để không mất gì, phiên bản của bạn được giữ thành phương án mới “{name}”.',
    storageFailed: 'Chưa lưu được vào thư viện: {detail}'
  },
  panel: {
    title: 'Thuộc tính', procedure: 'Thủ tục hành chính', step: 'Bước xử lý', dossier: 'Thành phần hồ sơ',
    decision: 'Điểm quyết định', outcome: 'Kết quả quyết định', element: 'Phần tử', none: 'Chọn một phần tử trên sơ đồ để xem và sửa thuộc tính.',
    noFacts: 'Phần tử này không mang thông tin nghiệp vụ TTHC.',
    name: 'Tên', id: 'Mã phần tử', type: 'Loại',
    statusInLibrary: 'Trạng thái do thư viện quản lý: dùng nút Phê duyệt trong thư viện.', invalidNumber: 'Nhập một số không âm, ví dụ 0,5 hoặc 2.', add: 'Thêm', remove: 'Xóa', yes: 'Có', no: 'Không', empty: '—', source: 'Nguồn'
  },
  procedure: {
    code: 'Mã TTHC', codeHint: 'Ví dụ 1.012644 hoặc 1.000948.H38', name: 'Tên thủ tục', field: 'Lĩnh vực', level: 'Cấp thực hiện',
    levels: coreLabels.level,
    agency: 'Cơ quan thực hiện', applicants: 'Đối tượng thực hiện', channels: 'Cách thức thực hiện',
    channelNames: coreLabels.channel,
    timeLimit: 'Thời hạn giải quyết', timeStartsFrom: 'Tính từ', timeStartsFromHint: 'ngày nhận đủ hồ sơ hợp lệ',
    onlineLevel: 'Mức độ dịch vụ công trực tuyến', onlineLevels: coreLabels.onlineLevel,
    onlineLevelSource: 'Điều 11 Nghị định 42/2022/NĐ-CP',
    result: 'Kết quả thực hiện', dossiersPerYear: 'Số hồ sơ mỗi năm', assumptionHint: 'Giả định của phương pháp chi phí theo công việc; để trống thì dùng ước tính mặc định (ghi trong ô).', boundaryFree: 'Không phụ thuộc địa giới hành chính',
    publicationDecision: 'Quyết định công bố', variantName: 'Tên phương án', variantStatus: 'Trạng thái phương án',
    variantStatuses: coreLabels.variantStatus,
    fees: 'Phí, lệ phí', feeKind: 'Loại', feeKinds: coreLabels.feeKind,
    amountVnd: 'Số tiền (đồng)', description: 'Mô tả',
    legalBases: 'Căn cứ pháp lý', document: 'Văn bản', article: 'Điều, khoản', date: 'Ngày ban hành', docTitle: 'Trích yếu',
    forms: 'Biểu mẫu', formName: 'Tên mẫu', formCode: 'Ký hiệu', formBasis: 'Căn cứ'
  },
  step: {
    duration: 'Thời gian xử lý', unit: 'Đơn vị', units: { day: 'ngày làm việc', hour: 'giờ làm việc' },
    hoursNote: '1 ngày làm việc = 8 giờ', minDuration: 'Nhanh nhất', maxDuration: 'Chậm nhất',
    role: 'Vai trò / đơn vị thực hiện', roleFromLane: 'Theo làn: {lane}', channel: 'Kênh', anyChannel: '(không chỉ định)',
    dossierStatus: 'Trạng thái hồ sơ sau bước', statusSource: 'Mã trạng thái đồng bộ Cổng DVC quốc gia (phần mềm một cửa), không phải văn bản pháp luật',
    maySendBack: 'Được chuyển trả bước trước', inPersonVisit: 'Người nộp phải đến trực tiếp',
    applicantHours: 'Giờ công của người nộp', description: 'Nội dung công việc', forms: 'Biểu mẫu', outputs: 'Kết quả bước',
    outputName: 'Kết quả'
  },
  dossier: {
    name: 'Tên giấy tờ', copyType: 'Hình thức', copyTypes: coreLabels.copyType,
    quantity: 'Số lượng', source: 'Nguồn dữ liệu', sources: coreLabels.dataSource,
    database: 'Cơ sở dữ liệu', platform: 'Kết nối qua', onceOnly: 'Nguyên tắc chỉ cung cấp một lần: Nghị quyết 66.7/2025/NQ-CP; QĐ 942/QĐ-TTg'
  },
  decision: { variable: 'Biến quyết định', question: 'Câu hỏi', value: 'Giá trị kết quả', share: 'Tỷ lệ hồ sơ (%)' },
  library: {
    title: 'Thư viện thủ tục', new: 'Thủ tục mới', import: 'Nhập tệp…', exportAll: 'Xuất gói toàn bộ',
    exportSelection: 'Xuất {count} thủ tục đã chọn', reloadSamples: 'Nạp lại thủ tục mẫu',
    searchPlaceholder: 'Tìm theo mã hoặc tên (gõ có dấu hay không dấu đều được)', all: 'tất cả', updated: 'Cập nhật',
    open: 'Mở', createOption: 'Tạo phương án đơn giản hóa', approve: 'Phê duyệt', history: 'Lịch sử', delete: 'Xóa',
    deleteProcedure: 'Xóa thủ tục', lastVariant: 'Không thể xóa phương án duy nhất; hãy xóa cả thủ tục.',
    optionName: 'Tên phương án', optionDescription: 'Mô tả (đơn giản hóa gì, căn cứ nào)', optionDefaultName: 'Phương án {n}',
    create: 'Tạo', cancel: 'Hủy', restore: 'Khôi phục', noHistory: 'Chưa có phiên bản cũ.',
    optionCreated: 'Đã tạo phương án “{name}” (giữ nguyên mã phần tử để so sánh).',
    confirmDeleteVariant: 'Xóa phương án “{name}” cùng lịch sử của nó?', confirmDeleteProcedure: 'Xóa thủ tục “{name}” và mọi phương án?',
    confirmRestore: 'Khôi phục phiên bản này? Bản hiện tại sẽ được giữ trong lịch sử.',
    imported: 'Đã nhập {count} thủ tục.', importing: 'Đang nhập tệp', importProgress: 'Đã xử lý {done}/{total} tệp',
    samplesReloaded: 'Thủ tục mẫu: thêm {added}, cập nhật {updated}, giữ nguyên {kept} bản bạn đã sửa.',
    noResults: 'Không có thủ tục nào khớp.', showMore: 'Đang hiện {shown}/{total} — hiện thêm'
  },
  lang: { vi: 'Tiếng Việt', en: 'English' }
};
