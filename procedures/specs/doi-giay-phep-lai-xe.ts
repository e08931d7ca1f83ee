/** Đổi giấy phép lái xe — thời hạn 05 ngày làm việc, phương án cắt giảm còn 3,5 ngày theo QĐ 1891/QĐ-TTg [QD1891]. */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, fullyOnline, option, withStepTime, withTimeLimit } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const current: ProcedureSpec = {
  id: 'Process_DoiGiayPhepLaiXe',
  name: 'Đổi giấy phép lái xe',
  procedure: {
    name: 'Đổi giấy phép lái xe',
    field: 'Giấy phép lái xe',
    level: 'tinh',
    agency: 'Cơ quan Công an có thẩm quyền cấp, đổi giấy phép lái xe',
    applicants: 'Người có giấy phép lái xe',
    channels: ['inPerson'],
    timeLimit: 5,
    timeUnit: 'day',
    timeStartsFrom:
      'Kể từ ngày nhận đủ hồ sơ hợp lệ (mốc bắt đầu không có trong nguồn; giả định của người lập mô hình)',
    result: 'Giấy phép lái xe',
    dossiersPerYear: 20000,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      {
        document: 'Quyết định 1891/QĐ-TTg',
        date: '2025-09-03',
        title:
          'Phê duyệt Phương án cắt giảm, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Bộ Công an năm 2025 (thời hạn hiện hành 05 ngày làm việc)',
      },
      {
        document: 'Luật Trật tự, an toàn giao thông đường bộ 2024',
        title: 'Các trường hợp đổi, cấp lại giấy phép lái xe',
      },
    ],
    forms: [],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Người đề nghị đổi giấy phép lái xe' },
    { id: 'Lane_Desk', name: 'Bộ phận Một cửa' },
    { id: 'Lane_Officer', name: 'Cán bộ xử lý hồ sơ' },
    { id: 'Lane_Leader', name: 'Lãnh đạo đơn vị' },
  ],
  nodes: [
    start('Start_Request', 'Có nhu cầu đổi giấy phép lái xe'),
    task('Task_Submit', 'Nộp hồ sơ đổi giấy phép lái xe', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'inPerson',
      inPersonVisit: true,
      applicantHours: 3,
      description: `${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Check', 'Kiểm tra hồ sơ', 'Lane_Desk', { duration: 0, description: NOTE.notCounted }),
    xor('Gateway_Complete', 'Hồ sơ đầy đủ, hợp lệ?', 'Lane_Desk', 'hoSoDayDu'),
    task('Task_Receive', 'Tiếp nhận, hẹn trả kết quả', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 2,
      forms: [FORM.receipt],
      description: NOTE.assumedSplit,
    }),
    task('Task_Supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 5,
      forms: [FORM.supplement],
      description: NOTE.supplement,
    }),
    task('Task_Verify', 'Kiểm tra, đối chiếu dữ liệu giấy phép lái xe và sức khỏe', 'Lane_Officer', {
      duration: 1.5,
      dossierStatus: 4,
      description: NOTE.assumedSplit,
    }),
    task('Task_Approve', 'Phê duyệt đổi giấy phép lái xe', 'Lane_Leader', {
      duration: 1,
      maySendBack: true,
      description: NOTE.assumedSplit,
    }),
    task('Task_Print', 'In, cấp giấy phép lái xe', 'Lane_Officer', {
      duration: 1.5,
      dossierStatus: 9,
      outputs: ['Giấy phép lái xe'],
      description: NOTE.assumedSplit,
    }),
    task('Task_Return', 'Trả giấy phép lái xe', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 10,
      description: NOTE.assumedSplit,
    }),
    end('End_Received', 'Đã nhận giấy phép lái xe'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Receive', 'Đầy đủ', 'dayDu', 0.9, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa đầy đủ', 'chuaDayDu', 0.1),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_Receive', 'Task_Verify', 'Task_Approve', 'Task_Print', 'Task_Return', 'End_Received'),
  ],
  dossiers: [
    {
      id: 'Dossier_Request',
      name: 'Đơn',
      inputOf: 'Task_Check',
      component: { name: 'Đơn đề nghị đổi giấy phép lái xe', copyType: 'original', quantity: 1, source: 'applicant' },
    },
    {
      id: 'Dossier_HealthCertificate',
      name: 'Giấy khám SK',
      inputOf: 'Task_Check',
      component: {
        name: 'Giấy khám sức khỏe của người lái xe',
        copyType: 'original',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_Licence',
      name: 'GPLX',
      inputOf: 'Task_Check',
      component: { name: 'Giấy phép lái xe đang sử dụng', copyType: 'copy', quantity: 1, source: 'applicant' },
    },
  ],
  documentation: doc(
    'Đổi giấy phép lái xe. Thời hạn hiện hành 05 ngày làm việc; Quyết định 1891/QĐ-TTg (03/9/2025) phê duyệt phương án cắt giảm thủ tục thuộc phạm vi quản lý của Bộ Công an, giảm thời hạn đổi giấy phép lái xe từ 05 xuống 3,5 ngày làm việc (cấp 07 → 4,5; cấp lại 05 → 3,5) [QD1891; TL/9c35e1ba]. Các trường hợp đổi giấy phép lái xe theo Luật Trật tự, an toàn giao thông đường bộ 2024 [TL/97311c5c].',
    'Chưa xác minh từ nguồn (UNVERIFIED): thành phần hồ sơ (đơn đề nghị, giấy khám sức khỏe, giấy phép lái xe đang sử dụng — theo hiểu biết của người lập mô hình về thông tư của Bộ Công an), đơn vị Công an cụ thể thực hiện và cấp thực hiện, cách thức nộp, mốc bắt đầu tính thời hạn, lệ phí. Nghị quyết 66.7/2025/NQ-CP [TL/e538df5c] xác nhận các loại giấy tờ "Giấy phép lái xe" và "Giấy khám sức khỏe" nói chung có thể thay bằng CSDL giấy phép lái xe và CSDL nền tảng sổ sức khỏe điện tử. Cách chia 05 ngày cho các bước là giả định của người lập mô hình.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(
  current,
  withStepTime('Task_Verify', 1),
  withStepTime('Task_Approve', 0.5),
  withStepTime('Task_Print', 1),
  withTimeLimit(3.5),
);

const optionB = derive(
  optionA,
  fromDatabase('Dossier_Licence', 'CSDL giấy phép lái xe'),
  fromDatabase('Dossier_HealthCertificate', 'CSDL nền tảng sổ sức khỏe điện tử'),
  fullyOnline,
);

export const procedure: SampleProcedure = {
  slug: 'doi-giay-phep-lai-xe',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: rút ngắn còn 3,5 ngày (QĐ 1891/QĐ-TTg)',
      'Thời hạn đổi giấy phép lái xe giảm từ 05 xuống 3,5 ngày làm việc (giảm 1,5 ngày, 30%) theo phương án được Thủ tướng phê duyệt tại Quyết định 1891/QĐ-TTg ngày 03/9/2025 [QD1891; TL/9c35e1ba]. Cách phân bổ 1,5 ngày cắt giảm cho các bước là giả định của người lập mô hình.',
      optionA,
      'approved',
    ),
    option(
      'phuong-an-b',
      'Phương án B: khai thác CSDL giấy phép lái xe và sổ sức khỏe điện tử, trực tuyến toàn trình',
      'Phương án A cộng không yêu cầu nộp giấy phép lái xe và giấy khám sức khỏe: thông tin khai thác từ CSDL giấy phép lái xe và CSDL nền tảng sổ sức khỏe điện tử (Nghị quyết 66.7/2025/NQ-CP [TL/e538df5c; VNN-667]); nộp hồ sơ và nhận kết quả trực tuyến, giấy phép gửi qua bưu chính (toàn trình, Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]).',
      optionB,
    ),
  ],
};
