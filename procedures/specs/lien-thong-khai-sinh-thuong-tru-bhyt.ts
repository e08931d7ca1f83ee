/**
 * Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ BHYT cho trẻ em dưới 6 tuổi —
 * Nghị định 63/2024/NĐ-CP Điều 4, 5, 7 [TL/2c4ce9ec; TL/d967ef49].
 */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { and, branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, option, withStepTime, withTimeLimit } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const NAME =
  'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi';

const current: ProcedureSpec = {
  id: 'Process_LienThongKhaiSinh',
  name: NAME,
  procedure: {
    name: NAME,
    field: 'Hộ tịch; Cư trú; Bảo hiểm y tế',
    level: 'xa',
    agency:
      'Ủy ban nhân dân cấp xã (đăng ký khai sinh); cơ quan đăng ký cư trú (đăng ký thường trú); cơ quan Bảo hiểm xã hội (cấp thẻ bảo hiểm y tế)',
    applicants: 'Cha, mẹ (người yêu cầu) của trẻ em dưới 6 tuổi',
    channels: ['online'],
    timeLimit: 5,
    timeUnit: 'day',
    timeStartsFrom:
      'Kể từ khi các cơ quan có thẩm quyền nhận đầy đủ hồ sơ: không quá 03 ngày làm việc, không quá 05 ngày làm việc nếu phải xác minh; hồ sơ tiếp nhận sau 15 giờ tính từ ngày làm việc tiếp theo (Nghị định 63/2024/NĐ-CP, Điều 7 khoản 2)',
    onlineLevel: 'full',
    result: 'Giấy khai sinh (bản điện tử); đăng ký thường trú; thẻ bảo hiểm y tế của trẻ em',
    dossiersPerYear: 400,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      { document: 'Nghị định 63/2024/NĐ-CP', article: 'Điều 7', title: 'Tiếp nhận hồ sơ và thời hạn giải quyết' },
      { document: 'Nghị định 63/2024/NĐ-CP', article: 'Điều 5', title: 'Hồ sơ thực hiện liên thông' },
      {
        document: 'Nghị định 63/2024/NĐ-CP',
        article: 'Điều 4',
        title: 'Nguyên tắc thực hiện quy trình liên thông điện tử',
      },
      { document: 'Luật Hộ tịch 2014', article: 'Điều 16', title: 'Thủ tục đăng ký khai sinh' },
    ],
    forms: [{ name: 'Tờ khai điện tử liên thông', code: 'Mẫu số 01', basis: 'Nghị định 63/2024/NĐ-CP' }],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Cha, mẹ của trẻ' },
    { id: 'Lane_System', name: 'Phần mềm dịch vụ công liên thông; Hệ thống giải quyết TTHC cấp tỉnh' },
    { id: 'Lane_CivilStatus', name: 'Công chức làm công tác hộ tịch (UBND cấp xã)' },
    { id: 'Lane_Residence', name: 'Cơ quan đăng ký cư trú' },
    { id: 'Lane_Verify', name: 'Cơ quan phối hợp xác minh' },
    { id: 'Lane_Insurance', name: 'Cơ quan Bảo hiểm xã hội' },
  ],
  nodes: [
    start('Start_Request', 'Có yêu cầu đăng ký cho trẻ dưới 6 tuổi'),
    task('Task_Submit', 'Kê khai tờ khai điện tử, nộp trên Cổng DVC quốc gia hoặc VNeID', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'online',
      applicantHours: 1,
      description: `Chọn "Dịch vụ công liên thông khai sinh, khai tử" trên dichvucong.gov.vn hoặc ứng dụng VNeID [TL/d967ef49]. ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task(
      'Task_Receive',
      'Tiếp nhận hồ sơ, gửi thông báo hẹn trả kết quả',
      'Lane_System',
      {
        duration: 0,
        dossierStatus: 2,
        channel: 'online',
        description:
          'Hệ thống thông tin giải quyết TTHC cấp tỉnh tiếp nhận hồ sơ từ Phần mềm dịch vụ công liên thông; thông báo hẹn trả kết quả gửi qua Cổng Dịch vụ công quốc gia, VNeID và SMS (Nghị định 63/2024/NĐ-CP, Điều 7 khoản 1). Phản hồi trạng thái tiếp nhận không quá 02 giờ làm việc (khoản 4).',
      },
      'serviceTask',
    ),
    task('Task_Check', 'Kiểm tra hồ sơ đăng ký khai sinh', 'Lane_CivilStatus', {
      duration: 0,
      description: `${NOTE.notCounted} Nguồn không mô tả chi tiết bước yêu cầu bổ sung; mô hình giả định yêu cầu bổ sung gửi qua Cổng Dịch vụ công quốc gia, VNeID.`,
    }),
    xor('Gateway_Complete', 'Hồ sơ đầy đủ?', 'Lane_CivilStatus', 'hoSoDayDu'),
    task('Task_RegisterBirth', 'Đăng ký khai sinh trên phần mềm hộ tịch điện tử dùng chung', 'Lane_CivilStatus', {
      duration: 1,
      dossierStatus: 4,
      outputs: ['Giấy khai sinh (bản điện tử)', 'Số định danh cá nhân'],
      description: `Công chức làm công tác hộ tịch thực hiện đăng ký khai sinh ngay trong ngày làm việc trên Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung của Bộ Tư pháp [TL/d967ef49]. 01 ngày làm việc = "trong ngày làm việc"; phần còn lại của thời hạn 03 ngày dành cho thường trú và thẻ BHYT (mỗi thủ tục không quá 02 ngày làm việc).`,
    }),
    task('Task_Supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Lane_CivilStatus', {
      duration: 0,
      dossierStatus: 5,
      forms: [FORM.supplement],
      description: NOTE.supplement,
    }),
    task(
      'Task_Route',
      'Phân tách, chuyển hồ sơ điện tử đến cơ quan cư trú và BHXH',
      'Lane_System',
      {
        duration: 0,
        description:
          'Phần mềm dịch vụ công liên thông chuyển hồ sơ điện tử (tờ khai, bản điện tử Giấy khai sinh) đến Hệ thống thông tin quản lý cư trú và Hệ thống thông tin ngành Bảo hiểm xã hội [TL/d967ef49]; đồng bộ không quá 10 phút (Nghị định 63/2024/NĐ-CP, Điều 7 khoản 4).',
      },
      'serviceTask',
    ),
    and('Gateway_Fork', 'Giải quyết song song', 'Lane_System'),
    xor('Gateway_Verify', 'Phải xác minh thông tin cư trú?', 'Lane_Residence', 'canXacMinh'),
    task('Task_VerifyResidence', 'Phối hợp xác minh thông tin cư trú', 'Lane_Verify', {
      duration: 2,
      description: `Trường hợp phải xác minh, thời hạn đăng ký thường trú không quá 05 ngày làm việc [TL/d967ef49] và tổng thời hạn nhóm thủ tục không quá 05 ngày làm việc (Nghị định 63/2024/NĐ-CP, Điều 7 khoản 2). ${NOTE.assumedSplit}`,
    }),
    task('Task_Residence', 'Đăng ký thường trú cho trẻ', 'Lane_Residence', {
      duration: 2,
      description:
        'Không quá 02 ngày làm việc kể từ ngày nhận được hồ sơ điện tử, thông tin xác nhận qua VNeID [TL/d967ef49].',
    }),
    task('Task_InsuranceCard', 'Cấp thẻ bảo hiểm y tế cho trẻ', 'Lane_Insurance', {
      duration: 2,
      outputs: ['Thẻ bảo hiểm y tế'],
      description: 'Không quá 02 ngày làm việc [TL/d967ef49].',
    }),
    and('Gateway_Join', 'Hoàn thành các thủ tục', 'Lane_System'),
    task(
      'Task_Return',
      'Trả kết quả điện tử qua Cổng DVC quốc gia, VNeID',
      'Lane_System',
      {
        duration: 0,
        dossierStatus: 10,
        channel: 'online',
        description:
          'Kết quả được gửi cho người yêu cầu qua Cổng Dịch vụ công quốc gia, ứng dụng VNeID và SMS (Nghị định 63/2024/NĐ-CP, Điều 7) [TL/d967ef49].',
      },
      'serviceTask',
    ),
    end('End_Received', 'Đã nhận kết quả'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Receive', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_RegisterBirth', 'Đầy đủ', 'dayDu', 0.9, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa đầy đủ', 'chuaDayDu', 0.1),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_RegisterBirth', 'Task_Route', 'Gateway_Fork'),
    flow('Flow_Fork_Residence', 'Gateway_Fork', 'Gateway_Verify'),
    flow('Flow_Fork_Insurance', 'Gateway_Fork', 'Task_InsuranceCard'),
    branch('Flow_NoVerify', 'Gateway_Verify', 'Task_Residence', 'Không', 'khong', 0.9, true),
    branch('Flow_Verify', 'Gateway_Verify', 'Task_VerifyResidence', 'Có', 'co', 0.1),
    flow('Flow_Task_VerifyResidence_Task_Residence', 'Task_VerifyResidence', 'Task_Residence'),
    flow('Flow_Task_Residence_Gateway_Join', 'Task_Residence', 'Gateway_Join'),
    flow('Flow_Task_InsuranceCard_Gateway_Join', 'Task_InsuranceCard', 'Gateway_Join'),
    ...chain('Gateway_Join', 'Task_Return', 'End_Received'),
  ],
  dossiers: [
    {
      id: 'Dossier_EForm',
      name: 'Tờ khai điện tử',
      inputOf: 'Task_Check',
      component: {
        name: 'Tờ khai điện tử (Mẫu số 01 Nghị định 63/2024/NĐ-CP)',
        copyType: 'electronic',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_BirthCertificate',
      name: 'Giấy chứng sinh',
      inputOf: 'Task_Check',
      component: {
        name: 'Dữ liệu điện tử có ký số của Giấy chứng sinh',
        copyType: 'electronic',
        quantity: 1,
        source: 'database',
        database: 'Giấy chứng sinh điện tử liên thông từ cơ sở khám bệnh, chữa bệnh',
      },
    },
  ],
  documentation: doc(
    'Nhóm thủ tục liên thông điện tử cho trẻ em dưới 6 tuổi theo Nghị định 63/2024/NĐ-CP [TL/2c4ce9ec; TL/d967ef49]. Hồ sơ (Điều 5): tờ khai điện tử Mẫu số 01; dữ liệu điện tử có ký số của Giấy chứng sinh liên thông từ cơ sở khám bệnh, chữa bệnh (không có thì đính kèm giấy tờ thay thế theo pháp luật hộ tịch); giấy tờ cư trú nếu đăng ký thường trú khác nơi của cha, mẹ. Nguyên tắc (Điều 4): không yêu cầu nộp bản giấy, không làm tăng chi phí. Thời hạn (Điều 7 khoản 2): không quá 03 ngày làm việc, không quá 05 ngày làm việc nếu phải xác minh; hồ sơ nhận sau 15 giờ tính từ ngày làm việc tiếp theo. Khai sinh được đăng ký ngay trong ngày làm việc; đăng ký thường trú không quá 02 ngày làm việc (05 nếu phải xác minh); cấp thẻ bảo hiểm y tế không quá 02 ngày làm việc [TL/d967ef49]. Trình tự đăng ký khai sinh theo Luật Hộ tịch 2014, Điều 16 [TL/e7fed5c3].',
    'Mô hình ghi thời hạn là 05 ngày làm việc (mức tối đa khi phải xác minh); đường chính không xác minh mất 03 ngày làm việc. Mức dịch vụ "toàn trình" được suy ra từ việc nộp và trả kết quả hoàn toàn trực tuyến theo Điều 4, Điều 7 (Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]). Không có phí, lệ phí trong nguồn của mô hình.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(
  current,
  withStepTime(
    'Task_Residence',
    1,
    'Phương án: thông tin của trẻ đã có trong CSDL quốc gia về dân cư ngay khi đăng ký khai sinh (Số định danh cá nhân), nên việc đăng ký thường trú chỉ còn đối chiếu dữ liệu: 2 → 1 ngày làm việc.',
  ),
  withStepTime(
    'Task_InsuranceCard',
    1,
    'Phương án: thẻ bảo hiểm y tế được lập từ dữ liệu khai sinh và CSDL quốc gia về bảo hiểm: 2 → 1 ngày làm việc.',
  ),
  withTimeLimit(4),
);

export const procedure: SampleProcedure = {
  slug: 'lien-thong-khai-sinh-thuong-tru-bhyt',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: rút ngắn đăng ký thường trú và cấp thẻ BHYT nhờ dữ liệu dân cư',
      'Đăng ký thường trú và cấp thẻ bảo hiểm y tế rút từ 02 xuống 01 ngày làm việc mỗi thủ tục, vì sau bước khai sinh thông tin của trẻ (Số định danh cá nhân) đã có trong CSDL quốc gia về dân cư và được chia sẻ qua NDXP [DA06; VNN-NDXP] — theo nguyên tắc chỉ cung cấp dữ liệu một lần (Quyết định 942/QĐ-TTg [BNA]; Nghị quyết 66.7/2025/NQ-CP [VNN-667]). Thời hạn đề xuất: 03 → 02 ngày làm việc (04 nếu phải xác minh). Mức rút ngắn là đề xuất của người lập mô hình, chưa có văn bản phê duyệt.',
      optionA,
    ),
  ],
};
