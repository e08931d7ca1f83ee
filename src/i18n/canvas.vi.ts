/** Vietnamese text of the canvas controls, the shortcut help, the panels and the app update prompt; merged into vi.ts. Keys match canvas.en.ts. */
export default {
  canvas: {
    controls: 'Điều khiển khung vẽ',
    zoomIn: 'Phóng to (Ctrl +)', zoomOut: 'Thu nhỏ (Ctrl −)', fit: 'Vừa khung vẽ', zoomLevel: 'Mức thu phóng: {percent}%',
    minimapOpen: 'Mở bản đồ thu nhỏ', minimapClose: 'Đóng bản đồ thu nhỏ', help: 'Phím tắt (?)',
    label: 'Sơ đồ quy trình', legend: 'Chú giải màu'
  },
  panels: {
    hideLibrary: 'Ẩn thư viện', showLibrary: 'Hiện thư viện', hideSide: 'Ẩn bảng thuộc tính', showSide: 'Hiện bảng thuộc tính'
  },
  shortcuts: {
    title: 'Phím tắt', close: 'Đóng', intro: 'Các phím tắt dùng khi khung vẽ đang được chọn (bấm vào khung vẽ trước).',
    keyHeader: 'Phím', actionHeader: 'Tác dụng',
    groups: { file: 'Tệp và lịch sử', view: 'Xem sơ đồ', edit: 'Chỉnh sửa', tools: 'Công cụ' },
    items: {
      save: 'Tải tệp .bpmn về máy', undo: 'Hoàn tác', redo: 'Làm lại', help: 'Mở bảng phím tắt này',
      zoomIn: 'Phóng to', zoomOut: 'Thu nhỏ', zoomReset: 'Về cỡ thật (100%)', scrollZoom: 'Thu phóng bằng con lăn chuột',
      pan: 'Cuộn sơ đồ', panFast: 'Cuộn sơ đồ nhanh hơn',
      move: 'Di chuyển phần tử đã chọn', selectAll: 'Chọn tất cả', search: 'Tìm phần tử trong sơ đồ', remove: 'Xóa phần tử đã chọn',
      copy: 'Sao chép', paste: 'Dán', editLabel: 'Sửa tên phần tử đã chọn', replace: 'Đổi loại phần tử đã chọn',
      hand: 'Công cụ bàn tay (kéo sơ đồ)', lasso: 'Công cụ khoanh vùng chọn', space: 'Công cụ thêm/bớt khoảng trống', connect: 'Công cụ nối phần tử',
      escape: 'Hủy thao tác đang làm'
    },
    keys: { ctrl: 'Ctrl', shift: 'Shift', arrows: 'Phím mũi tên', wheel: 'Ctrl + con lăn chuột', del: 'Delete', esc: 'Esc' }
  },
  pwa: {
    updateReady: 'Đã có phiên bản mới của TTHC Studio.', reload: 'Tải lại để dùng', later: 'Để sau',
    offlineReady: 'TTHC Studio đã sẵn sàng dùng khi không có mạng.'
  }
};
