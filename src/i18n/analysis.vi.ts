/** Vietnamese text of the analysis panel and the side-panel tabs; merged into vi.ts under `analysis`. Keys match analysis.en.ts. */
export default {
  analysis: {
    tabs: { label: 'Bảng bên', properties: 'Thuộc tính', analysis: 'Phân tích', warnings: '{count} cảnh báo' },
    title: 'Phân tích thủ tục',
    updating: 'Đang cập nhật…',
    upToDate: 'Đã cập nhật theo sơ đồ',
    noDiagram: 'Chưa có sơ đồ để phân tích.',
    failed: 'Không phân tích được sơ đồ: {detail}',
    units: {
      workingDays: 'ngày làm việc', workingHours: 'giờ làm việc', vnd: 'đồng', vndPerHour: 'đồng/giờ', day: 'ngày',
      hour: 'giờ', dossierPerYear: 'hồ sơ/năm'
    },
    time: {
      heading: 'Thời gian giải quyết',
      criticalPath: 'Đường dài nhất',
      criticalPathHint: 'Mỗi điểm quyết định đi nhánh dài nhất; vòng bổ sung, trả lại tính theo số lần lặp kỳ vọng.',
      limit: 'Thời hạn theo quy định',
      noLimit: 'Chưa nhập thời hạn giải quyết của thủ tục (bỏ chọn phần tử để nhập ở tab Thuộc tính).',
      within: 'Trong thời hạn',
      over: 'Vượt thời hạn',
      overBy: 'Vượt {days} ngày làm việc',
      spare: 'Còn dư {days} ngày làm việc',
      unknown: 'Chưa đối chiếu được',
      expected: 'Thời gian kỳ vọng (trung bình mỗi hồ sơ)',
      nominal: 'Cộng theo bảng các bước (không lặp)',
      startsFrom: 'Tính từ: {text}',
      legalBases: 'Căn cứ pháp lý của thủ tục',
      noLegalBasis: 'Thủ tục chưa ghi căn cứ pháp lý.',
      loops: 'Vòng lặp tại “{name}”: tỷ lệ quay lại {share}, lặp thêm trung bình {repeats} lần'
    },
    figures: {
      heading: 'Số liệu chính',
      steps: 'Số bước xử lý',
      handoffs: 'Số lần chuyển giao giữa đơn vị',
      units: 'Số đơn vị, vai trò tham gia',
      inPersonVisits: 'Số lần người nộp phải đến trực tiếp',
      expectedVisits: 'kỳ vọng {count} lần/hồ sơ',
      documentsFromApplicant: 'Giấy tờ người nộp phải cung cấp',
      documentsFromDatabases: 'Giấy tờ khai thác từ cơ sở dữ liệu',
      unnamedDatabase: '(chưa ghi tên cơ sở dữ liệu)',
      forms: 'Biểu mẫu, tờ khai',
      fees: 'Phí, lệ phí, chi phí khác mỗi hồ sơ'
    },
    cost: {
      heading: 'Chi phí tuân thủ',
      basis: 'Điều 27 Thông tư 02/2017/TT-VPCP: chi phí thực hiện công việc + phí, lệ phí và chi phí khác; cả năm = mỗi hồ sơ × số hồ sơ mỗi năm.',
      perDossier: 'Mỗi hồ sơ',
      perYear: 'Mỗi năm',
      noYear: 'Chưa có số hồ sơ mỗi năm (nhập ở thông tin thủ tục).',
      breakdown: 'Cách tính ({method})',
      item: 'Khoản',
      formula: 'Công thức / căn cứ',
      value: 'Giá trị',
      chart: 'Cơ cấu chi phí mỗi hồ sơ (đồng)',
      workCost: 'Chi phí thực hiện công việc',
      fee: 'Phí',
      charge: 'Lệ phí',
      other: 'Chi phí khác',
      stepCost: 'Giờ của người dân: {name}'
    },
    options: {
      heading: 'Tùy chọn tính chi phí',
      method: 'Phương pháp',
      methods: {
        processingTime: 'Theo thời gian giải quyết (ngày × 8 giờ × thu nhập)',
        applicantHours: 'Theo số giờ của người nộp hồ sơ',
        activity: 'Theo công việc của người dân (Điều 27 Thông tư 02/2017)'
      },
      assumptions: 'Giả định của phương pháp theo công việc',
      assumption: { estimate: 'ước tính', file: 'theo thủ tục' },
      timeBasis: 'Số ngày đưa vào tính',
      timeBases: { criticalPath: 'Đường dài nhất', statutoryLimit: 'Thời hạn theo quy định' },
      hourlyIncome: 'Thu nhập bình quân (đồng/giờ)',
      incomeSource: 'Nguồn số liệu thu nhập',
      userSource: 'Do người dùng nhập',
      invalidIncome: 'Nhập một số không âm, ví dụ 40.000.',
      reset: 'Dùng giá trị mặc định',
      remembered: 'Các tùy chọn được ghi nhớ trên máy này.'
    },
    warnings: {
      heading: 'Cảnh báo ({count})',
      none: 'Không có cảnh báo.',
      select: 'Chọn trên sơ đồ: {name}',
      severity: { error: 'Lỗi', warning: 'Cảnh báo', hint: 'Gợi ý', info: 'Lưu ý' }
    },
    roles: {
      heading: 'Thời gian theo vai trò',
      basis: 'Cách cộng',
      bases: { critical: 'Trên đường dài nhất', expected: 'Kỳ vọng mỗi hồ sơ', stated: 'Tổng thời gian các bước' },
      noRole: '(chưa có vai trò)',
      empty: 'Chưa có bước nào có thời gian.',
      chart: 'Thời gian theo vai trò, ngày làm việc',
      barTitle: '{role}: {value} ngày làm việc — {steps} bước'
    },
    simulation: {
      heading: 'Mô phỏng nhiều hồ sơ',
      explain: 'Mỗi hồ sơ mô phỏng chọn nhánh theo tỷ lệ của điểm quyết định và thời gian mỗi bước trong khoảng nhanh nhất – chậm nhất. Cùng hạt giống cho cùng kết quả.',
      runs: 'Số hồ sơ mô phỏng',
      seed: 'Hạt giống ngẫu nhiên',
      run: 'Chạy mô phỏng',
      running: 'Đang mô phỏng…',
      invalidRuns: 'Nhập số nguyên từ 1 đến {max}.',
      result: '{runs} hồ sơ, hạt giống {seed}',
      mean: 'Trung bình',
      median: 'Trung vị',
      p90: '90% hồ sơ xong trong',
      range: 'Nhanh nhất – chậm nhất',
      stdDev: 'Độ lệch chuẩn',
      within: 'Tỷ lệ hồ sơ trong thời hạn',
      expectedCost: 'Chi phí kỳ vọng mỗi hồ sơ',
      analytic: 'Kỳ vọng theo phân tích',
      capped: '{count} lần chạy dừng vòng lặp sau 1.000 lượt.',
      outdated: 'Sơ đồ hoặc tùy chọn đã thay đổi sau lần mô phỏng này; hãy chạy lại.',
      failed: 'Mô phỏng không chạy được: {detail}',
      histogram: 'Phân bố thời gian giải quyết của {runs} hồ sơ mô phỏng',
      bin: 'Từ {from} đến {to} ngày làm việc: {count} hồ sơ ({share})',
      limitMarker: 'Thời hạn {days} ngày',
      axis: 'ngày làm việc'
    }
  }
};
