/** Đăng ký khai sinh tại UBND cấp xã — Luật Hộ tịch 2014 Điều 16 [TL/e7fed5c3]. */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, fullyOnline, option, removeStep, withStepTime } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const current: ProcedureSpec = {
  id: 'Process_DangKyKhaiSinh',
  name: 'Đăng ký khai sinh',
  procedure: {
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    level: 'xa',
    agency: 'Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ',
    applicants: 'Người đi đăng ký khai sinh (cha, mẹ của trẻ)',
    channels: ['inPerson'],
    timeLimit: 1,
    timeUnit: 'day',
    timeStartsFrom:
      'Ngay sau khi nhận đủ giấy tờ (Luật Hộ tịch 2014, Điều 16); mô hình biểu diễn "ngay" là trong 01 ngày làm việc',
    result: 'Giấy khai sinh; Số định danh cá nhân của người được đăng ký khai sinh',
    dossiersPerYear: 600,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      { document: 'Luật Hộ tịch 2014', article: 'Điều 16', title: 'Thủ tục đăng ký khai sinh' },
      { document: 'Luật Hộ tịch 2014', article: 'Điều 13', title: 'Thẩm quyền đăng ký khai sinh' },
      {
        document: 'Nghị định 123/2015/NĐ-CP',
        article: 'Điều 2 khoản 1',
        title: 'Xuất trình giấy tờ tùy thân (được sửa đổi bởi Nghị định 07/2025/NĐ-CP)',
      },
    ],
    forms: [{ name: 'Tờ khai đăng ký khai sinh', basis: 'Luật Hộ tịch 2014, Điều 16 (tờ khai theo mẫu quy định)' }],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Người đi đăng ký khai sinh' },
    { id: 'Lane_Desk', name: 'Bộ phận Một cửa cấp xã' },
    { id: 'Lane_Officer', name: 'Công chức tư pháp - hộ tịch' },
    { id: 'Lane_Leader', name: 'Chủ tịch UBND cấp xã' },
  ],
  nodes: [
    start('Start_Request', 'Có yêu cầu đăng ký khai sinh'),
    task('Task_Submit', 'Nộp tờ khai và Giấy chứng sinh', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'inPerson',
      inPersonVisit: true,
      applicantHours: 3,
      description: `Nộp trực tiếp; việc ký Sổ hộ tịch diễn ra trong cùng lần đến vì thủ tục được giải quyết ngay. Không có Giấy chứng sinh thì nộp văn bản của người làm chứng hoặc giấy cam đoan về việc sinh (Luật Hộ tịch 2014, Điều 16 khoản 1). ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Check', 'Kiểm tra giấy tờ', 'Lane_Desk', { duration: 0, description: NOTE.notCounted }),
    xor('Gateway_Complete', 'Giấy tờ đầy đủ?', 'Lane_Desk', 'hoSoDayDu'),
    task('Task_Receive', 'Tiếp nhận, chuyển công chức tư pháp - hộ tịch', 'Lane_Desk', {
      duration: 0.125,
      dossierStatus: 2,
      forms: [FORM.receipt],
      description: `Tiếp nhận hồ sơ đầy đủ và chuyển ngay cho công chức tư pháp - hộ tịch. ${NOTE.assumedSplit}`,
    }),
    task('Task_Supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 5,
      forms: [FORM.supplement],
      description: NOTE.supplement,
    }),
    task('Task_Record', 'Ghi Sổ hộ tịch, cập nhật CSDL để lấy Số định danh cá nhân', 'Lane_Officer', {
      duration: 0.375,
      dossierStatus: 4,
      outputs: ['Số định danh cá nhân'],
      description: `Nếu thông tin khai sinh đầy đủ và phù hợp, ghi nội dung khai sinh vào Sổ hộ tịch; cập nhật vào Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư để lấy Số định danh cá nhân (Luật Hộ tịch 2014, Điều 16 khoản 2). ${NOTE.assumedSplit}`,
    }),
    task('Task_SignRegister', 'Cùng ký tên vào Sổ hộ tịch', 'Lane_Applicant', {
      duration: 0.125,
      channel: 'inPerson',
      description: `Công chức tư pháp - hộ tịch và người đi đăng ký khai sinh cùng ký tên vào Sổ hộ tịch (Luật Hộ tịch 2014, Điều 16 khoản 2); trong cùng lần đến nộp hồ sơ. ${NOTE.assumedSplit}`,
    }),
    task('Task_Issue', 'Cấp Giấy khai sinh', 'Lane_Leader', {
      duration: 0.25,
      dossierStatus: 9,
      outputs: ['Giấy khai sinh'],
      description: `Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy khai sinh cho người được đăng ký khai sinh (Luật Hộ tịch 2014, Điều 16 khoản 2). ${NOTE.assumedSplit}`,
    }),
    task('Task_Return', 'Trả Giấy khai sinh', 'Lane_Desk', {
      duration: 0.125,
      dossierStatus: 10,
      description: NOTE.assumedSplit,
    }),
    end('End_Received', 'Đã nhận Giấy khai sinh'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Receive', 'Đầy đủ', 'dayDu', 0.9, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa đầy đủ', 'chuaDayDu', 0.1),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_Receive', 'Task_Record', 'Task_SignRegister', 'Task_Issue', 'Task_Return', 'End_Received'),
  ],
  dossiers: [
    {
      id: 'Dossier_Declaration',
      name: 'Tờ khai',
      inputOf: 'Task_Check',
      component: { name: 'Tờ khai đăng ký khai sinh', copyType: 'original', quantity: 1, source: 'applicant' },
    },
    {
      id: 'Dossier_BirthCertificate',
      name: 'Giấy chứng sinh',
      inputOf: 'Task_Check',
      component: { copyType: 'original', quantity: 1, source: 'applicant' },
    },
    {
      id: 'Dossier_Identity',
      name: 'Căn cước',
      inputOf: 'Task_Check',
      component: {
        name: 'Căn cước của người đi đăng ký khai sinh (xuất trình)',
        copyType: 'original',
        quantity: 1,
        source: 'applicant',
      },
    },
  ],
  documentation: doc(
    'Đăng ký khai sinh tại Ủy ban nhân dân cấp xã. Trình tự và thời hạn theo Luật Hộ tịch 2014, Điều 16 [TL/e7fed5c3]: người đi đăng ký nộp tờ khai theo mẫu và Giấy chứng sinh; ngay sau khi nhận đủ giấy tờ, công chức tư pháp - hộ tịch ghi Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử và Cơ sở dữ liệu quốc gia về dân cư để lấy Số định danh cá nhân; công chức và người đi đăng ký cùng ký Sổ hộ tịch; Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy khai sinh. Thẩm quyền: Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ (Luật Hộ tịch 2014, Điều 13, dẫn tại [TL/3cdf8262]).',
    'Thời hạn: luật quy định giải quyết "ngay sau khi nhận đủ giấy tờ", không ghi số ngày; mô hình biểu diễn là 01 ngày làm việc để có thể đối chiếu thời gian — đây là quy ước của người lập mô hình, không phải quy định. Thành phần "Căn cước (xuất trình)" theo Nghị định 123/2015/NĐ-CP, Điều 2 khoản 1 (sửa đổi bởi Nghị định 07/2025/NĐ-CP), như được dẫn trong Phụ lục I của Nghị quyết 66.7/2025/NQ-CP [TL/e538df5c; VNN-667]. Loại bản (bản chính) của các giấy tờ là giả định của người lập mô hình. Không có phí, lệ phí trong nguồn của mô hình (mức lệ phí, nếu có, chưa được xác minh).',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(
  current,
  fromDatabase('Dossier_Identity', 'CSDL quốc gia về dân cư', 'NDXP'),
  fromDatabase('Dossier_BirthCertificate', 'Giấy chứng sinh điện tử liên thông từ cơ sở khám bệnh, chữa bệnh'),
);

const optionB = derive(
  optionA,
  fullyOnline,
  removeStep(
    'Task_SignRegister',
    'Phương án: bỏ bước ký Sổ hộ tịch trực tiếp; cần sửa Luật Hộ tịch 2014, Điều 16 khoản 2.',
  ),
  withStepTime(
    'Task_Issue',
    0.375,
    'Phương án: Chủ tịch UBND cấp xã ký số Giấy khai sinh điện tử và gửi vào kho dữ liệu của người dân; nhận thêm thời gian của bước ký Sổ hộ tịch đã bỏ (0,25 → 0,375 ngày làm việc).',
  ),
);

export const procedure: SampleProcedure = {
  slug: 'dang-ky-khai-sinh',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: khai thác dữ liệu dân cư',
      'Không yêu cầu xuất trình Căn cước: thông tin được khai thác từ CSDL quốc gia về dân cư qua NDXP (Nghị quyết 66.7/2025/NQ-CP, Phụ lục I, thủ tục đăng ký khai sinh [TL/e538df5c; VNN-667]); Giấy chứng sinh nhận bản điện tử có ký số liên thông từ cơ sở khám bệnh, chữa bệnh như trong dịch vụ liên thông cho trẻ dưới 6 tuổi (Nghị định 63/2024/NĐ-CP, Điều 5 [TL/2c4ce9ec]).',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: khai sinh trực tuyến toàn trình',
      'Phương án A cộng nộp hồ sơ và nhận kết quả trực tuyến (toàn trình theo Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]) và bỏ bước cùng ký Sổ hộ tịch trực tiếp — Công điện 220/CĐ-TTg nêu việc buộc người dân đến ký là rào cản của dịch vụ toàn trình [CD220]; Nghị định 63/2024/NĐ-CP, Điều 4 đã áp dụng nguyên tắc không yêu cầu bản giấy cho nhóm thủ tục liên thông [TL/2c4ce9ec]. Cần sửa Luật Hộ tịch 2014, Điều 16 khoản 2.',
      optionB,
    ),
  ],
};
