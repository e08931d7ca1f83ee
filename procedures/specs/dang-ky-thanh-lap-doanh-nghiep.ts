/** Đăng ký thành lập công ty TNHH hai thành viên trở lên — Luật Doanh nghiệp 2020 Điều 21, 26 [VNSC; TL/4a1e4d14]. */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, option, withStepTime, withTimeLimit } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const NAME = 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên';

const current: ProcedureSpec = {
  id: 'Process_DangKyDoanhNghiep',
  name: NAME,
  procedure: {
    name: NAME,
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'tinh',
    agency: 'Cơ quan đăng ký kinh doanh cấp tỉnh',
    applicants: 'Người thành lập doanh nghiệp hoặc người được ủy quyền',
    channels: ['inPerson', 'post', 'online'],
    timeLimit: 3,
    timeUnit: 'day',
    timeStartsFrom: 'Kể từ ngày nhận hồ sơ (Luật Doanh nghiệp 2020, Điều 26)',
    result: 'Giấy chứng nhận đăng ký doanh nghiệp, hoặc thông báo bằng văn bản nêu rõ lý do từ chối',
    dossiersPerYear: 3000,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      { document: 'Luật Doanh nghiệp 2020', article: 'Điều 26', title: 'Trình tự, thủ tục đăng ký doanh nghiệp' },
      { document: 'Luật Doanh nghiệp 2020', article: 'Điều 21', title: 'Hồ sơ đăng ký công ty trách nhiệm hữu hạn' },
    ],
    forms: [{ name: 'Giấy đề nghị đăng ký doanh nghiệp', basis: 'Luật Doanh nghiệp 2020, Điều 21' }],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Người thành lập doanh nghiệp' },
    { id: 'Lane_Desk', name: 'Bộ phận tiếp nhận, Cơ quan đăng ký kinh doanh cấp tỉnh' },
    { id: 'Lane_Officer', name: 'Chuyên viên đăng ký kinh doanh' },
    { id: 'Lane_Head', name: 'Lãnh đạo phòng đăng ký kinh doanh' },
  ],
  nodes: [
    start('Start_Request', 'Có nhu cầu thành lập doanh nghiệp'),
    task('Task_Submit', 'Nộp hồ sơ đăng ký doanh nghiệp', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'inPerson',
      inPersonVisit: true,
      applicantHours: 4,
      description: `Đăng ký trực tiếp tại Cơ quan đăng ký kinh doanh, qua dịch vụ bưu chính hoặc qua mạng thông tin điện tử (Luật Doanh nghiệp 2020, Điều 26 khoản 1 [TL/4a1e4d14]); mô hình vẽ trường hợp nộp trực tiếp. ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Check', 'Kiểm tra thành phần hồ sơ', 'Lane_Desk', { duration: 0, description: NOTE.notCounted }),
    xor('Gateway_Complete', 'Hồ sơ đủ thành phần?', 'Lane_Desk', 'hoSoDayDu'),
    task('Task_Receive', 'Tiếp nhận, trao giấy biên nhận', 'Lane_Desk', {
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
    task('Task_Examine', 'Xem xét tính hợp lệ của hồ sơ', 'Lane_Officer', {
      duration: 1.5,
      dossierStatus: 4,
      description: NOTE.assumedSplit,
    }),
    xor('Gateway_Valid', 'Hồ sơ hợp lệ?', 'Lane_Officer', 'hopLe'),
    task('Task_Approve', 'Phê duyệt, cấp Giấy chứng nhận đăng ký doanh nghiệp', 'Lane_Head', {
      duration: 0.5,
      dossierStatus: 9,
      outputs: ['Giấy chứng nhận đăng ký doanh nghiệp'],
      description: NOTE.assumedSplit,
    }),
    task('Task_Return', 'Trả Giấy chứng nhận đăng ký doanh nghiệp', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 10,
      description: NOTE.assumedSplit,
    }),
    task('Task_Refuse', 'Thông báo bằng văn bản, nêu rõ lý do', 'Lane_Head', {
      duration: 1,
      dossierStatus: 10,
      outputs: ['Thông báo từ chối hoặc yêu cầu sửa đổi, bổ sung'],
      description: `Trường hợp từ chối đăng ký doanh nghiệp thì phải thông báo bằng văn bản cho người thành lập doanh nghiệp và nêu rõ lý do (Luật Doanh nghiệp 2020, Điều 26 [VNSC]). ${NOTE.assumedSplit}`,
    }),
    end('End_Registered', 'Doanh nghiệp được thành lập'),
    end('End_Refused', 'Bị từ chối đăng ký'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Receive', 'Đủ thành phần', 'dayDu', 0.85, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Thiếu thành phần', 'chuaDayDu', 0.15),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_Receive', 'Task_Examine', 'Gateway_Valid'),
    branch('Flow_Valid', 'Gateway_Valid', 'Task_Approve', 'Hợp lệ', 'hopLe', 0.9, true),
    branch('Flow_Invalid', 'Gateway_Valid', 'Task_Refuse', 'Không hợp lệ', 'tuChoi', 0.1),
    ...chain('Task_Approve', 'Task_Return', 'End_Registered'),
    ...chain('Task_Refuse', 'End_Refused'),
  ],
  dossiers: [
    {
      id: 'Dossier_Request',
      name: 'Giấy đề nghị',
      inputOf: 'Task_Check',
      component: { name: 'Giấy đề nghị đăng ký doanh nghiệp', copyType: 'original', quantity: 1, source: 'applicant' },
    },
    {
      id: 'Dossier_Charter',
      name: 'Điều lệ',
      inputOf: 'Task_Check',
      component: { name: 'Điều lệ công ty', copyType: 'original', quantity: 1, source: 'applicant' },
    },
    {
      id: 'Dossier_Members',
      name: 'Danh sách',
      inputOf: 'Task_Check',
      component: { name: 'Danh sách thành viên', copyType: 'original', quantity: 1, source: 'applicant' },
    },
    {
      id: 'Dossier_PersonalId',
      name: 'Giấy tờ cá nhân',
      inputOf: 'Task_Check',
      component: {
        name: 'Bản sao giấy tờ pháp lý của cá nhân (thành viên là cá nhân, người đại diện theo pháp luật)',
        copyType: 'copy',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_OrgRegistration',
      name: 'GCN ĐKDN',
      inputOf: 'Task_Check',
      component: {
        name: 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp của thành viên là tổ chức',
        copyType: 'copy',
        quantity: 1,
        source: 'applicant',
      },
    },
  ],
  documentation: doc(
    'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên tại Cơ quan đăng ký kinh doanh cấp tỉnh [TL/72ab2874]. Thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ; từ chối thì phải thông báo bằng văn bản, nêu rõ lý do (Luật Doanh nghiệp 2020, Điều 26 — nguồn thứ cấp [VNSC]). Phương thức: trực tiếp, qua dịch vụ bưu chính, qua mạng thông tin điện tử (Điều 26 khoản 1 [TL/4a1e4d14]).',
    'Thành phần hồ sơ theo Luật Doanh nghiệp 2020, Điều 21: chỉ điểm b khoản 4 (bản sao giấy tờ pháp lý của tổ chức — Giấy chứng nhận đăng ký doanh nghiệp) được xác nhận qua Phụ lục I Nghị quyết 66.7/2025/NQ-CP [TL/e538df5c]; các thành phần còn lại ghi theo hiểu biết của người lập mô hình, chưa đối chiếu toàn văn (chưa xác minh). Người thực hiện nội bộ và cách chia 03 ngày là giả định của người lập mô hình. Lệ phí đăng ký doanh nghiệp không có trong nguồn của mô hình nên không ghi.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(
  current,
  fromDatabase('Dossier_OrgRegistration', 'CSDL quốc gia về đăng ký doanh nghiệp', 'NDXP'),
  fromDatabase('Dossier_PersonalId', 'CSDL quốc gia về dân cư', 'NDXP'),
);

const optionB = derive(
  optionA,
  withStepTime('Task_Examine', 1),
  withStepTime('Task_Approve', 0.25),
  withStepTime('Task_Return', 0.25, 'Phương án: trả kết quả bản điện tử có chữ ký số: 0,5 → 0,25 ngày làm việc.'),
  withStepTime('Task_Refuse', 0.5),
  withTimeLimit(2),
);

export const procedure: SampleProcedure = {
  slug: 'dang-ky-thanh-lap-doanh-nghiep',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: khai thác CSDL đăng ký doanh nghiệp và dân cư',
      'Không yêu cầu bản sao Giấy chứng nhận đăng ký doanh nghiệp của thành viên là tổ chức (khai thác CSDL quốc gia về đăng ký doanh nghiệp — Nghị quyết 66.7/2025/NQ-CP, Phụ lục I, thủ tục 2.001199 [TL/e538df5c; VNN-667]) và bản sao giấy tờ pháp lý của cá nhân (khai thác CSDL quốc gia về dân cư — Nghị quyết 66.7/2025/NQ-CP thay thế Căn cước bằng thông tin trên CSDL dân cư [TL/e538df5c]); kết nối qua NDXP [VNN-NDXP].',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: rút ngắn 1/3 thời gian giải quyết',
      'Phương án A cộng rút thời hạn từ 03 xuống 02 ngày làm việc (giảm 33%), đạt mục tiêu giảm ít nhất 30% thời gian giải quyết thủ tục liên quan đến kinh doanh của Nghị quyết 66/NQ-CP [DL012; HCM2843]. Cách chia thời gian mới là đề xuất của người lập mô hình.',
      optionB,
    ),
  ],
};
