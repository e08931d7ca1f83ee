/** Đăng ký kết hôn tại UBND cấp xã — Luật Hộ tịch 2014 Điều 17, 18 [TL/3888f4b7]. */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, option, withProcedure, withStep } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const current: ProcedureSpec = {
  id: 'Process_DangKyKetHon',
  name: 'Đăng ký kết hôn',
  procedure: {
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    level: 'xa',
    agency: 'Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên nam, nữ',
    applicants: 'Hai bên nam, nữ',
    channels: ['inPerson'],
    timeLimit: 5,
    timeUnit: 'day',
    timeStartsFrom:
      'Ngay sau khi nhận đủ giấy tờ; không quá 05 ngày làm việc nếu cần xác minh điều kiện kết hôn (Luật Hộ tịch 2014, Điều 18 khoản 2)',
    result: 'Giấy chứng nhận kết hôn',
    dossiersPerYear: 150,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      { document: 'Luật Hộ tịch 2014', article: 'Điều 18', title: 'Thủ tục đăng ký kết hôn' },
      {
        document: 'Luật Hộ tịch 2014',
        article: 'Điều 17',
        title: 'Thẩm quyền đăng ký kết hôn và nội dung Giấy chứng nhận kết hôn',
      },
      {
        document: 'Nghị định 123/2015/NĐ-CP',
        article: 'Điều 2 khoản 1',
        title: 'Xuất trình giấy tờ tùy thân (được sửa đổi bởi Nghị định 07/2025/NĐ-CP)',
      },
    ],
    forms: [{ name: 'Tờ khai đăng ký kết hôn', basis: 'Luật Hộ tịch 2014, Điều 18 (tờ khai theo mẫu quy định)' }],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Hai bên nam, nữ' },
    { id: 'Lane_Desk', name: 'Bộ phận Một cửa cấp xã' },
    { id: 'Lane_Officer', name: 'Công chức tư pháp - hộ tịch' },
    { id: 'Lane_Verify', name: 'Cơ quan phối hợp xác minh' },
    { id: 'Lane_Leader', name: 'Chủ tịch UBND cấp xã' },
  ],
  nodes: [
    start('Start_Request', 'Có yêu cầu đăng ký kết hôn'),
    task('Task_Submit', 'Nộp tờ khai đăng ký kết hôn', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'inPerson',
      applicantHours: 2,
      description: `Nộp trực tiếp tại Bộ phận Một cửa cấp xã. Việc hai bên cùng có mặt (Luật Hộ tịch 2014, Điều 18 khoản 1) được tính là một lần đến ở bước ký; khi giải quyết ngay, nộp hồ sơ và ký diễn ra trong cùng lần đến. ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Check', 'Kiểm tra giấy tờ', 'Lane_Desk', { duration: 0, description: NOTE.notCounted }),
    xor('Gateway_Complete', 'Giấy tờ đầy đủ?', 'Lane_Desk', 'hoSoDayDu'),
    task('Task_Receive', 'Tiếp nhận, chuyển công chức tư pháp - hộ tịch', 'Lane_Desk', {
      duration: 0.125,
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
    task('Task_Examine', 'Kiểm tra điều kiện kết hôn, tra cứu tình trạng hôn nhân', 'Lane_Officer', {
      duration: 0.25,
      dossierStatus: 4,
      description: `Đối chiếu điều kiện kết hôn theo Luật Hôn nhân và gia đình (Luật Hộ tịch 2014, Điều 18 khoản 2). Không yêu cầu nộp Giấy xác nhận tình trạng hôn nhân: công chức tra cứu tình trạng hôn nhân qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư; không tra cứu được thì xác minh (Nghị định 07/2025/NĐ-CP, theo Công văn 481/BTP-HTQTCT [TL/bc94d8df]). ${NOTE.assumedSplit}`,
    }),
    xor('Gateway_Verify', 'Cần xác minh điều kiện kết hôn?', 'Lane_Officer', 'canXacMinh'),
    task('Task_Verify', 'Xác minh điều kiện kết hôn', 'Lane_Verify', {
      duration: 4,
      description: `Công chức tư pháp - hộ tịch đề nghị cơ quan, tổ chức liên quan xác minh; người phối hợp là giả định của người lập mô hình. Trường hợp cần xác minh điều kiện kết hôn thì thời hạn giải quyết không quá 05 ngày làm việc (Luật Hộ tịch 2014, Điều 18 khoản 2); 04 ngày cho xác minh là phần còn lại sau 01 ngày của các bước khác — giả định của người lập mô hình.`,
    }),
    task('Task_Record', 'Ghi việc kết hôn vào Sổ hộ tịch', 'Lane_Officer', {
      duration: 0.125,
      description: `Công chức tư pháp - hộ tịch ghi việc kết hôn vào Sổ hộ tịch (Luật Hộ tịch 2014, Điều 18 khoản 2). ${NOTE.assumedSplit}`,
    }),
    task('Task_Sign', 'Hai bên cùng ký Sổ hộ tịch và Giấy chứng nhận kết hôn', 'Lane_Applicant', {
      duration: 0.125,
      channel: 'inPerson',
      inPersonVisit: true,
      applicantHours: 1,
      description: `Hai bên nam, nữ cùng có mặt, cùng ký tên vào Sổ hộ tịch và Giấy chứng nhận kết hôn (Luật Hộ tịch 2014, Điều 18). ${NOTE.assumedSplit}`,
    }),
    task('Task_Award', 'Trao Giấy chứng nhận kết hôn', 'Lane_Leader', {
      duration: 0.375,
      dossierStatus: 10,
      outputs: ['Giấy chứng nhận kết hôn'],
      description: `Công chức tư pháp - hộ tịch báo cáo Chủ tịch Ủy ban nhân dân cấp xã tổ chức trao Giấy chứng nhận kết hôn cho hai bên (Luật Hộ tịch 2014, Điều 18 khoản 2). ${NOTE.assumedSplit}`,
    }),
    end('End_Received', 'Đã nhận Giấy chứng nhận kết hôn'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Receive', 'Đầy đủ', 'dayDu', 0.9, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa đầy đủ', 'chuaDayDu', 0.1),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_Receive', 'Task_Examine', 'Gateway_Verify'),
    branch('Flow_NoVerify', 'Gateway_Verify', 'Task_Record', 'Không', 'khong', 0.9, true),
    branch('Flow_Verify', 'Gateway_Verify', 'Task_Verify', 'Cần xác minh', 'co', 0.1),
    flow('Flow_Task_Verify_Task_Record', 'Task_Verify', 'Task_Record'),
    ...chain('Task_Record', 'Task_Sign', 'Task_Award', 'End_Received'),
  ],
  dossiers: [
    {
      id: 'Dossier_Declaration',
      name: 'Tờ khai',
      inputOf: 'Task_Check',
      component: { name: 'Tờ khai đăng ký kết hôn', copyType: 'original', quantity: 1, source: 'applicant' },
    },
    {
      id: 'Dossier_Identity',
      name: 'Căn cước',
      inputOf: 'Task_Check',
      component: { name: 'Căn cước của hai bên (xuất trình)', copyType: 'original', quantity: 2, source: 'applicant' },
    },
  ],
  documentation: doc(
    'Đăng ký kết hôn tại Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên (Luật Hộ tịch 2014, Điều 17). Trình tự và thời hạn theo Luật Hộ tịch 2014, Điều 18 [TL/3888f4b7]: hai bên nộp tờ khai theo mẫu và cùng có mặt; ngay sau khi nhận đủ giấy tờ, nếu đủ điều kiện kết hôn, công chức tư pháp - hộ tịch ghi việc kết hôn vào Sổ hộ tịch, hai bên cùng ký Sổ hộ tịch và Giấy chứng nhận kết hôn; Chủ tịch Ủy ban nhân dân cấp xã tổ chức trao Giấy chứng nhận kết hôn. Cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.',
    'Mô hình ghi thời hạn là 05 ngày làm việc (mức tối đa khi phải xác minh); "ngay" trên đường chính được biểu diễn là 01 ngày làm việc — quy ước của người lập mô hình. Không yêu cầu nộp Giấy xác nhận tình trạng hôn nhân từ Nghị định 07/2025/NĐ-CP (nguồn thứ cấp: Công văn 481/BTP-HTQTCT, [TL/bc94d8df]). Thành phần "Căn cước (xuất trình)" theo Nghị định 123/2015/NĐ-CP, Điều 2 khoản 1, như được dẫn trong Phụ lục I của Nghị quyết 66.7/2025/NQ-CP [TL/e538df5c; VNN-667]. Loại bản của giấy tờ là giả định của người lập mô hình. Luật không quy định trường hợp từ chối trong nguồn của mô hình nên không vẽ nhánh từ chối. Không có phí, lệ phí trong nguồn của mô hình.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(current, fromDatabase('Dossier_Identity', 'CSDL quốc gia về dân cư', 'NDXP'));

const optionB = derive(
  optionA,
  withProcedure({ channels: ['inPerson', 'online'], onlineLevel: 'partial' }),
  withStep(
    'Task_Submit',
    { channel: 'online' },
    'Phương án: nộp tờ khai trực tuyến trên Cổng Dịch vụ công; hai bên chỉ đến một lần để ký.',
  ),
);

export const procedure: SampleProcedure = {
  slug: 'dang-ky-ket-hon',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: khai thác dữ liệu dân cư',
      'Không yêu cầu xuất trình Căn cước của hai bên: thông tin được khai thác từ CSDL quốc gia về dân cư qua NDXP (Nghị quyết 66.7/2025/NQ-CP, Phụ lục I, thủ tục đăng ký kết hôn [TL/e538df5c; VNN-667]).',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: nộp trực tuyến, chỉ đến một lần để ký',
      'Phương án A cộng nộp tờ khai trực tuyến (dịch vụ công trực tuyến một phần, Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]). Hai bên vẫn phải cùng có mặt để ký theo Luật Hộ tịch 2014, Điều 18, nên thủ tục không thể toàn trình nếu không sửa luật [CD220].',
      optionB,
    ),
  ],
};
