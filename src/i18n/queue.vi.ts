/** Vietnamese text of the queue what-if panel and the capacity fields; merged into vi.ts under `queue`. Keys match queue.en.ts. */
export default {
  queue: {
    heading: 'Giả định nhân sự và hàng đợi',
    explain: 'Hồ sơ đến rải theo thời gian làm việc; mỗi bước chờ đến khi có cán bộ của vai trò đó rảnh (đến trước làm trước). Chạy {years} năm mô phỏng, hạt giống {seed}; {warmUp} ngày làm việc đầu mỗi năm là giai đoạn khởi động, không tính.',
    dossiersPerYear: 'Số hồ sơ mỗi năm',
    fromFile: 'theo tệp: {value}',
    staffing: 'Phương án nhân sự {name}',
    role: 'Vai trò',
    officers: 'Số cán bộ ({name})',
    unlimited: 'Không giới hạn',
    noRoles: 'Chưa có bước nào thuộc một làn (vai trò): hãy đặt các bước vào làn.',
    invalid: 'Nhập số nguyên từ 1 đến {max}.',
    running: 'Đang mô phỏng…',
    failed: 'Không mô phỏng được: {detail}',
    problems: {
      noArrivals: 'Cần số hồ sơ mỗi năm để mô phỏng hàng đợi.',
      warmUpTooLong: 'Giai đoạn khởi động dài bằng cả năm.',
      tooManyDossiers: 'Số hồ sơ quá lớn để mô phỏng trong trình duyệt.'
    },
    basis: '{name}: số liệu dựa trên {dossiers} hồ sơ đến trong {days} ngày làm việc.',
    figures: 'Kết quả',
    mean: 'Thời gian giải quyết trung bình',
    p90: '90% hồ sơ xong trong',
    within: 'Tỷ lệ đúng hạn',
    open: 'Còn dở dang khi hết năm',
    withoutWaiting: 'Trung bình nếu không phải chờ',
    bottleneck: 'Điểm nghẽn ({name}): “{step}” — {role}, chờ trung bình {days} ngày làm việc mỗi hồ sơ.',
    noBottleneck: 'Phương án {name}: không bước nào khiến hồ sơ phải chờ.',
    distribution: 'Phân bố thời gian giải quyết — phương án {name}',
    utilisation: 'Mức sử dụng cán bộ theo vai trò',
    utilisationBar: '{role} — phương án {name}: {officers} cán bộ, sử dụng {share}',
    waiting: 'Thời gian chờ theo bước (ngày làm việc mỗi hồ sơ)',
    waitingBar: '{step} — phương án {name}: chờ {days} ngày làm việc mỗi hồ sơ',
    compareWith: 'So sánh với phương án khác (cùng tải, nhân sự A)',
    compareNone: 'Không so sánh',
    notLimited: 'không giới hạn',
    profileInvalid: 'Không đọc được phân bổ hồ sơ theo tháng (cần mười hai số): hồ sơ được rải đều.',
    fields: {
      role: 'Vai trò (làn)',
      officers: 'Số cán bộ thực hiện',
      officersHint: 'Để trống: không giới hạn (không phải chờ).',
      hoursPerDay: 'Số giờ mỗi ngày làm các bước này',
      hoursPerDayHint: 'Mặc định 8 giờ (cả ngày làm việc).',
      distribution: 'Phân bố thời gian (mô phỏng)',
      distributions: { triangular: 'Tam giác (nhanh nhất – thường – chậm nhất)', fixed: 'Cố định', exponential: 'Mũ (thời gian là trung bình)', lognormal: 'Log-chuẩn (thời gian là trung bình)' },
      arrivalProfile: 'Phân bổ hồ sơ theo tháng',
      arrivalProfileHint: 'Mười hai số (tháng 1 đến tháng 12), ví dụ 8 5 8 8 8 9 9 10 9 9 8 9; để trống: rải đều theo ngày làm việc.'
    }
  }
};
