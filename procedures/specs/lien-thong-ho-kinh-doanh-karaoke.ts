/**
 * Liên thông điện tử: đăng ký thành lập hộ kinh doanh – Giấy chứng nhận đủ điều kiện về an ninh, trật tự –
 * Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke — Nghị định 297/2025/NĐ-CP [ND297; TL/a4af79c6].
 */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, option, withStepTime, withTimeLimit } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const NAME =
  'Liên thông điện tử: đăng ký thành lập hộ kinh doanh – cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự – cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke';
const ART7 = 'Nghị định 297/2025/NĐ-CP, Điều 7';

const current: ProcedureSpec = {
  id: 'Process_LienThongHoKinhDoanh',
  name: NAME,
  procedure: {
    name: NAME,
    field: 'Hộ kinh doanh; An ninh, trật tự; Văn hóa (dịch vụ karaoke)',
    level: 'tinh',
    agency:
      'Cơ quan đăng ký hộ kinh doanh; cơ quan Công an; Ủy ban nhân dân cấp tỉnh (Giấy phép kinh doanh dịch vụ karaoke)',
    applicants: 'Cá nhân, hộ kinh doanh (người đại diện hợp pháp)',
    channels: ['online'],
    timeLimit: 16,
    timeUnit: 'day',
    timeStartsFrom:
      'Kể từ khi các cơ quan có thẩm quyền nhận đầy đủ hồ sơ và thanh toán phí; hồ sơ nhận trong 01 giờ trước khi kết thúc giờ hành chính tính từ ngày làm việc kế tiếp (Nghị định 297/2025/NĐ-CP, Điều 6 khoản 2, 3)',
    onlineLevel: 'full',
    result:
      'Giấy chứng nhận đăng ký hộ kinh doanh; Giấy chứng nhận đủ điều kiện về an ninh, trật tự; Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    dossiersPerYear: 20,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      {
        document: 'Nghị định 297/2025/NĐ-CP',
        article: 'Điều 6',
        title: 'Tiếp nhận hồ sơ và thời hạn giải quyết',
        date: '2025-11-17',
      },
      { document: 'Nghị định 297/2025/NĐ-CP', article: 'Điều 7', title: 'Giải quyết hồ sơ liên thông' },
      { document: 'Nghị định 297/2025/NĐ-CP', article: 'Điều 4', title: 'Hồ sơ thực hiện liên thông' },
    ],
    forms: [
      {
        name: 'Tờ khai đề nghị đăng ký thành lập hộ kinh doanh – cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự – cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
        code: 'Mẫu số 01',
        basis: 'Nghị định 297/2025/NĐ-CP',
      },
    ],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Người đại diện hộ kinh doanh' },
    { id: 'Lane_Desk', name: 'Bộ phận Một cửa' },
    { id: 'Lane_Registry', name: 'Cơ quan đăng ký hộ kinh doanh' },
    { id: 'Lane_Police', name: 'Cơ quan Công an' },
    { id: 'Lane_Licensing', name: 'Cơ quan cấp Giấy phép karaoke (UBND cấp tỉnh)' },
    { id: 'Lane_Team', name: 'Đoàn thẩm định' },
  ],
  nodes: [
    start('Start_Request', 'Có nhu cầu kinh doanh dịch vụ karaoke'),
    task('Task_Submit', 'Kê khai, nộp hồ sơ và phí trên Cổng DVC quốc gia', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'online',
      applicantHours: 3,
      description: `Đăng nhập bằng tài khoản định danh điện tử, chọn "Thủ tục hành chính liên thông điện tử về cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", kê khai và thanh toán phí (Nghị định 297/2025/NĐ-CP, Điều 5). ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Check', 'Kiểm tra tính chính xác, đầy đủ của hồ sơ', 'Lane_Desk', {
      duration: 0,
      description: `Trong 02 giờ làm việc hệ thống thông báo cho Bộ phận Một cửa; chưa đầy đủ thì yêu cầu bổ sung không muộn hơn 08 giờ làm việc kể từ khi Cổng tiếp nhận, hướng dẫn đầy đủ trong 01 lần (Nghị định 297/2025/NĐ-CP, Điều 6 khoản 4). ${NOTE.notCounted}`,
    }),
    xor('Gateway_Complete', 'Hồ sơ đầy đủ, chính xác?', 'Lane_Desk', 'hoSoDayDu'),
    task(
      'Task_Forward',
      'Chuyển hồ sơ đến các cơ quan có thẩm quyền',
      'Lane_Desk',
      {
        duration: 0,
        dossierStatus: 2,
        channel: 'online',
        description:
          'Hồ sơ đầy đủ được chuyển đến cơ quan có thẩm quyền; Phần mềm dịch vụ công liên thông tự động phân tách hồ sơ (Nghị định 297/2025/NĐ-CP, Điều 3 khoản 6, Điều 6 khoản 4 điểm b).',
      },
      'serviceTask',
    ),
    task('Task_Supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 5,
      forms: [FORM.supplement],
      description:
        'Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ; sau 15 ngày làm việc không hoàn thiện thì hồ sơ bị đóng (Nghị định 297/2025/NĐ-CP, Điều 6 khoản 4 điểm a).',
    }),
    task('Task_RegisterHousehold', 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh', 'Lane_Registry', {
      duration: 3,
      dossierStatus: 4,
      outputs: ['Giấy chứng nhận đăng ký hộ kinh doanh'],
      description:
        'Không quá 03 ngày làm việc (Nghị định 297/2025/NĐ-CP, Điều 6 khoản 2 điểm a); kết quả chuyển về Cổng Dịch vụ công quốc gia ngay sau khi cấp (Điều 7 khoản 1).',
    }),
    xor(
      'Gateway_Household',
      'Đủ điều kiện cấp Giấy chứng nhận đăng ký hộ kinh doanh?',
      'Lane_Registry',
      'duDieuKienHkd',
    ),
    task('Task_SecurityCertificate', 'Cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự', 'Lane_Police', {
      duration: 3,
      outputs: ['Giấy chứng nhận đủ điều kiện về an ninh, trật tự'],
      description:
        'Không quá 03 ngày làm việc, sau khi nhận kết quả điện tử Giấy chứng nhận đăng ký hộ kinh doanh (Nghị định 297/2025/NĐ-CP, Điều 6 khoản 2 điểm b; Điều 7 khoản 2).',
    }),
    xor('Gateway_Security', 'Đủ điều kiện về an ninh, trật tự?', 'Lane_Police', 'duDieuKienAntt'),
    task('Task_KaraokeReview', 'Thẩm định hồ sơ, thành lập Đoàn thẩm định', 'Lane_Licensing', {
      duration: 3,
      description: `Trong 03 ngày làm việc kể từ ngày nhận được đầy đủ hồ sơ (${ART7} khoản 3 điểm a).`,
    }),
    task('Task_SiteAppraisal', 'Thẩm định thực tế tại địa điểm kinh doanh', 'Lane_Team', {
      duration: 4,
      description: `Trong 04 ngày làm việc kể từ ngày thành lập, Đoàn thẩm định tổ chức thẩm định và ban hành kết quả thẩm định (${ART7} khoản 3 điểm a).`,
    }),
    task('Task_KaraokeDecision', 'Quyết định cấp hoặc không cấp Giấy phép karaoke', 'Lane_Licensing', {
      duration: 3,
      dossierStatus: 9,
      description: `Trong 03 ngày làm việc kể từ ngày có kết quả thẩm định (${ART7} khoản 3 điểm a).`,
    }),
    xor('Gateway_Karaoke', 'Cấp Giấy phép?', 'Lane_Licensing', 'capGiayPhep'),
    task('Task_Return', 'Trả kết quả điện tử; bản giấy trực tiếp hoặc qua bưu chính', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 10,
      outputs: ['Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke'],
      description:
        'Bản điện tử gửi vào kho dữ liệu trên Cổng Dịch vụ công quốc gia, SMS; bản giấy trả trực tiếp hoặc qua dịch vụ bưu chính theo yêu cầu (Nghị định 297/2025/NĐ-CP, Điều 8).',
    }),
    task('Task_Refuse', 'Trả lời bằng văn bản, nêu rõ lý do', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 10,
      description: `Cơ quan không cấp phải trả lời bằng văn bản và nêu rõ lý do qua Cổng Dịch vụ công quốc gia và SMS (${ART7} khoản 1, 2, 3 điểm c); thời gian đã tính trong bước xem xét của cơ quan đó. Lệ phí không được hoàn trả (Điều 9 khoản 2).`,
    }),
    end('End_Licensed', 'Đã nhận Giấy phép'),
    end('End_Refused', 'Không được cấp'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Forward', 'Đầy đủ', 'dayDu', 0.8, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa đầy đủ', 'chuaDayDu', 0.2),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_Forward', 'Task_RegisterHousehold', 'Gateway_Household'),
    branch('Flow_HouseholdOk', 'Gateway_Household', 'Task_SecurityCertificate', 'Đủ điều kiện', 'co', 0.98, true),
    branch('Flow_HouseholdRefused', 'Gateway_Household', 'Task_Refuse', 'Không cấp', 'khong', 0.02),
    ...chain('Task_SecurityCertificate', 'Gateway_Security'),
    branch('Flow_SecurityOk', 'Gateway_Security', 'Task_KaraokeReview', 'Đủ điều kiện', 'co', 0.95, true),
    branch('Flow_SecurityRefused', 'Gateway_Security', 'Task_Refuse', 'Không cấp', 'khong', 0.05),
    ...chain('Task_KaraokeReview', 'Task_SiteAppraisal', 'Task_KaraokeDecision', 'Gateway_Karaoke'),
    branch('Flow_KaraokeOk', 'Gateway_Karaoke', 'Task_Return', 'Cấp', 'co', 0.9, true),
    branch('Flow_KaraokeRefused', 'Gateway_Karaoke', 'Task_Refuse', 'Không cấp', 'khong', 0.1),
    ...chain('Task_Return', 'End_Licensed'),
    ...chain('Task_Refuse', 'End_Refused'),
  ],
  dossiers: [
    {
      id: 'Dossier_EForm',
      name: 'Tờ khai',
      inputOf: 'Task_Check',
      component: {
        name: 'Tờ khai điện tử (Mẫu số 01 Nghị định 297/2025/NĐ-CP)',
        copyType: 'electronic',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_FireSafety',
      name: 'Nghiệm thu PCCC',
      inputOf: 'Task_Check',
      component: {
        name: 'Văn bản chấp thuận kết quả nghiệm thu về phòng cháy và chữa cháy của cơ quan Công an hoặc văn bản nghiệm thu về phòng cháy và chữa cháy của chủ đầu tư, chủ sở hữu công trình',
        copyType: 'electronic',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_CriminalRecord',
      name: 'Phiếu LLTP',
      inputOf: 'Task_Check',
      component: {
        name: 'Phiếu lý lịch tư pháp của người chịu trách nhiệm về an ninh, trật tự',
        copyType: 'electronic',
        quantity: 1,
        source: 'applicant',
      },
    },
  ],
  documentation: doc(
    'Nhóm thủ tục liên thông điện tử theo Nghị định 297/2025/NĐ-CP (17/11/2025) [ND297; TL/a4af79c6]. Hồ sơ (Điều 4): tờ khai điện tử Mẫu số 01 (ủy quyền thì kèm văn bản ủy quyền); văn bản chấp thuận hoặc văn bản nghiệm thu về phòng cháy và chữa cháy; Phiếu lý lịch tư pháp của người chịu trách nhiệm về an ninh, trật tự. Nộp trên Cổng Dịch vụ công quốc gia (Điều 5); thông tin đã có trong CSDL quốc gia về dân cư, CSDL về đăng ký hộ kinh doanh được tự động cập nhật vào tờ khai (Điều 3 khoản 6). Thời hạn (Điều 6 khoản 2): không quá 16 ngày làm việc, gồm Giấy chứng nhận đăng ký hộ kinh doanh không quá 03 ngày, Giấy chứng nhận đủ điều kiện về an ninh, trật tự không quá 03 ngày, Giấy phép karaoke không quá 10 ngày (03 ngày thẩm định hồ sơ và thành lập Đoàn, 04 ngày thẩm định thực tế, 03 ngày cấp hoặc không cấp — Điều 7 khoản 3). Bổ sung hồ sơ: thông báo trong 08 giờ làm việc, thời hạn tính lại từ đầu (Điều 6 khoản 4). Từ chối: văn bản nêu rõ lý do (Điều 7). Trả kết quả điện tử và bản giấy (Điều 8).',
    'Thời gian từng bước lấy đúng theo Nghị định (không phải giả định). Mức dịch vụ "toàn trình" suy ra từ việc nộp và giải quyết trên Cổng Dịch vụ công quốc gia, trả kết quả điện tử hoặc qua bưu chính (Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]). Mức phí, lệ phí không có trong nguồn của mô hình nên không ghi. Cơ quan đăng ký hộ kinh doanh không được nêu cấp cụ thể trong nguồn.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(current, fromDatabase('Dossier_CriminalRecord', 'CSDL về lý lịch tư pháp'));

const optionB = derive(
  optionA,
  withStepTime('Task_RegisterHousehold', 2),
  withStepTime('Task_SecurityCertificate', 2),
  withStepTime('Task_KaraokeReview', 2),
  withStepTime('Task_SiteAppraisal', 3),
  withStepTime('Task_KaraokeDecision', 2),
  withTimeLimit(11),
);

export const procedure: SampleProcedure = {
  slug: 'lien-thong-ho-kinh-doanh-karaoke',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: khai thác CSDL lý lịch tư pháp',
      'Không yêu cầu nộp Phiếu lý lịch tư pháp: thông tin trên Cơ sở dữ liệu lý lịch tư pháp được khai thác thay thế Phiếu lý lịch tư pháp (Nghị quyết 66.7/2025/NQ-CP [TL/e538df5c; VNN-667]).',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: rút ngắn 30% thời gian (Nghị quyết 66/NQ-CP)',
      'Phương án A cộng rút thời hạn từ 16 xuống 11 ngày làm việc (giảm 31%): mỗi cơ quan rút 01 ngày làm việc (hộ kinh doanh 3 → 2, an ninh, trật tự 3 → 2, karaoke 10 → 7). Mục tiêu giảm ít nhất 30% thời gian giải quyết thủ tục liên quan đến kinh doanh của Nghị quyết 66/NQ-CP [DL012; HCM2843]; cách chia là đề xuất của người lập mô hình.',
      optionB,
    ),
  ],
};
