/** Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam — Luật Lý lịch tư pháp 2009 Điều 45, 48 [TL/7d68be85]. */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, fullyOnline, option, withStepTime, withTimeLimit } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const NAME = 'Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam';

const current: ProcedureSpec = {
  id: 'Process_PhieuLyLichTuPhap',
  name: NAME,
  procedure: {
    name: NAME,
    field: 'Lý lịch tư pháp',
    level: 'tinh',
    agency:
      'Cơ quan cấp Phiếu lý lịch tư pháp cấp tỉnh nơi thường trú (Sở Tư pháp theo Luật Lý lịch tư pháp 2009, Điều 45)',
    applicants: 'Công dân Việt Nam',
    channels: ['inPerson', 'online'],
    timeLimit: 15,
    timeUnit: 'day',
    timeStartsFrom:
      'Kể từ ngày nhận được yêu cầu hợp lệ: không quá 10 ngày; không quá 15 ngày khi cư trú ở nhiều nơi, có thời gian cư trú ở nước ngoài hoặc phải xác minh điều kiện đương nhiên được xóa án tích (Luật Lý lịch tư pháp 2009, Điều 48); luật ghi "ngày", mô hình tính là ngày làm việc',
    result: 'Phiếu lý lịch tư pháp số 1',
    dossiersPerYear: 15000,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      { document: 'Luật Lý lịch tư pháp 2009', article: 'Điều 48', title: 'Thời hạn cấp Phiếu lý lịch tư pháp' },
      {
        document: 'Luật Lý lịch tư pháp 2009',
        article: 'Điều 45',
        title: 'Thủ tục yêu cầu cấp Phiếu lý lịch tư pháp số 1',
      },
    ],
    forms: [{ name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', basis: 'Luật Lý lịch tư pháp 2009, Điều 45' }],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Người yêu cầu cấp Phiếu' },
    { id: 'Lane_Desk', name: 'Bộ phận Một cửa' },
    { id: 'Lane_Officer', name: 'Chuyên viên xử lý hồ sơ lý lịch tư pháp' },
    { id: 'Lane_Consulted', name: 'Cơ quan, tổ chức phối hợp xác minh' },
    { id: 'Lane_Leader', name: 'Lãnh đạo cơ quan' },
    { id: 'Lane_Clerk', name: 'Văn thư' },
  ],
  nodes: [
    start('Start_Request', 'Có yêu cầu cấp Phiếu lý lịch tư pháp'),
    task('Task_Submit', 'Nộp tờ khai yêu cầu cấp Phiếu', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'inPerson',
      inPersonVisit: true,
      applicantHours: 2,
      description: `Nộp tại cơ quan cấp Phiếu nơi thường trú; không có nơi thường trú thì nơi tạm trú (Luật Lý lịch tư pháp 2009, Điều 45 khoản 2). ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Check', 'Kiểm tra hồ sơ', 'Lane_Desk', { duration: 0, description: NOTE.notCounted }),
    xor('Gateway_Complete', 'Yêu cầu hợp lệ?', 'Lane_Desk', 'hoSoDayDu'),
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
    task('Task_Lookup', 'Tra cứu, xác minh thông tin lý lịch tư pháp', 'Lane_Officer', {
      duration: 6,
      dossierStatus: 4,
      description: NOTE.assumedSplit,
    }),
    xor(
      'Gateway_Special',
      'Cư trú nhiều nơi, ở nước ngoài hoặc phải xác minh xóa án tích?',
      'Lane_Officer',
      'truongHopDacBiet',
    ),
    task('Task_ExtraVerify', 'Xác minh bổ sung', 'Lane_Consulted', {
      duration: 5,
      description:
        'Các trường hợp này được kéo dài đến 15 ngày (Luật Lý lịch tư pháp 2009, Điều 48): 05 ngày thêm cho xác minh. Cơ quan phối hợp cụ thể không có trong nguồn.',
    }),
    task('Task_Draft', 'Lập Phiếu lý lịch tư pháp, trình ký', 'Lane_Officer', {
      duration: 1.5,
      description: NOTE.assumedSplit,
    }),
    task('Task_Sign', 'Ký Phiếu lý lịch tư pháp', 'Lane_Leader', {
      duration: 1,
      maySendBack: true,
      description: NOTE.assumedSplit,
    }),
    task('Task_Issue', 'Vào sổ, đóng dấu, phát hành', 'Lane_Clerk', {
      duration: 0.5,
      dossierStatus: 9,
      outputs: ['Phiếu lý lịch tư pháp số 1'],
      description: NOTE.assumedSplit,
    }),
    task('Task_Return', 'Trả Phiếu lý lịch tư pháp', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 10,
      description: NOTE.assumedSplit,
    }),
    end('End_Received', 'Đã nhận Phiếu lý lịch tư pháp'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Receive', 'Hợp lệ', 'dayDu', 0.9, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa hợp lệ', 'chuaDayDu', 0.1),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_Receive', 'Task_Lookup', 'Gateway_Special'),
    branch('Flow_Normal', 'Gateway_Special', 'Task_Draft', 'Không', 'khong', 0.85, true),
    branch('Flow_Special', 'Gateway_Special', 'Task_ExtraVerify', 'Có', 'co', 0.15),
    flow('Flow_Task_ExtraVerify_Task_Draft', 'Task_ExtraVerify', 'Task_Draft'),
    ...chain('Task_Draft', 'Task_Sign', 'Task_Issue', 'Task_Return', 'End_Received'),
  ],
  dossiers: [
    {
      id: 'Dossier_Request',
      name: 'Tờ khai',
      inputOf: 'Task_Check',
      component: {
        name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
        copyType: 'original',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_Identity',
      name: 'Căn cước',
      inputOf: 'Task_Check',
      component: {
        name: 'Bản chụp Căn cước công dân hoặc hộ chiếu của người yêu cầu',
        copyType: 'copy',
        quantity: 1,
        source: 'applicant',
      },
    },
  ],
  documentation: doc(
    'Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam. Hồ sơ theo Luật Lý lịch tư pháp 2009, Điều 45 (và Luật Cư trú 2020, Điều 37): tờ khai yêu cầu cấp Phiếu; bản chụp chứng minh nhân dân hoặc căn cước công dân hoặc hộ chiếu; văn bản ủy quyền nếu ủy quyền (không vẽ). Nơi nộp: Sở Tư pháp nơi thường trú (Điều 45 khoản 2). Thời hạn không quá 10 ngày kể từ ngày nhận yêu cầu hợp lệ; không quá 15 ngày khi cư trú nhiều nơi, có thời gian cư trú ở nước ngoài, là người nước ngoài hoặc phải xác minh điều kiện đương nhiên được xóa án tích (Điều 48) [TL/7d68be85].',
    'Chưa xác minh (UNVERIFIED): nguồn thứ cấp cho biết từ 2025 nhiệm vụ quản lý nhà nước về lý lịch tư pháp chuyển từ Bộ Tư pháp sang Bộ Công an và Phiếu do cơ quan Công an cấp (Nghị quyết 223/NQ-CP năm 2025, dẫn tại [TL/357d1978]); Phụ lục I Nghị quyết 66.7/2025/NQ-CP ghi Bộ Công an là chủ quản CSDL lý lịch tư pháp [TL/e538df5c]. Mô hình vì vậy ghi cơ quan thực hiện chung là "cơ quan cấp Phiếu lý lịch tư pháp cấp tỉnh". Luật ghi "ngày", không ghi rõ ngày làm việc; mô hình tính là ngày làm việc. Kênh trực tuyến qua VNeID theo nguồn thứ cấp [TL/36b37b3a]. Đường chính mất 10 ngày, trường hợp đặc biệt 15 ngày; thời hạn ghi trong mô hình là 15 ngày (mức tối đa). Phí cung cấp thông tin lý lịch tư pháp không có trong nguồn của mô hình nên không ghi.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(current, fromDatabase('Dossier_Identity', 'CSDL quốc gia về dân cư', 'NDXP'));

const optionB = derive(
  optionA,
  fullyOnline,
  withStepTime(
    'Task_Lookup',
    3,
    'Phương án: tra cứu trên CSDL lý lịch tư pháp liên thông với CSDL quốc gia về dân cư: 6 → 3 ngày làm việc (đề xuất của người lập mô hình).',
  ),
  withTimeLimit(12),
);

export const procedure: SampleProcedure = {
  slug: 'cap-phieu-ly-lich-tu-phap',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: khai thác dữ liệu dân cư',
      'Không yêu cầu bản chụp Căn cước công dân hoặc hộ chiếu: thông tin nhân thân được khai thác từ CSDL quốc gia về dân cư qua NDXP (Nghị quyết 66.7/2025/NQ-CP thay thế Căn cước bằng thông tin trên CSDL dân cư [TL/e538df5c; VNN-667]).',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: trực tuyến toàn trình, tra cứu trên dữ liệu liên thông',
      'Phương án A cộng nộp yêu cầu và nhận Phiếu trực tuyến (toàn trình, Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]) và rút bước tra cứu từ 06 xuống 03 ngày làm việc khi CSDL lý lịch tư pháp được quản lý tập trung, liên thông với CSDL dân cư (định hướng của Nghị quyết 223/NQ-CP năm 2025 theo nguồn thứ cấp [TL/357d1978] — chưa xác minh). Thời hạn đề xuất: 10 → 07 ngày, trường hợp đặc biệt 15 → 12 ngày. Mức rút ngắn là đề xuất của người lập mô hình.',
      optionB,
    ),
  ],
};
