/** Vietnamese text of the process-table import dialog; merged into vi.ts under `tableImport`. Keys match tableImport.en.ts. */
export default {
  tableImport: {
    open: 'Nhập bảng quy trình',
    openTitle: 'Tạo thủ tục từ bảng quy trình nội bộ đã phê duyệt (CSV, XLSX hoặc DOCX của quyết định)',
    title: 'Nhập bảng quy trình nội bộ',
    file: 'Tệp bảng (.csv, .xlsx, .docx)',
    name: 'Tên thủ tục',
    code: 'Mã TTHC',
    format: 'Mẫu bảng nhận ra',
    formats: { hanoi: 'Tên bước | Đơn vị/người thực hiện | … (như QĐ 1594 Hà Nội)', vinhlong: 'STT (Bước) | Nội dung công việc | Phân công nhiệm vụ | … (như QĐ 2682 Vĩnh Long)', studio: 'Bảng xuất từ TTHC Studio', custom: 'Tiêu đề khác — kiểm tra phần ghép cột' },
    headerRow: 'Dòng tiêu đề: hàng {row}',
    mapping: 'Ghép cột',
    ignore: '(bỏ qua)',
    fields: { step: 'Bước (STT)', name: 'Tên bước', performer: 'Đơn vị/người thực hiện', content: 'Nội dung công việc', time: 'Thời hạn', forms: 'Biểu mẫu/kết quả' },
    preview: 'Xem trước: {steps} bước, {lanes} làn',
    columns: { row: 'Hàng', step: 'Bước', name: 'Tên bước', performer: 'Người thực hiện', time: 'Thời hạn', forms: 'Biểu mẫu/kết quả', branches: 'Rẽ nhánh' },
    branches: { supplement: 'yêu cầu bổ sung', refusal: 'từ chối', sendBack: 'chuyển lại bước {n}' },
    performerGuess: 'Đoán từ đầu câu của bước — sửa nếu chưa đúng',
    performerConfirmed: 'Đã sửa',
    sum: 'Cộng các bước: {sum} ngày làm việc',
    total: 'Bảng ghi tổng: {total}',
    problems: 'Cần xem lại',
    import: 'Nhập thành thủ tục mới',
    cancel: 'Hủy',
    reading: 'Đang đọc tệp…',
    imported: 'Đã nhập “{name}” ({steps} bước) vào thư viện.'
  }
};
