/** Vietnamese text of the guided start (new procedure chooser and step form); merged into vi.ts. Keys match guided.en.ts. */
export default {
  guided: {
    chooserTitle: 'Tạo thủ tục mới',
    chooserIntro: 'Chọn cách bắt đầu. Cách nào cũng tạo sơ đồ BPMN thông thường kèm thông tin nghiệp vụ TTHC.',
    fromForm: 'Điền các bước theo biểu mẫu', fromFormHint: 'Không cần biết BPMN: nhập tên thủ tục rồi từng bước, sơ đồ được vẽ tự động.',
    fromTable: 'Từ bảng quy trình nội bộ', fromTableHint: 'Tệp CSV, Excel hoặc Word có bảng các bước (quy trình nội bộ đã ban hành).',
    fromTemplate: 'Từ mẫu quy trình một cửa', fromTemplateHint: 'Sáu làn vai trò, kiểm tra hồ sơ, yêu cầu bổ sung, phê duyệt, trả kết quả.',
    editOpen: 'Sửa bước bằng biểu mẫu', editOpenTitle: 'Mở các bước của sơ đồ này trong biểu mẫu để thêm hoặc sửa bước',
    formTitleNew: 'Thủ tục mới theo biểu mẫu', formTitleEdit: 'Các bước của thủ tục',
    close: 'Đóng', cancel: 'Hủy', build: 'Tạo sơ đồ', rebuild: 'Vẽ lại sơ đồ',
    procedure: 'Thông tin thủ tục', name: 'Tên thủ tục', code: 'Mã TTHC', level: 'Cấp thực hiện', noLevel: '(chưa chọn)',
    agency: 'Cơ quan thực hiện', timeLimit: 'Thời hạn giải quyết (ngày làm việc)', timeLimitHint: 'Để trống nếu chưa rõ',
    steps: 'Các bước', step: 'Bước {n}', stepName: 'Tên bước', performer: 'Người / bộ phận thực hiện', duration: 'Thời gian',
    unit: 'Đơn vị', forms: 'Biểu mẫu (mỗi dòng một mẫu)', outputs: 'Kết quả của bước (mỗi dòng một kết quả)',
    inPerson: 'Người nộp phải đến trực tiếp ở bước này',
    documents: 'Giấy tờ của bước', document: 'Giấy tờ {d}', documentName: 'Tên giấy tờ', source: 'Lấy từ',
    platform: 'Kết nối qua', database: 'Cơ sở dữ liệu', addDocument: 'Thêm giấy tờ', removeDocument: 'Xóa giấy tờ {d}',
    addStep: 'Thêm bước', addStepAfter: 'Thêm bước sau bước {n}', removeStep: 'Xóa bước {n}', moveUp: 'Chuyển bước {n} lên',
    moveDown: 'Chuyển bước {n} xuống', cannotRemove: 'Bước này có nhánh rẽ trên sơ đồ: hãy xóa trong trình soạn thảo.',
    kept: 'Sự kiện, điểm quyết định, vòng bổ sung và mọi thông tin khác của sơ đồ được giữ nguyên; bước mới được nối ngay sau bước ở trên nó. Bố cục được vẽ lại; bản trước vẫn còn trong lịch sử của thư viện.',
    unsupported: 'Sơ đồ này có phần tử biểu mẫu không vẽ lại được ({ids}); hãy sửa trực tiếp trong trình soạn thảo.',
    problems: 'Cần bổ sung trước khi tạo sơ đồ', built: 'Đã tạo sơ đồ “{name}” với {steps} bước.',
    failed: 'Không tạo được sơ đồ: {detail}'
  }
};
