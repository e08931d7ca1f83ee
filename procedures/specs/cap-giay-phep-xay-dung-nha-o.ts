/** Cấp giấy phép xây dựng nhà ở riêng lẻ — Luật Xây dựng 2014 Điều 102 khoản 1 (sửa đổi 2020) [TL/6507b7e2]. */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, fullyOnline, option } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const NAME = 'Cấp giấy phép xây dựng nhà ở riêng lẻ';

const current: ProcedureSpec = {
  id: 'Process_GiayPhepXayDungNhaO',
  name: NAME,
  procedure: {
    name: NAME,
    field: 'Xây dựng',
    level: 'xa',
    agency: 'Ủy ban nhân dân cấp xã (cơ quan có thẩm quyền cấp giấy phép xây dựng nhà ở riêng lẻ sau 01/7/2025)',
    applicants: 'Chủ đầu tư (hộ gia đình, cá nhân)',
    channels: ['inPerson'],
    timeLimit: 15,
    timeUnit: 'day',
    timeStartsFrom:
      'Kể từ ngày nhận đủ hồ sơ hợp lệ (Luật Xây dựng 2014, Điều 102 khoản 1, sửa đổi 2020); luật ghi "15 ngày", mô hình tính là ngày làm việc',
    result: 'Giấy phép xây dựng, hoặc thông báo lý do không cấp giấy phép',
    dossiersPerYear: 120,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      {
        document: 'Luật Xây dựng 2014',
        article: 'Điều 102 khoản 1',
        title: 'Trình tự cấp giấy phép xây dựng (sửa đổi bởi khoản 36 Điều 1 Luật Xây dựng sửa đổi 2020)',
      },
      {
        document: 'Nghị định 140/2025/NĐ-CP',
        article: 'Điều 32 khoản 2',
        title: 'Chuyển hồ sơ của cấp huyện cho cấp xã từ 01/7/2025',
      },
      {
        document: 'Nghị định 175/2024/NĐ-CP',
        article: 'Điều 55',
        title: 'Hồ sơ đề nghị cấp giấy phép xây dựng (giấy tờ về quyền sử dụng đất)',
      },
    ],
    forms: [],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Chủ đầu tư' },
    { id: 'Lane_Desk', name: 'Bộ phận Một cửa cấp xã' },
    { id: 'Lane_Officer', name: 'Công chức phụ trách xây dựng' },
    { id: 'Lane_Consulted', name: 'Cơ quan quản lý nhà nước được hỏi ý kiến' },
    { id: 'Lane_Head', name: 'Lãnh đạo phòng chuyên môn' },
    { id: 'Lane_Leader', name: 'Lãnh đạo UBND cấp xã' },
    { id: 'Lane_Clerk', name: 'Văn thư' },
  ],
  nodes: [
    start('Start_Request', 'Có nhu cầu xây dựng nhà ở'),
    task('Task_Submit', 'Nộp 02 bộ hồ sơ đề nghị cấp giấy phép', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'inPerson',
      inPersonVisit: true,
      applicantHours: 4,
      description: `Chủ đầu tư nộp 02 bộ hồ sơ (Luật Xây dựng 2014, Điều 102 khoản 1). ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Check', 'Kiểm tra hồ sơ', 'Lane_Desk', { duration: 0, description: NOTE.notCounted }),
    xor('Gateway_Complete', 'Hồ sơ đáp ứng quy định?', 'Lane_Desk', 'hoSoDayDu'),
    task('Task_Receive', 'Tiếp nhận, ghi giấy biên nhận', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 2,
      forms: [FORM.receipt],
      description: `Ghi giấy biên nhận đối với hồ sơ đáp ứng quy định. ${NOTE.assumedSplit}`,
    }),
    task('Task_Supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 5,
      forms: [FORM.supplement],
      description: `Cơ quan cấp phép hướng dẫn chủ đầu tư hoàn thiện hồ sơ không đáp ứng quy định (Luật Xây dựng 2014, Điều 102 khoản 1). ${NOTE.supplement}`,
    }),
    task('Task_Appraise', 'Thẩm định hồ sơ, kiểm tra thực địa', 'Lane_Officer', {
      duration: 6.5,
      dossierStatus: 4,
      description:
        'Trong 07 ngày làm việc kể từ ngày nhận hồ sơ phải thẩm định hồ sơ, kiểm tra thực địa; tài liệu còn thiếu hoặc sai được thông báo một lần bằng văn bản để chủ đầu tư bổ sung (Luật Xây dựng 2014, Điều 102 khoản 1). 6,5 ngày cùng 0,5 ngày tiếp nhận = 07 ngày làm việc.',
    }),
    xor('Gateway_Eligible', 'Đủ điều kiện cấp giấy phép?', 'Lane_Officer', 'duDieuKien'),
    xor('Gateway_Consult', 'Cần lấy ý kiến cơ quan liên quan?', 'Lane_Officer', 'canLayYKien'),
    task('Task_Consult', 'Trả lời ý kiến bằng văn bản', 'Lane_Consulted', {
      duration: 5,
      description:
        'Cơ quan được hỏi ý kiến trả lời bằng văn bản trong 12 ngày kể từ ngày nhận được hồ sơ; quá hạn không có ý kiến thì coi như đồng ý (Luật Xây dựng 2014, Điều 102 khoản 1). 5 ngày = phần còn lại đến ngày thứ 12 sau 07 ngày thẩm định.',
    }),
    task('Task_Draft', 'Dự thảo giấy phép xây dựng, trình ký', 'Lane_Officer', {
      duration: 1,
      description: NOTE.assumedSplit,
    }),
    task('Task_Review', 'Kiểm tra, ký nháy, trình lãnh đạo', 'Lane_Head', {
      duration: 0.5,
      maySendBack: true,
      description: NOTE.assumedSplit,
    }),
    task('Task_Sign', 'Ký giấy phép xây dựng', 'Lane_Leader', {
      duration: 1,
      maySendBack: true,
      dossierStatus: 9,
      description: NOTE.assumedSplit,
    }),
    task('Task_Issue', 'Vào sổ, đóng dấu, phát hành', 'Lane_Clerk', { duration: 0.25, description: NOTE.assumedSplit }),
    task('Task_Return', 'Trả giấy phép xây dựng', 'Lane_Desk', {
      duration: 0.25,
      dossierStatus: 10,
      outputs: ['Giấy phép xây dựng'],
      description: NOTE.assumedSplit,
    }),
    task('Task_Refuse', 'Ký thông báo lý do không cấp giấy phép', 'Lane_Leader', {
      duration: 3,
      dossierStatus: 10,
      outputs: ['Thông báo lý do không cấp giấy phép'],
      description:
        'Việc bổ sung hồ sơ vẫn không đáp ứng các nội dung theo thông báo thì trong 03 ngày làm việc cơ quan có thẩm quyền thông báo cho chủ đầu tư lý do không cấp giấy phép (Luật Xây dựng 2014, Điều 102 khoản 1).',
    }),
    end('End_Received', 'Đã nhận giấy phép xây dựng'),
    end('End_Refused', 'Không được cấp giấy phép'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Receive', 'Đáp ứng', 'dayDu', 0.8, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa đáp ứng', 'chuaDayDu', 0.2),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_Receive', 'Task_Appraise', 'Gateway_Eligible'),
    branch('Flow_Eligible', 'Gateway_Eligible', 'Gateway_Consult', 'Đủ điều kiện', 'duDieuKien', 0.95, true),
    branch('Flow_NotEligible', 'Gateway_Eligible', 'Task_Refuse', 'Không đủ điều kiện', 'khongCap', 0.05),
    branch('Flow_NoConsult', 'Gateway_Consult', 'Task_Draft', 'Không', 'khong', 0.7, true),
    branch('Flow_Consult', 'Gateway_Consult', 'Task_Consult', 'Cần lấy ý kiến', 'co', 0.3),
    flow('Flow_Task_Consult_Task_Draft', 'Task_Consult', 'Task_Draft'),
    ...chain('Task_Draft', 'Task_Review', 'Task_Sign', 'Task_Issue', 'Task_Return', 'End_Received'),
    ...chain('Task_Refuse', 'End_Refused'),
  ],
  dossiers: [
    {
      id: 'Dossier_Application',
      name: 'Đơn',
      inputOf: 'Task_Check',
      component: { name: 'Đơn đề nghị cấp giấy phép xây dựng', copyType: 'original', quantity: 2, source: 'applicant' },
    },
    {
      id: 'Dossier_LandCertificate',
      name: 'GCN đất',
      inputOf: 'Task_Check',
      component: {
        name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở',
        copyType: 'copy',
        quantity: 2,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_Drawings',
      name: 'Bản vẽ',
      inputOf: 'Task_Check',
      component: { name: 'Bản vẽ thiết kế xây dựng', copyType: 'original', quantity: 2, source: 'applicant' },
    },
  ],
  documentation: doc(
    'Cấp giấy phép xây dựng nhà ở riêng lẻ. Trình tự và thời hạn theo Luật Xây dựng 2014, Điều 102 khoản 1, sửa đổi bởi khoản 36 Điều 1 Luật Xây dựng sửa đổi 2020 [TL/6507b7e2]: chủ đầu tư nộp 02 bộ hồ sơ; cơ quan cấp phép tiếp nhận, kiểm tra, ghi giấy biên nhận hoặc hướng dẫn hoàn thiện; trong 07 ngày làm việc thẩm định hồ sơ, kiểm tra thực địa và thông báo một lần những tài liệu còn thiếu; cơ quan được hỏi ý kiến trả lời trong 12 ngày kể từ ngày nhận hồ sơ; 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ để cấp giấy phép đối với nhà ở riêng lẻ (20 ngày với công trình); cần xem xét thêm thì được kéo dài không quá 10 ngày, có thông báo bằng văn bản (không vẽ trong mô hình); không đáp ứng sau bổ sung thì trong 03 ngày làm việc thông báo lý do không cấp.',
    'Cấp thực hiện: từ 01/7/2025 không còn cấp huyện; hồ sơ cấp huyện chuyển cho cơ quan thuộc chính quyền cấp xã (Nghị định 140/2025/NĐ-CP, Điều 32 khoản 2 [TL/6507b7e2]; không còn cấp huyện [ND118; SEC-BA]) — việc ghi UBND cấp xã là cơ quan cấp phép là suy luận của người lập mô hình, chưa đối chiếu văn bản phân cấp. Luật ghi "15 ngày", không ghi rõ ngày làm việc; mô hình tính là ngày làm việc. Thành phần "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở" theo Nghị định 175/2024/NĐ-CP, Điều 55 như được dẫn trong Phụ lục I Nghị quyết 66.7/2025/NQ-CP [TL/e538df5c]; "Đơn đề nghị" và "Bản vẽ thiết kế" là tên thành phần theo hiểu biết của người lập mô hình, chưa đối chiếu Điều 55 (chưa xác minh). Cách thức nộp ngoài nộp trực tiếp chưa được xác minh từ nguồn. Không có phí, lệ phí trong nguồn của mô hình.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(current, fromDatabase('Dossier_LandCertificate', 'CSDL quốc gia về đất đai', 'NDXP'));

const optionB = derive(optionA, fullyOnline);

export const procedure: SampleProcedure = {
  slug: 'cap-giay-phep-xay-dung-nha-o',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: khai thác dữ liệu đất đai',
      'Không yêu cầu nộp bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở: thông tin được khai thác từ CSDL quốc gia về đất đai qua NDXP (Nghị quyết 66.7/2025/NQ-CP, Phụ lục I, thủ tục 1.013225 cấp giấy phép xây dựng mới công trình cấp III, cấp IV và nhà ở riêng lẻ [TL/e538df5c; VNN-667]).',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: nộp hồ sơ điện tử, trực tuyến toàn trình',
      'Phương án A cộng nộp 01 bộ hồ sơ điện tử và nhận giấy phép trực tuyến hoặc qua bưu chính (toàn trình, Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]; số hóa hồ sơ [ND118 Điều 17]); chủ đầu tư không phải đến; việc kiểm tra thực địa do công chức thực hiện nên không cản trở dịch vụ toàn trình. Cần sửa quy định "02 bộ hồ sơ" của Luật Xây dựng 2014, Điều 102.',
      optionB,
    ),
  ],
};
