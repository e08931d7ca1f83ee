/** Vietnamese texts of the OpenCPS package export (export menu) and import (library). */
export default {
  opencps: {
    export: 'Xuất gói OpenCPS',
    exportTitle: 'Gói nhập cho hệ thống một cửa điện tử OpenCPS: mọi phương án của thủ tục đang mở',
    exported: 'Đã tải xuống {file} ({count} phương án).',
    report: 'Gói không mang được, hoặc phải giả định:',
    refused: '{name}: chưa xuất, {count} lỗi.',
    import: 'Nhập gói OpenCPS',
    importTitle: 'Đọc gói nhập của OpenCPS (.zip) thành thủ tục, mỗi quy trình dịch vụ một phương án',
    importing: 'Đang nhập gói OpenCPS…',
    imported: 'Đã nhập {procedures} thủ tục, {variants} phương án từ {file}.',
    failed: 'Không nhập được {file}: {reason}',
  },
};
