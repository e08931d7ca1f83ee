/**
 * Quy trình nội bộ đã được phê duyệt: đăng ký cai nghiện ma túy tự nguyện (mã 3.000527.H61, cấp xã) —
 * Vĩnh Long, QĐ 2682/QĐ-UBND ngày 20/11/2025 [VL2682; TL/b3a4b260].
 */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, fullyOnline, option, removeStep, withStepTime, withTimeLimit } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const NAME = 'Đăng ký cai nghiện ma túy tự nguyện';

const current: ProcedureSpec = {
  id: 'Process_VL2682_CaiNghienTuNguyen',
  name: NAME,
  procedure: {
    code: '3.000527.H61',
    name: NAME,
    field: 'Tổ chức cai nghiện ma túy và quản lý sau cai nghiện ma túy',
    level: 'xa',
    agency: 'Ủy ban nhân dân cấp xã (Công an cấp xã tham mưu)',
    applicants: 'Người nghiện ma túy; người đại diện hợp pháp của người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi',
    channels: ['inPerson'],
    timeLimit: 3,
    timeUnit: 'day',
    timeStartsFrom: 'Kể từ ngày nhận đủ hồ sơ hợp lệ',
    result:
      'Quyết định của Chủ tịch Ủy ban nhân dân cấp xã về việc cai nghiện ma túy tự nguyện tại gia đình, cộng đồng',
    dossiersPerYear: 30,
    boundaryFree: true,
    publicationDecision: 'Quyết định 2682/QĐ-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh Vĩnh Long',
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      { document: 'Luật Phòng, chống ma túy 2021', title: 'Luật số 73/2021/QH14' },
      {
        document: 'Nghị định 116/2021/NĐ-CP',
        article: 'Điều 28 khoản 4',
        title: 'Hồ sơ đăng ký cai nghiện ma túy tự nguyện',
        date: '2021-12-21',
      },
      {
        document: 'Nghị định 184/2025/NĐ-CP',
        title: 'Phân định thẩm quyền khi tổ chức chính quyền địa phương hai cấp trong lĩnh vực an ninh, trật tự',
        date: '2025-07-01',
      },
      {
        document: 'Quyết định 2682/QĐ-UBND',
        title: 'Công bố thủ tục và phê duyệt quy trình nội bộ (Vĩnh Long)',
        date: '2025-11-20',
      },
    ],
    forms: [
      { name: 'Đăng ký cai nghiện ma túy tự nguyện', code: 'Mẫu số 22 Phụ lục II', basis: 'Nghị định 116/2021/NĐ-CP' },
      {
        name: 'Sổ đăng ký cai nghiện ma túy tự nguyện',
        code: 'Mẫu số 23 Phụ lục II',
        basis: 'Nghị định 116/2021/NĐ-CP',
      },
      {
        name: 'Quyết định cai nghiện ma túy tự nguyện tại gia đình, cộng đồng',
        code: 'Mẫu số 24 Phụ lục II',
        basis: 'Nghị định 116/2021/NĐ-CP',
      },
    ],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Người đăng ký cai nghiện' },
    { id: 'Lane_Desk', name: 'Trung tâm Phục vụ hành chính công cấp xã' },
    { id: 'Lane_Police', name: 'Cán bộ Công an cấp xã được phân công' },
    { id: 'Lane_PoliceChief', name: 'Chỉ huy Công an cấp xã' },
    { id: 'Lane_Leader', name: 'Lãnh đạo UBND cấp xã' },
    { id: 'Lane_Clerk', name: 'Văn thư UBND cấp xã' },
  ],
  nodes: [
    start('Start_Request', 'Có nhu cầu đăng ký cai nghiện tự nguyện'),
    task('Task_Submit', 'Nộp 01 bộ hồ sơ, xuất trình giấy tờ tùy thân', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'inPerson',
      inPersonVisit: true,
      applicantHours: 2,
      description: `Nộp trực tiếp tại điểm tiếp nhận đăng ký cai nghiện của UBND cấp xã nơi cư trú, xuất trình bản chính giấy tờ tùy thân để đối chiếu. ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Receive', 'Bước 1: hướng dẫn, tiếp nhận, quét hồ sơ, chuyển Công an cấp xã', 'Lane_Desk', {
      duration: 0.25,
      dossierStatus: 2,
      forms: [FORM.receipt],
      description: '0,25 ngày làm việc.',
    }),
    task('Task_PoliceCheck', 'Bước 2: kiểm tra thành phần, tính hợp lệ', 'Lane_Police', {
      duration: 0,
      description: `Phần kiểm tra của Bước 2; thời gian 0,25 ngày của Bước 2 được ghi ở phần vào sổ — cách tách là của người lập mô hình. ${NOTE.notCounted}`,
    }),
    xor('Gateway_Complete', 'Hồ sơ hợp lệ, đủ thành phần?', 'Lane_Police', 'hoSoDayDu'),
    task('Task_Register', 'Bước 2: vào Sổ đăng ký cai nghiện, trình Chỉ huy', 'Lane_Police', {
      duration: 0.25,
      dossierStatus: 4,
      forms: [
        {
          name: 'Sổ đăng ký cai nghiện ma túy tự nguyện',
          code: 'Mẫu số 23 Phụ lục II',
          basis: 'Nghị định 116/2021/NĐ-CP',
        },
      ],
      description: '0,25 ngày làm việc.',
    }),
    task('Task_Supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Lane_Police', {
      duration: 0,
      dossierStatus: 5,
      description: NOTE.supplement,
    }),
    task('Task_Appraise', 'Bước 3: kiểm tra, thẩm định hồ sơ, trình Lãnh đạo UBND', 'Lane_PoliceChief', {
      duration: 1,
      description: '01 ngày làm việc.',
    }),
    xor(
      'Gateway_Decide',
      'Đủ điều kiện quyết định cai nghiện tại gia đình, cộng đồng?',
      'Lane_PoliceChief',
      'duDieuKien',
    ),
    task('Task_Approve', 'Bước 4: phê duyệt Quyết định cai nghiện tự nguyện', 'Lane_Leader', {
      duration: 1,
      forms: [
        {
          name: 'Quyết định cai nghiện ma túy tự nguyện tại gia đình, cộng đồng',
          code: 'Mẫu số 24 Phụ lục II',
          basis: 'Nghị định 116/2021/NĐ-CP',
        },
      ],
      description: '01 ngày làm việc.',
    }),
    task('Task_RefuseLetter', 'Bước 4: ký văn bản trả lời, nêu rõ lý do', 'Lane_Leader', {
      duration: 1,
      description:
        'Trường hợp không quyết định cho cai nghiện tự nguyện tại gia đình, cộng đồng thì trả lời bằng văn bản và nêu rõ lý do. 01 ngày làm việc.',
    }),
    task('Task_Issue', 'Bước 5: đóng dấu, phát hành, chuyển kết quả', 'Lane_Clerk', {
      duration: 0.25,
      dossierStatus: 9,
      description: '0,25 ngày làm việc.',
    }),
    task('Task_Return', 'Bước 6: tiếp nhận kết quả, trả cho người dân', 'Lane_Desk', {
      duration: 0.25,
      dossierStatus: 10,
      description: 'Lưu kho dữ liệu; trả kết quả. 0,25 ngày làm việc.',
    }),
    end('End_Received', 'Đã nhận kết quả'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Receive', 'Task_PoliceCheck', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Register', 'Hợp lệ', 'dayDu', 0.85, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa hợp lệ', 'chuaDayDu', 0.15),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_PoliceCheck'),
    ...chain('Task_Register', 'Task_Appraise', 'Gateway_Decide'),
    branch('Flow_Approve', 'Gateway_Decide', 'Task_Approve', 'Đủ điều kiện', 'co', 0.9, true),
    branch('Flow_Refuse', 'Gateway_Decide', 'Task_RefuseLetter', 'Không quyết định', 'khong', 0.1),
    flow('Flow_Task_Approve_Task_Issue', 'Task_Approve', 'Task_Issue'),
    flow('Flow_Task_RefuseLetter_Task_Issue', 'Task_RefuseLetter', 'Task_Issue'),
    ...chain('Task_Issue', 'Task_Return', 'End_Received'),
  ],
  dossiers: [
    {
      id: 'Dossier_Form',
      name: 'Mẫu số 22',
      inputOf: 'Task_PoliceCheck',
      component: {
        name: 'Đăng ký cai nghiện ma túy tự nguyện (Mẫu số 22 Phụ lục II Nghị định 116/2021/NĐ-CP)',
        copyType: 'original',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_Assessment',
      name: 'Phiếu xác định',
      inputOf: 'Task_PoliceCheck',
      component: {
        name: 'Bản sao Phiếu kết quả xác định tình trạng nghiện ma túy của cơ quan có thẩm quyền',
        copyType: 'copy',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_Identity',
      name: 'Giấy tờ tùy thân',
      inputOf: 'Task_PoliceCheck',
      component: {
        name: 'Bản sao một trong các giấy tờ tùy thân: Thẻ Căn cước, hộ chiếu, giấy khai sinh (người từ đủ 12 đến dưới 18 tuổi)',
        copyType: 'copy',
        quantity: 1,
        source: 'applicant',
      },
    },
  ],
  documentation: doc(
    'Thủ tục cấp xã 3.000527.H61, công bố và phê duyệt quy trình nội bộ tại Quyết định 2682/QĐ-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh Vĩnh Long; thực hiện không phụ thuộc vào địa giới hành chính [VL2682; TL/b3a4b260]. Từ quyết định: thành phần hồ sơ (01 bộ), nộp trực tiếp, thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, lệ phí: không, kết quả, căn cứ pháp lý (Luật Phòng, chống ma túy 2021 số 73/2021/QH14; Nghị định 116/2021/NĐ-CP, hồ sơ theo Điều 28 khoản 4; Nghị định 184/2025/NĐ-CP; Quyết định 2682/QĐ-UBND) và bảng quy trình 6 bước: Bước 1 Trung tâm Phục vụ hành chính công 0,25 ngày; Bước 2 cán bộ Công an cấp xã 0,25; Bước 3 Chỉ huy Công an cấp xã 01; Bước 4 Lãnh đạo UBND cấp xã 01; Bước 5 Văn thư 0,25; Bước 6 Trung tâm Phục vụ hành chính công cấp xã 0,25 (tổng 03 ngày).',
    'Giả định của người lập mô hình: phần kiểm tra thành phần của Bước 2 tách thành bước 0 ngày trước điểm quyết định (vòng bổ sung hồ sơ), thời gian 0,25 ngày ghi ở phần vào sổ. Loại bản của mẫu đơn (bản chính) suy từ việc lập theo mẫu.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(current, fromDatabase('Dossier_Identity', 'CSDL quốc gia về dân cư', 'NDXP'));

const optionB = derive(
  optionA,
  fullyOnline,
  removeStep(
    'Task_Register',
    'Phương án: hồ sơ trực tuyến được ghi tự động vào sổ đăng ký điện tử; bỏ bước vào sổ thủ công (0,25 ngày).',
  ),
  withStepTime('Task_Appraise', 0.75, 'Phương án: 1 → 0,75 ngày làm việc.'),
  withTimeLimit(2.5),
);

export const procedure: SampleProcedure = {
  slug: 'vl2682-dang-ky-cai-nghien-tu-nguyen',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: khai thác dữ liệu dân cư',
      'Không yêu cầu bản sao giấy tờ tùy thân: thông tin khai thác từ CSDL quốc gia về dân cư qua NDXP (Nghị quyết 66.7/2025/NQ-CP thay thế Căn cước bằng thông tin trên CSDL dân cư [TL/e538df5c; VNN-667]).',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: nộp trực tuyến, bỏ bước vào sổ thủ công',
      'Phương án A cộng tiếp nhận trực tuyến (toàn trình, Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]; chỉ đạo nâng dịch vụ lên toàn trình [DL012]), bỏ bước vào sổ thủ công của Công an cấp xã và rút bước thẩm định còn 0,75 ngày: thời hạn đề xuất 03 → 2,5 ngày làm việc (giảm 16,7%). Hiện quyết định quy định nộp trực tiếp [VL2682]; mức rút ngắn là đề xuất của người lập mô hình.',
      optionB,
    ),
  ],
};
