/** Đăng ký thường trú (chỗ ở hợp pháp thuộc quyền sở hữu của mình) — Luật Cư trú 2020 Điều 21, 22 [TL/3cdf8262]. */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, fullyOnline, option, withStepTime, withTimeLimit } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const current: ProcedureSpec = {
  id: 'Process_DangKyThuongTru',
  name: 'Đăng ký thường trú',
  procedure: {
    name: 'Đăng ký thường trú',
    field: 'Đăng ký, quản lý cư trú',
    level: 'xa',
    agency: 'Cơ quan đăng ký cư trú nơi người đăng ký cư trú',
    applicants: 'Công dân đăng ký thường trú tại chỗ ở hợp pháp thuộc quyền sở hữu của mình',
    channels: ['inPerson'],
    timeLimit: 7,
    timeUnit: 'day',
    timeStartsFrom: 'Kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ (Luật Cư trú 2020, Điều 22 khoản 3)',
    result:
      'Thông báo về việc đã cập nhật thông tin đăng ký thường trú vào Cơ sở dữ liệu về cư trú, hoặc văn bản từ chối nêu rõ lý do',
    dossiersPerYear: 800,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      { document: 'Luật Cư trú 2020', article: 'Điều 22', title: 'Thủ tục đăng ký thường trú' },
      { document: 'Luật Cư trú 2020', article: 'Điều 21', title: 'Hồ sơ đăng ký thường trú' },
      {
        document: 'Nghị định 154/2024/NĐ-CP',
        article: 'Điều 5 khoản 2',
        title: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp',
      },
    ],
    forms: [{ name: 'Tờ khai thay đổi thông tin cư trú', basis: 'Luật Cư trú 2020, Điều 21' }],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Người đăng ký thường trú' },
    { id: 'Lane_Desk', name: 'Bộ phận tiếp nhận hồ sơ cư trú' },
    { id: 'Lane_Officer', name: 'Cán bộ đăng ký cư trú' },
    { id: 'Lane_Head', name: 'Lãnh đạo cơ quan đăng ký cư trú' },
  ],
  nodes: [
    start('Start_Request', 'Có nhu cầu đăng ký thường trú'),
    task('Task_Submit', 'Nộp hồ sơ đăng ký thường trú', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'inPerson',
      inPersonVisit: true,
      applicantHours: 3,
      description: `Nộp hồ sơ đến cơ quan đăng ký cư trú nơi mình cư trú (Luật Cư trú 2020, Điều 22 khoản 1). ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Check', 'Kiểm tra hồ sơ', 'Lane_Desk', {
      duration: 0,
      description: `Hồ sơ chưa đầy đủ thì hướng dẫn người đăng ký bổ sung (Luật Cư trú 2020, Điều 22 khoản 2). ${NOTE.notCounted}`,
    }),
    xor('Gateway_Complete', 'Hồ sơ đầy đủ, hợp lệ?', 'Lane_Desk', 'hoSoDayDu'),
    task('Task_Receive', 'Cấp phiếu tiếp nhận hồ sơ', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 2,
      forms: [FORM.receipt],
      description: `Cơ quan đăng ký cư trú kiểm tra và cấp phiếu tiếp nhận hồ sơ (Luật Cư trú 2020, Điều 22 khoản 2). ${NOTE.assumedSplit}`,
    }),
    task('Task_Supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 5,
      forms: [FORM.supplement],
      description: NOTE.supplement,
    }),
    task('Task_Examine', 'Thẩm định hồ sơ, điều kiện đăng ký thường trú', 'Lane_Officer', {
      duration: 4,
      dossierStatus: 4,
      description: `Thẩm định trong thời hạn 07 ngày làm việc (Luật Cư trú 2020, Điều 22 khoản 3). ${NOTE.assumedSplit}`,
    }),
    task('Task_Approve', 'Xem xét, phê duyệt kết quả thẩm định', 'Lane_Head', {
      duration: 1,
      maySendBack: true,
      description: `Bước phê duyệt nội bộ của lãnh đạo cơ quan đăng ký cư trú là giả định của người lập mô hình (luật không nêu người phê duyệt). ${NOTE.assumedSplit}`,
    }),
    xor('Gateway_Eligible', 'Đủ điều kiện đăng ký thường trú?', 'Lane_Head', 'duDieuKien'),
    task('Task_Update', 'Cập nhật nơi thường trú mới vào Cơ sở dữ liệu về cư trú', 'Lane_Officer', {
      duration: 1,
      dossierStatus: 9,
      description: `Cập nhật thông tin về nơi thường trú mới vào Cơ sở dữ liệu về cư trú (Luật Cư trú 2020, Điều 22 khoản 3). ${NOTE.assumedSplit}`,
    }),
    task('Task_Notify', 'Thông báo đã cập nhật thông tin thường trú', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 10,
      outputs: ['Thông báo về việc đã cập nhật thông tin đăng ký thường trú'],
      description: NOTE.assumedSplit,
    }),
    task('Task_Refuse', 'Trả lời bằng văn bản, nêu rõ lý do từ chối', 'Lane_Officer', {
      duration: 1.5,
      dossierStatus: 10,
      outputs: ['Văn bản từ chối đăng ký thường trú'],
      description: `Trường hợp từ chối đăng ký thì phải trả lời bằng văn bản và nêu rõ lý do (Luật Cư trú 2020, Điều 22 khoản 3). ${NOTE.assumedSplit}`,
    }),
    end('End_Registered', 'Đã đăng ký thường trú'),
    end('End_Refused', 'Bị từ chối đăng ký'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Receive', 'Đầy đủ', 'dayDu', 0.8, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa đầy đủ', 'chuaDayDu', 0.2),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_Receive', 'Task_Examine', 'Task_Approve', 'Gateway_Eligible'),
    branch('Flow_Eligible', 'Gateway_Eligible', 'Task_Update', 'Đủ điều kiện', 'duDieuKien', 0.95, true),
    branch('Flow_NotEligible', 'Gateway_Eligible', 'Task_Refuse', 'Không đủ điều kiện', 'tuChoi', 0.05),
    ...chain('Task_Update', 'Task_Notify', 'End_Registered'),
    ...chain('Task_Refuse', 'End_Refused'),
  ],
  dossiers: [
    {
      id: 'Dossier_Declaration',
      name: 'Tờ khai',
      inputOf: 'Task_Check',
      component: { name: 'Tờ khai thay đổi thông tin cư trú', copyType: 'original', quantity: 1, source: 'applicant' },
    },
    {
      id: 'Dossier_Ownership',
      name: 'Giấy tờ chỗ ở',
      inputOf: 'Task_Check',
      component: {
        name: 'Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp (Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất)',
        copyType: 'copy',
        quantity: 1,
        source: 'applicant',
      },
    },
  ],
  documentation: doc(
    'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình. Trình tự và thời hạn theo Luật Cư trú 2020, Điều 22 [TL/3cdf8262]: nộp hồ sơ đến cơ quan đăng ký cư trú nơi mình cư trú; cơ quan kiểm tra và cấp phiếu tiếp nhận hoặc hướng dẫn bổ sung; trong 07 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ thì thẩm định, cập nhật nơi thường trú mới vào Cơ sở dữ liệu về cư trú và thông báo cho người đăng ký; từ chối thì trả lời bằng văn bản, nêu rõ lý do.',
    'Hồ sơ: tờ khai thay đổi thông tin cư trú và giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp (Luật Cư trú 2020, Điều 21 khoản 1 [TL/34747391]; Nghị định 154/2024/NĐ-CP, Điều 5 khoản 2 — theo [TL/34747391] và Phụ lục I Nghị quyết 66.7/2025/NQ-CP [TL/e538df5c]). Loại bản, người phê duyệt nội bộ và cách chia 07 ngày cho các bước là giả định của người lập mô hình. Cơ quan đăng ký cư trú là Công an cấp xã theo hiểu biết của người lập mô hình — chưa xác minh từ nguồn. Không có phí, lệ phí trong nguồn của mô hình.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(current, fromDatabase('Dossier_Ownership', 'CSDL quốc gia về đất đai', 'NDXP'));

const optionB = derive(
  optionA,
  fullyOnline,
  withStepTime(
    'Task_Examine',
    2,
    'Phương án: thẩm định trên dữ liệu khai thác từ CSDL quốc gia về đất đai và dân cư, không đối chiếu giấy tờ: 4 → 2 ngày làm việc (đề xuất của người lập mô hình).',
  ),
  withTimeLimit(5),
);

export const procedure: SampleProcedure = {
  slug: 'dang-ky-thuong-tru',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: khai thác dữ liệu đất đai',
      'Không yêu cầu nộp giấy tờ chứng minh sở hữu chỗ ở hợp pháp: thông tin về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được khai thác từ CSDL quốc gia về đất đai qua NDXP (Nghị quyết 66.7/2025/NQ-CP, Phụ lục I, thủ tục 1.004222 đăng ký thường trú [TL/e538df5c; VNN-667]; CSDL dân cư và đất đai kết nối qua NDXP từ 29/12/2022 [VNN-NDXP]).',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: trực tuyến toàn trình, thẩm định trên dữ liệu',
      'Phương án A cộng nộp hồ sơ và nhận thông báo trực tuyến (toàn trình, Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]; chỉ đạo nâng dịch vụ một phần lên toàn trình [DL012]) và rút thẩm định từ 04 xuống 02 ngày làm việc; thời hạn đề xuất 07 → 05 ngày làm việc (giảm 28,6%). Mức rút ngắn là đề xuất của người lập mô hình.',
      optionB,
    ),
  ],
};
