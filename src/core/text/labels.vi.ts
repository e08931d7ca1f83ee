/**
 * Vietnamese names of every code the studio shows a reader: fact values, element types, fact fields, units
 * and phrases of the reports. Same keys as labels.en.ts (a test checks). Read through labels.ts.
 */
export default {
  channel: { inPerson: 'Trực tiếp', post: 'Bưu chính công ích', online: 'Trực tuyến' },
  copyType: { original: 'Bản chính', certifiedCopy: 'Bản sao chứng thực', copy: 'Bản sao', electronic: 'Bản điện tử' },
  dataSource: { applicant: 'Người nộp cung cấp', database: 'Khai thác từ cơ sở dữ liệu' },
  level: { bo: 'Cấp bộ', tinh: 'Cấp tỉnh', xa: 'Cấp xã' },
  onlineLevel: { full: 'Toàn trình', partial: 'Một phần' },
  variantStatus: { current: 'Hiện hành', proposed: 'Đề xuất', approved: 'Đã phê duyệt' },
  feeKind: { fee: 'Phí', charge: 'Lệ phí', other: 'Chi phí khác' },
  timeUnit: { day: 'ngày làm việc', hour: 'giờ làm việc' },
  boolean: { true: 'Có', false: 'Không' },
  severity: { error: 'Lỗi', warning: 'Cảnh báo', hint: 'Gợi ý', info: 'Lưu ý' },
  /** Units of figures (cost lines, counts). */
  unit: { day: 'ngày', hour: 'giờ', VND: 'đồng', 'VND/h': 'đồng/giờ', 'dossier/year': 'hồ sơ/năm', count: '' },
  elementType: {
    Task: 'Công việc', UserTask: 'Công việc do người thực hiện', ManualTask: 'Công việc thủ công',
    ServiceTask: 'Công việc tự động', ScriptTask: 'Công việc theo kịch bản', BusinessRuleTask: 'Công việc theo quy tắc nghiệp vụ',
    SendTask: 'Công việc gửi', ReceiveTask: 'Công việc nhận', SubProcess: 'Quy trình con', Transaction: 'Giao dịch',
    CallActivity: 'Gọi quy trình khác', StartEvent: 'Sự kiện bắt đầu', EndEvent: 'Sự kiện kết thúc',
    IntermediateCatchEvent: 'Sự kiện trung gian (chờ)', IntermediateThrowEvent: 'Sự kiện trung gian (phát)',
    BoundaryEvent: 'Sự kiện biên', ExclusiveGateway: 'Cổng rẽ nhánh một trong nhiều', ParallelGateway: 'Cổng song song',
    InclusiveGateway: 'Cổng rẽ nhánh một hoặc nhiều', EventBasedGateway: 'Cổng theo sự kiện', ComplexGateway: 'Cổng phức hợp',
    SequenceFlow: 'Luồng tuần tự', MessageFlow: 'Luồng thông điệp', Association: 'Liên kết',
    DataInputAssociation: 'Liên kết dữ liệu vào', DataOutputAssociation: 'Liên kết dữ liệu ra',
    DataObject: 'Đối tượng dữ liệu', DataObjectReference: 'Đối tượng dữ liệu', DataStoreReference: 'Kho dữ liệu',
    DataInput: 'Dữ liệu đầu vào', DataOutput: 'Dữ liệu đầu ra', Lane: 'Làn', Participant: 'Bể (bên tham gia)',
    Process: 'Quy trình', Collaboration: 'Cộng tác', TextAnnotation: 'Ghi chú', Group: 'Nhóm', other: 'Phần tử khác'
  },
  changeKind: { added: 'Thêm', removed: 'Bỏ', changed: 'Sửa' },
  matchRule: {
    id: 'cùng mã phần tử', name: 'cùng tên', 'name+position': 'cùng tên và vị trí', position: 'cùng vị trí',
    endpoints: 'cùng điểm đầu, điểm cuối', neighbours: 'cùng loại, cùng bể và làn, cùng các phần tử liền kề'
  },
  field: {
    name: 'Tên', type: 'Loại', source: 'Điểm đầu', target: 'Điểm cuối', condition: 'Điều kiện',
    'step.number': 'Số bước', 'step.duration': 'Thời gian', 'step.durationUnit': 'Đơn vị thời gian',
    'step.minDuration': 'Thời gian ngắn nhất', 'step.maxDuration': 'Thời gian dài nhất', 'step.role': 'Vai trò thực hiện',
    'step.channel': 'Kênh', 'step.dossierStatus': 'Trạng thái hồ sơ', 'step.maySendBack': 'Được trả lại',
    'step.inPersonVisit': 'Đến trực tiếp', 'step.applicantHours': 'Số giờ của người dân', 'step.description': 'Nội dung công việc',
    'step.forms': 'Biểu mẫu', 'step.outputs': 'Kết quả',
    'dossierComponent.name': 'Tên giấy tờ', 'dossierComponent.copyType': 'Loại bản', 'dossierComponent.quantity': 'Số lượng',
    'dossierComponent.source': 'Nguồn giấy tờ', 'dossierComponent.database': 'Cơ sở dữ liệu', 'dossierComponent.platform': 'Nền tảng kết nối',
    'decision.variable': 'Biến quyết định', 'decision.question': 'Câu hỏi', 'outcome.value': 'Kết quả nhánh', 'outcome.share': 'Tỷ lệ hồ sơ',
    'procedure.code': 'Mã thủ tục', 'procedure.name': 'Tên thủ tục', 'procedure.field': 'Lĩnh vực', 'procedure.level': 'Cấp thực hiện',
    'procedure.agency': 'Cơ quan thực hiện', 'procedure.applicants': 'Đối tượng thực hiện', 'procedure.timeLimit': 'Thời hạn giải quyết',
    'procedure.timeUnit': 'Đơn vị thời hạn', 'procedure.timeStartsFrom': 'Thời hạn tính từ', 'procedure.channels': 'Cách thức thực hiện',
    'procedure.onlineLevel': 'Mức độ trực tuyến', 'procedure.result': 'Kết quả thực hiện', 'procedure.fees': 'Phí, lệ phí',
    'procedure.legalBases': 'Căn cứ pháp lý', 'procedure.forms': 'Biểu mẫu', 'procedure.dossiersPerYear': 'Số hồ sơ mỗi năm',
    'procedure.boundaryFree': 'Không phụ thuộc địa giới hành chính', 'procedure.publicationDecision': 'Quyết định công bố',
    other: 'Thông tin khác'
  },
  phrase: {
    citedBy: 'được dẫn tại', reportedBy: 'theo tin của', notConfirmed: 'chưa đối chiếu được với văn bản nghị quyết',
    unverified: 'chưa đối chiếu được với văn bản', userSupplied: 'do người dùng nhập', legalBasis: 'căn cứ pháp lý',
    complianceCost: 'chi phí tuân thủ', hourlyIncome: 'thu nhập bình quân mỗi giờ', and: 'và',
    wordsRemoved: 'bỏ', wordsAdded: 'thêm', documentsFromData: 'giấy tờ lấy từ dữ liệu'
  }
};
