/** Vietnamese text of the library's figures and reform dashboard; merged into vi.ts. Keys match reform.en.ts. */
export default {
  reform: {
    select: 'Chọn', dashboard: 'Bảng tổng hợp cải cách', dashboardTitle: 'Tổng hợp kết quả rà soát, đơn giản hóa theo lĩnh vực, cơ quan, cấp',
    groupBy: 'Nhóm theo', groupBys: { field: 'Lĩnh vực', agency: 'Cơ quan thực hiện', level: 'Cấp thực hiện' },
    unset: '(chưa ghi)', whole: 'Toàn thư viện', group: 'Nhóm',
    procedures: 'Số thủ tục', reviewed: 'Đã có phương án', optionsProposed: 'Phương án đề xuất', optionsApproved: 'Phương án đã phê duyệt',
    daysSaved: 'Ngày làm việc cắt giảm (thời hạn giải quyết)', costSaved: 'Chi phí tuân thủ cắt giảm mỗi năm (đồng)',
    documentsFromData: 'Giấy tờ chuyển sang khai thác dữ liệu', visitsRemoved: 'Số lần phải đến trực tiếp bớt đi',
    met: 'Đạt', notMet: 'Chưa đạt', noData: 'Chưa đủ số liệu',
    targetLine: '{label}: giảm {rate} — {status}; {meeting}/{measured} thủ tục đạt riêng',
    unverified: 'mục tiêu theo báo chí, chưa đối chiếu văn bản',
    chartTitle: 'Tỷ lệ cắt giảm thời hạn giải quyết theo {group} (vạch: mục tiêu {min})',
    chartCostTitle: 'Tỷ lệ cắt giảm chi phí tuân thủ mỗi năm theo {group} (vạch: mục tiêu {min})',
    barTitle: '{group}: giảm {rate} ({saved}/{before})',
    how: 'Cách tính: với mỗi thủ tục, so phương án hiện hành với phương án đã phê duyệt (nếu chưa có: phương án đề xuất giảm nhiều ngày nhất); số ngày, chi phí, giấy tờ, lần đến là tổng các chênh lệch; tỷ lệ của nhóm = tổng phần giảm / tổng trước khi giảm. Số liệu từ phân tích của từng phương án (chi phí theo Thông tư 02/2017/TT-VPCP, Điều 27; chỉ tính khi có số hồ sơ mỗi năm).',
    source: 'Nguồn: {source}',
    // the targets' sources (compare/targets.ts) in Vietnamese; other targets show their own source text
    targetSources: {
      'nq66-time': 'Nghị quyết 66/NQ-CP (26/3/2025), theo trích dẫn tại Chỉ thị 012/CT-UBND tỉnh Đắk Lắk (26/11/2025) và QĐ 2843/QĐ-UBND TP.HCM (20/11/2025)',
      'nq66-cost': 'Nghị quyết 66/NQ-CP (26/3/2025) theo dantri.com.vn (16/2/2026); chưa đối chiếu được với văn bản'
    },
    analysing: 'Đang phân tích các phương án chưa có số liệu…',
    columns: { variants: 'Phương án', longestPath: 'Đường dài nhất', limit: 'Thời hạn', costPerYear: 'Chi phí/năm (đ)', best: 'Phương án tốt nhất giảm' },
    statusCount: { current: '{n} hiện hành', proposed: '{n} đề xuất', approved: '{n} đã duyệt' },
    days: '{n} ngày', none: '—',
    best: '{name}: −{days} ngày ({rate})', bestNoLimit: '{name}: chưa có thời hạn để so',
    bestTitle: '{name} so với hiện hành: thời hạn −{days} ngày, đường dài nhất −{path} ngày, chi phí/năm −{cost} đ, bớt {visits} lần đến, thêm {docs} giấy tờ từ dữ liệu'
  }
};
