/** Vietnamese texts of opening files from other tools (repairs and generated layout). */
export default {
  opening: {
    repaired: 'Đã mở “{file}” sau khi sửa {count} chỗ để vẽ được sơ đồ; lưu tệp sẽ giữ các chỗ sửa này:',
    noted: 'Đã mở “{file}”, xin lưu ý:',
    original: 'Tải xuống tệp gốc (chưa sửa)',
  },
};
