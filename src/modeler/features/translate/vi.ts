/**
 * Vietnamese texts for every template bpmn-js 18 / diagram-js 15 pass to their `translate`
 * service (see test/core/translations.test.ts for the coverage check).
 *
 * Terms follow common Vietnamese BPMN usage so that reform staff see the same words as in
 * training material: Nhiệm vụ (task), Sự kiện bắt đầu / trung gian / biên / kết thúc,
 * Cổng (gateway), Tiến trình con (sub-process), Pool (bên tham gia), Làn (lane).
 * Catching/throwing intermediate events are marked "(bắt)" / "(phát)"; non-interrupting
 * events "(không ngắt)". Keys are the English templates, `{placeholders}` kept verbatim.
 */
export const vi: Record<string, string> = {
  // Palette: tools (diagram-js tools registered by bpmn-js PaletteProvider)
  'Activate hand tool': 'Kích hoạt công cụ bàn tay (kéo sơ đồ)',
  'Activate lasso tool': 'Kích hoạt công cụ khoanh vùng chọn',
  'Activate create/remove space tool': 'Kích hoạt công cụ thêm/bớt khoảng trống',
  'Activate global connect tool': 'Kích hoạt công cụ nối phần tử',

  // Palette: create entries
  'Create start event': 'Tạo sự kiện bắt đầu',
  'Create intermediate/boundary event': 'Tạo sự kiện trung gian/biên',
  'Create end event': 'Tạo sự kiện kết thúc',
  'Create gateway': 'Tạo cổng',
  'Create task': 'Tạo nhiệm vụ',
  'Create data object reference': 'Tạo đối tượng dữ liệu',
  'Create data store reference': 'Tạo kho dữ liệu',
  'Create expanded sub-process': 'Tạo tiến trình con (mở rộng)',
  'Create pool/participant': 'Tạo pool (bên tham gia)',
  'Create group': 'Tạo nhóm',

  // Context pad: editing and lanes
  Delete: 'Xóa',
  'Change element': 'Đổi loại phần tử',
  'Add lane above': 'Thêm làn phía trên',
  'Add lane below': 'Thêm làn phía dưới',
  'Divide into two lanes': 'Chia thành hai làn',
  'Divide into three lanes': 'Chia thành ba làn',
  'Add text annotation': 'Thêm chú thích văn bản',

  // Context pad: append entries
  'Append end event': 'Nối thêm sự kiện kết thúc',
  'Append gateway': 'Nối thêm cổng',
  'Append task': 'Nối thêm nhiệm vụ',
  'Append intermediate/boundary event': 'Nối thêm sự kiện trung gian/biên',
  'Append receive task': 'Nối thêm nhiệm vụ nhận',
  'Append message intermediate catch event': 'Nối thêm sự kiện trung gian thông điệp (bắt)',
  'Append timer intermediate catch event': 'Nối thêm sự kiện trung gian hẹn giờ (bắt)',
  'Append conditional intermediate catch event': 'Nối thêm sự kiện trung gian điều kiện (bắt)',
  'Append signal intermediate catch event': 'Nối thêm sự kiện trung gian tín hiệu (bắt)',
  'Append compensation activity': 'Nối thêm hoạt động bù trừ',

  // Context pad: connections
  'Connect to other element': 'Nối tới phần tử khác',
  'Connect using association': 'Nối bằng liên kết',
  'Connect using data input association': 'Nối bằng liên kết dữ liệu đầu vào',

  // Align and distribute (context pad entry and its popup menu; 'Align elements <option>' is built by concatenation)
  'Align elements': 'Căn chỉnh các phần tử',
  'Align elements left': 'Căn mép trái các phần tử',
  'Align elements center': 'Căn giữa các phần tử theo chiều ngang',
  'Align elements right': 'Căn mép phải các phần tử',
  'Align elements top': 'Căn mép trên các phần tử',
  'Align elements middle': 'Căn giữa các phần tử theo chiều dọc',
  'Align elements bottom': 'Căn mép dưới các phần tử',
  'Distribute elements horizontally': 'Dàn đều các phần tử theo chiều ngang',
  'Distribute elements vertically': 'Dàn đều các phần tử theo chiều dọc',

  // Replace menu: header toggles
  'Parallel multi-instance': 'Đa thể hiện song song',
  'Sequential multi-instance': 'Đa thể hiện tuần tự',
  Loop: 'Lặp',
  Collection: 'Tập hợp',
  'Participant multiplicity': 'Bên tham gia đa thể hiện',
  'Toggle non-interrupting': 'Bật/tắt chế độ không ngắt',

  // Replace menu: tasks and activities
  Task: 'Nhiệm vụ',
  'User task': 'Nhiệm vụ người dùng',
  'Service task': 'Nhiệm vụ dịch vụ',
  'Send task': 'Nhiệm vụ gửi',
  'Receive task': 'Nhiệm vụ nhận',
  'Manual task': 'Nhiệm vụ thủ công',
  'Business rule task': 'Nhiệm vụ quy tắc nghiệp vụ',
  'Script task': 'Nhiệm vụ kịch bản',
  'Call activity': 'Hoạt động gọi',

  // Replace menu: sub-processes
  Transaction: 'Giao dịch',
  'Event sub-process': 'Tiến trình con sự kiện',
  'Sub-process': 'Tiến trình con',
  'Sub-process (collapsed)': 'Tiến trình con (thu gọn)',
  'Sub-process (expanded)': 'Tiến trình con (mở rộng)',
  'Ad-hoc sub-process': 'Tiến trình con tùy ý (ad-hoc)',
  'Ad-hoc sub-process (collapsed)': 'Tiến trình con tùy ý (ad-hoc, thu gọn)',
  'Ad-hoc sub-process (expanded)': 'Tiến trình con tùy ý (ad-hoc, mở rộng)',

  // Replace menu: gateways
  'Exclusive gateway': 'Cổng loại trừ',
  'Parallel gateway': 'Cổng song song',
  'Inclusive gateway': 'Cổng bao hàm',
  'Complex gateway': 'Cổng phức hợp',
  'Event-based gateway': 'Cổng dựa trên sự kiện',

  // Replace menu: data
  'Data object reference': 'Đối tượng dữ liệu',
  'Data store reference': 'Kho dữ liệu',

  // Replace menu: pools/participants
  'Expanded pool/participant': 'Pool (bên tham gia) mở rộng',
  'Empty pool/participant': 'Pool (bên tham gia) rỗng',
  'Empty pool/participant (removes content)': 'Pool (bên tham gia) rỗng (xóa nội dung bên trong)',

  // Replace menu: untyped events
  'Start event': 'Sự kiện bắt đầu',
  'Intermediate throw event': 'Sự kiện trung gian (phát)',
  'Boundary event': 'Sự kiện biên',
  'End event': 'Sự kiện kết thúc',

  // Replace menu: start events
  'Message start event': 'Sự kiện bắt đầu thông điệp',
  'Timer start event': 'Sự kiện bắt đầu hẹn giờ',
  'Conditional start event': 'Sự kiện bắt đầu điều kiện',
  'Signal start event': 'Sự kiện bắt đầu tín hiệu',
  'Error start event': 'Sự kiện bắt đầu lỗi',
  'Escalation start event': 'Sự kiện bắt đầu leo thang',
  'Compensation start event': 'Sự kiện bắt đầu bù trừ',
  'Message start event (non-interrupting)': 'Sự kiện bắt đầu thông điệp (không ngắt)',
  'Timer start event (non-interrupting)': 'Sự kiện bắt đầu hẹn giờ (không ngắt)',
  'Conditional start event (non-interrupting)': 'Sự kiện bắt đầu điều kiện (không ngắt)',
  'Signal start event (non-interrupting)': 'Sự kiện bắt đầu tín hiệu (không ngắt)',
  'Escalation start event (non-interrupting)': 'Sự kiện bắt đầu leo thang (không ngắt)',

  // Replace menu: intermediate events
  'Message intermediate catch event': 'Sự kiện trung gian thông điệp (bắt)',
  'Message intermediate throw event': 'Sự kiện trung gian thông điệp (phát)',
  'Timer intermediate catch event': 'Sự kiện trung gian hẹn giờ (bắt)',
  'Escalation intermediate throw event': 'Sự kiện trung gian leo thang (phát)',
  'Conditional intermediate catch event': 'Sự kiện trung gian điều kiện (bắt)',
  'Link intermediate catch event': 'Sự kiện trung gian liên kết (bắt)',
  'Link intermediate throw event': 'Sự kiện trung gian liên kết (phát)',
  'Compensation intermediate throw event': 'Sự kiện trung gian bù trừ (phát)',
  'Signal intermediate catch event': 'Sự kiện trung gian tín hiệu (bắt)',
  'Signal intermediate throw event': 'Sự kiện trung gian tín hiệu (phát)',

  // Replace menu: boundary events
  'Message boundary event': 'Sự kiện biên thông điệp',
  'Timer boundary event': 'Sự kiện biên hẹn giờ',
  'Escalation boundary event': 'Sự kiện biên leo thang',
  'Conditional boundary event': 'Sự kiện biên điều kiện',
  'Error boundary event': 'Sự kiện biên lỗi',
  'Cancel boundary event': 'Sự kiện biên hủy',
  'Signal boundary event': 'Sự kiện biên tín hiệu',
  'Compensation boundary event': 'Sự kiện biên bù trừ',
  'Message boundary event (non-interrupting)': 'Sự kiện biên thông điệp (không ngắt)',
  'Timer boundary event (non-interrupting)': 'Sự kiện biên hẹn giờ (không ngắt)',
  'Escalation boundary event (non-interrupting)': 'Sự kiện biên leo thang (không ngắt)',
  'Conditional boundary event (non-interrupting)': 'Sự kiện biên điều kiện (không ngắt)',
  'Signal boundary event (non-interrupting)': 'Sự kiện biên tín hiệu (không ngắt)',

  // Replace menu: end events
  'Message end event': 'Sự kiện kết thúc thông điệp',
  'Escalation end event': 'Sự kiện kết thúc leo thang',
  'Error end event': 'Sự kiện kết thúc lỗi',
  'Cancel end event': 'Sự kiện kết thúc hủy',
  'Compensation end event': 'Sự kiện kết thúc bù trừ',
  'Signal end event': 'Sự kiện kết thúc tín hiệu',
  'Terminate end event': 'Sự kiện kết thúc chấm dứt',

  // Replace menu: sequence flows
  'Sequence flow': 'Luồng tuần tự',
  'Default flow': 'Luồng mặc định',
  'Conditional flow': 'Luồng có điều kiện',

  // Drilldown into collapsed sub-processes ({element} is the user's name or id, left as is)
  'Open {element}': 'Mở {element}',

  // Search pad
  'Search in diagram': 'Tìm trong sơ đồ',

  // Modeling feedback (error tooltips when a drop is rejected)
  'flow elements must be children of pools/participants': 'Phần tử luồng phải nằm trong một pool (bên tham gia)',
  'Data object must be placed within a pool/participant.':
    'Đối tượng dữ liệu phải được đặt trong một pool (bên tham gia).',
};
