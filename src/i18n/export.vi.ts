/** Vietnamese texts of validation (Problems tab) and export for one-stop software. */
export default {
  exportUi: {
    tab: 'Kiểm tra',
    problemsTitle: 'Kiểm tra trước khi xuất',
    checking: 'Đang kiểm tra…',
    none: 'Không có vấn đề: có thể xuất cho phần mềm một cửa.',
    summary: '{errors} lỗi, {warnings} cảnh báo, {hints} gợi ý còn thiếu thông tin',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    hint: 'Gợi ý',
    hintsTitle: '{count} thông tin còn thiếu (chưa chặn việc vẽ; cần bổ sung trước khi xuất)',
    select: 'Chọn phần tử này trên sơ đồ',
    menu: 'Xuất cho một cửa',
    menuTitle: 'Xuất phương án cho phần mềm một cửa: BPMN thực thi, JSON, bảng quy trình, gói triển khai',
    download: 'Tải xuống',
    exporting: 'Đang xuất…',
    refused: 'Chưa xuất: mô hình có {count} lỗi. Hãy sửa các lỗi sau (xem thêm thẻ Kiểm tra):',
    failed: 'Không xuất được: {detail}',
    done: 'Đã tải xuống {file}',
    targets: {
      'bpmn-engine': 'BPMN thực thi cho bpmn-engine (điều kiện JavaScript)', camunda8: 'Camunda 8 (Zeebe)', camunda7: 'Camunda 7', flowable: 'Flowable',
      json: 'Mô tả quy trình JSON', table: 'Bảng quy trình nội bộ (CSV + DOCX)', bundle: 'Gói triển khai (.zip)'
    }
  }
};
