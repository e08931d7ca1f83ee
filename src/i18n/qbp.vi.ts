/** Tiếng Việt cho kịch bản mô phỏng BIMP / Prosimos (phần mở rộng QBP); gộp vào vi.ts dưới khóa `qbp`. Khóa khớp với qbp.en.ts. */
export default {
  qbp: {
    heading: 'Kịch bản cho BIMP / Prosimos',
    explain:
      'Tệp xuất ra là sơ đồ này kèm kịch bản mô phỏng theo định dạng của BIMP, Simod và Prosimos: số cán bộ mỗi làn, giờ làm việc, thời gian các bước, tỷ lệ các nhánh và số hồ sơ đến.',
    export: 'Xuất kịch bản cho BIMP/Prosimos',
    exportTitle: 'Tải xuống sơ đồ kèm kịch bản mô phỏng để chạy trong BIMP, Simod hoặc Prosimos',
    exported:
      'Đã xuất {file}: {resources} nguồn lực (số cán bộ mỗi làn), thời gian của {steps} bước, tỷ lệ của {flows} nhánh.',
    exportFailed: 'Không xuất được kịch bản: {detail}',
    found: 'Tệp này có kịch bản mô phỏng BIMP:',
    resource: '{name}: {officers} cán bộ',
    resourceHours: '{name}: {officers} cán bộ, {hours} giờ mỗi ngày',
    unlimited: '{name}: {officers} cán bộ (coi như không giới hạn)',
    noLane: '{name}: {officers} cán bộ (không có làn nào cùng tên, không dùng)',
    arrivals: 'Hồ sơ đến: {perYear} hồ sơ mỗi năm (tính từ khoảng cách trung bình giữa hai hồ sơ đến)',
    noArrivals: 'Hồ sơ đến: kịch bản không ghi',
    would:
      'Dùng kịch bản này sẽ ghi số cán bộ của {roles} vai trò, thời gian của {steps} bước và tỷ lệ của {outcomes} nhánh vào sơ đồ.',
    skipped: 'Không lấy được thời gian của {count} bước (dạng phân phối chưa hỗ trợ hoặc số liệu không hợp lệ).',
    stated: 'Các làn trong sơ đồ đã ghi số cán bộ: phần mô phỏng đang dùng số liệu của sơ đồ.',
    notStated: 'Chưa làn nào trong sơ đồ ghi số cán bộ.',
    use: 'Dùng kịch bản BIMP',
    useTitle: 'Ghi số cán bộ, thời gian, tỷ lệ nhánh và số hồ sơ đến của kịch bản BIMP vào sơ đồ (hoàn tác được)',
    applied:
      'Đã dùng kịch bản BIMP: số cán bộ của {roles} vai trò, thời gian của {steps} bước, tỷ lệ của {outcomes} nhánh{arrivals}. Bấm Hoàn tác (Ctrl+Z) để trả lại như cũ.',
    appliedArrivals: ', {perYear} hồ sơ mỗi năm',
    nothing: 'Kịch bản BIMP không có gì khớp với sơ đồ này (tên làn, mã bước, mã luồng): sơ đồ không thay đổi.',
  },
};
