/**
 * Quy trình nội bộ đã được phê duyệt: đề nghị thay đổi trụ sở của tổ chức tôn giáo, tổ chức tôn giáo trực
 * thuộc (mã TTHC 1.012644, ký hiệu QTTP-20) — Hà Nội, QĐ 1594/QĐ-TTPVHCC ngày 20/11/2025 [HN1594; TL/82483d7f].
 */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, option, removeStep, withStepTime, withTimeLimit } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const NAME = 'Thủ tục đề nghị thay đổi trụ sở của tổ chức tôn giáo, tổ chức tôn giáo trực thuộc';
const VP =
  'Bước 6–13 (quy trình nội bộ tại UBND Thành phố) có chung thời hạn 07 ngày làm việc; cách chia 07 ngày cho từng bước là giả định của người lập mô hình, không phải quy định.';

const current: ProcedureSpec = {
  id: 'Process_HN1594_ThayDoiTruSo',
  name: NAME,
  procedure: {
    code: '1.012644',
    name: NAME,
    field: 'Tín ngưỡng, tôn giáo',
    level: 'tinh',
    agency: 'Ủy ban nhân dân thành phố Hà Nội; Sở Dân tộc và Tôn giáo thành phố Hà Nội tiếp nhận, thẩm định',
    applicants: 'Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc',
    channels: ['inPerson', 'post', 'online'],
    timeLimit: 30,
    timeUnit: 'day',
    timeStartsFrom: 'Kể từ ngày nhận đủ hồ sơ đề nghị hợp lệ (30 ngày làm việc = 240 giờ làm việc)',
    onlineLevel: 'full',
    result:
      'Văn bản trả lời chấp thuận hoặc không chấp thuận về việc thay đổi trụ sở của tổ chức tôn giáo, tổ chức tôn giáo trực thuộc',
    dossiersPerYear: 5,
    publicationDecision:
      'Quyết định 1535/QĐ-TTPVHCC ngày 03/11/2025 của Trung tâm Phục vụ hành chính công thành phố Hà Nội',
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      { document: 'Luật Tín ngưỡng, tôn giáo 2016', title: 'Luật số 02/2016/QH14 ngày 18/11/2016' },
      {
        document: 'Nghị định 95/2023/NĐ-CP',
        title: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo',
        date: '2023-12-29',
      },
      {
        document: 'Nghị định 124/2025/NĐ-CP',
        title:
          'Phân quyền, phân cấp, phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực dân tộc, tín ngưỡng, tôn giáo',
        date: '2025-06-11',
      },
      {
        document: 'Quyết định 660/QĐ-BDTTG',
        title: 'Công bố thủ tục hành chính mới ban hành, được sửa đổi, bổ sung của Bộ Dân tộc và Tôn giáo',
        date: '2025-09-18',
      },
      {
        document: 'Quyết định 1594/QĐ-TTPVHCC',
        title: 'Phê duyệt quy trình nội bộ, quy trình điện tử (Hà Nội)',
        date: '2025-11-20',
      },
    ],
    forms: [
      {
        name: 'Đề nghị thay đổi trụ sở của tổ chức tôn giáo hoặc tổ chức tôn giáo trực thuộc',
        code: 'Mẫu B12',
        basis: 'Nghị định 95/2023/NĐ-CP',
      },
      FORM.receipt,
      FORM.supplement,
      FORM.control,
      FORM.log,
    ],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Tổ chức tôn giáo' },
    { id: 'Lane_Desk', name: 'Bộ phận TN&TKQ Sở Dân tộc và Tôn giáo' },
    { id: 'Lane_DeskHead', name: 'Trưởng Bộ phận TN&TKQ' },
    { id: 'Lane_DeptLeader', name: 'Lãnh đạo Sở' },
    { id: 'Lane_Head', name: 'Lãnh đạo phòng Nghiệp vụ' },
    { id: 'Lane_Officer', name: 'Chuyên viên phòng Nghiệp vụ' },
    { id: 'Lane_VpAdmin', name: 'Phòng Hành chính – Quản trị, Văn phòng UBND Thành phố' },
    { id: 'Lane_VpLeader', name: 'Lãnh đạo Văn phòng UBND Thành phố' },
    { id: 'Lane_VpHead', name: 'Lãnh đạo phòng chuyên môn, Văn phòng UBND Thành phố' },
    { id: 'Lane_VpOfficer', name: 'Chuyên viên phòng chuyên môn, Văn phòng UBND Thành phố' },
    { id: 'Lane_CityLeader', name: 'Lãnh đạo UBND Thành phố' },
  ],
  nodes: [
    start('Start_Request', 'Có nhu cầu thay đổi trụ sở'),
    task('Task_Submit', 'Nộp hồ sơ đề nghị (Mẫu B12)', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'online',
      applicantHours: 3,
      description: `Trực tiếp tại Bộ phận TN&TKQ Sở Dân tộc và Tôn giáo, qua bưu chính công ích hoặc trực tuyến tại Cổng Dịch vụ công quốc gia (ưu tiên trực tuyến). ${NOTE.notCounted} Số giờ của tổ chức là ước tính minh họa.`,
    }),
    task('Task_Check', 'Bước 1: kiểm tra, hướng dẫn hồ sơ', 'Lane_Desk', {
      duration: 0,
      description: `Phần kiểm tra của Bước 1. Thời gian 1/2 ngày của Bước 1 được ghi ở phần tiếp nhận (sau khi hồ sơ đầy đủ), vì thời hạn tính từ khi nhận đủ hồ sơ hợp lệ — cách tách là của người lập mô hình.`,
    }),
    xor('Gateway_Complete', 'Hồ sơ đầy đủ, hợp lệ, đúng thẩm quyền?', 'Lane_Desk', 'hoSoDayDu'),
    task('Task_Receive', 'Bước 1: số hóa, tiếp nhận hồ sơ', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 2,
      forms: [FORM.receipt],
      description:
        'Hồ sơ đầy đủ, hợp lệ: số hóa hồ sơ vào Hệ thống thông tin giải quyết thủ tục hành chính và gửi Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01, Thông tư 03/2025/TT-VPCP). 1/2 ngày.',
    }),
    task('Task_Supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 5,
      forms: [FORM.supplement],
      description: NOTE.supplement,
    }),
    task('Task_RefuseIntake', 'Lập Phiếu từ chối tiếp nhận hồ sơ', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 3,
      forms: [{ name: 'Phiếu từ chối tiếp nhận hồ sơ', basis: 'Quyết định 1594/QĐ-TTPVHCC, Bước 1' }],
      description:
        'Trường hợp không thuộc thẩm quyền tiếp nhận hồ sơ: cán bộ tiếp nhận lập Phiếu từ chối tiếp nhận hồ sơ gửi tổ chức (Bước 1).',
    }),
    task('Task_Forward', 'Bước 2: chuyển hồ sơ tới Lãnh đạo Sở', 'Lane_DeskHead', {
      duration: 0.5,
      forms: [FORM.control],
      description: 'Trưởng Bộ phận TN&TKQ chuyển hồ sơ tới Lãnh đạo Sở. 1/2 ngày.',
    }),
    task('Task_AssignDept', 'Bước 2: phân công phòng Nghiệp vụ thụ lý', 'Lane_DeptLeader', {
      duration: 1,
      description: 'Lãnh đạo Sở phân công thụ lý hồ sơ cho phòng Nghiệp vụ. 1 ngày.',
    }),
    task('Task_AssignOfficer', 'Bước 2: phân công chuyên viên thụ lý', 'Lane_Head', {
      duration: 1,
      description: 'Lãnh đạo phòng phân công hồ sơ tới chuyên viên thụ lý. 1 ngày.',
    }),
    task('Task_Examine', 'Bước 3: thẩm định hồ sơ, dự thảo văn bản trình UBND Thành phố', 'Lane_Officer', {
      duration: 16,
      dossierStatus: 4,
      description:
        'Kiểm tra hồ sơ; cần bổ sung thì hoàn thiện Phiếu yêu cầu bổ sung trình Lãnh đạo Sở ký; không đủ điều kiện thì dự thảo văn bản thông báo; đủ điều kiện thì phối hợp thẩm định (nếu cần), dự thảo văn bản của Sở trình UBND Thành phố kèm dự thảo văn bản trả lời. 16 ngày.',
    }),
    xor('Gateway_Eligible', 'Hồ sơ đủ điều kiện giải quyết?', 'Lane_Officer', 'duDieuKien'),
    task('Task_NotifyIneligible', 'Ký văn bản thông báo hồ sơ không đủ điều kiện giải quyết', 'Lane_Head', {
      duration: 2,
      dossierStatus: 9,
      role: 'Lãnh đạo phòng Nghiệp vụ (ký nháy); Lãnh đạo Sở (ký duyệt)',
      description:
        'Lãnh đạo phòng chuyên môn xem xét, ký nháy; Lãnh đạo Sở xem xét, ký duyệt (Bước 3). 02 ngày theo thời hạn của Bước 4 và Bước 5 — giả định của người lập mô hình.',
    }),
    task('Task_Review', 'Bước 4: kiểm tra, ký nháy, trình Lãnh đạo Sở', 'Lane_Head', {
      duration: 1,
      maySendBack: true,
      description: 'Nếu đồng ý: ký nháy văn bản, trình Lãnh đạo Sở; nếu không đồng ý: chuyển lại Bước 3. 01 ngày.',
    }),
    task('Task_DeptApprove', 'Bước 5: phê duyệt, trình UBND Thành phố', 'Lane_DeptLeader', {
      duration: 1,
      maySendBack: true,
      description:
        'Nếu đồng ý: ký duyệt văn bản của Sở trình UBND Thành phố; nếu không đồng ý: chuyển lại Bước 4. 01 ngày.',
    }),
    task('Task_VpReceive', 'Bước 6: tiếp nhận, chuyển Lãnh đạo Văn phòng', 'Lane_VpAdmin', {
      duration: 0.5,
      description: VP,
    }),
    task('Task_VpAssign', 'Bước 7: phân công phòng chuyên môn', 'Lane_VpLeader', { duration: 0.5, description: VP }),
    task('Task_VpHeadAssign', 'Bước 8: phân công chuyên viên', 'Lane_VpHead', { duration: 0.5, description: VP }),
    task('Task_VpExamine', 'Bước 9: thẩm tra, dự thảo văn bản kết quả', 'Lane_VpOfficer', {
      duration: 3,
      description: VP,
    }),
    task('Task_VpHeadReview', 'Bước 10: kiểm tra, trình Lãnh đạo Văn phòng', 'Lane_VpHead', {
      duration: 0.5,
      maySendBack: true,
      description: VP,
    }),
    task('Task_VpLeaderReview', 'Bước 11: kiểm tra, trình Lãnh đạo UBND Thành phố', 'Lane_VpLeader', {
      duration: 0.5,
      maySendBack: true,
      description: VP,
    }),
    task('Task_CityApprove', 'Bước 12: phê duyệt kết quả giải quyết', 'Lane_CityLeader', {
      duration: 1,
      maySendBack: true,
      outputs: ['Văn bản trả lời chấp thuận hoặc không chấp thuận'],
      description: VP,
    }),
    task('Task_VpIssue', 'Bước 13: lấy số, đóng dấu, phát hành, chuyển kết quả cho Sở', 'Lane_VpAdmin', {
      duration: 0.5,
      description: VP,
    }),
    task('Task_DeptReceiveResult', 'Bước 14: tiếp nhận kết quả, chuyển Bộ phận TN&TKQ', 'Lane_Officer', {
      duration: 2,
      dossierStatus: 9,
      description:
        'Phòng Nghiệp vụ nhận văn bản trả lời của UBND Thành phố, hoàn thiện hồ sơ chuyển kết quả về Bộ phận TN&TKQ; xác nhận trả kết quả trên Hệ thống thông tin giải quyết TTHC. 02 ngày.',
    }),
    task('Task_Return', 'Bước 15: trả kết quả, lưu trữ hồ sơ', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 10,
      forms: [FORM.log],
      description:
        'Trả kết quả trực tiếp hoặc qua dịch vụ bưu chính công ích; lưu trữ hồ sơ điện tử. Thời hạn: "giờ hành chính" (không cộng vào 30 ngày).',
    }),
    end('End_Received', 'Đã nhận kết quả'),
    end('End_Refused', 'Hồ sơ bị từ chối tiếp nhận'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Receive', 'Đầy đủ, hợp lệ', 'dayDu', 0.75, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa đầy đủ', 'chuaDayDu', 0.2),
    branch('Flow_OutOfScope', 'Gateway_Complete', 'Task_RefuseIntake', 'Ngoài thẩm quyền', 'tuChoi', 0.05),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_RefuseIntake', 'End_Refused'),
    ...chain(
      'Task_Receive',
      'Task_Forward',
      'Task_AssignDept',
      'Task_AssignOfficer',
      'Task_Examine',
      'Gateway_Eligible',
    ),
    branch('Flow_Eligible', 'Gateway_Eligible', 'Task_Review', 'Đủ điều kiện', 'co', 0.9, true),
    branch('Flow_NotEligible', 'Gateway_Eligible', 'Task_NotifyIneligible', 'Không đủ điều kiện', 'khong', 0.1),
    ...chain(
      'Task_Review',
      'Task_DeptApprove',
      'Task_VpReceive',
      'Task_VpAssign',
      'Task_VpHeadAssign',
      'Task_VpExamine',
      'Task_VpHeadReview',
      'Task_VpLeaderReview',
      'Task_CityApprove',
      'Task_VpIssue',
      'Task_DeptReceiveResult',
      'Task_Return',
    ),
    flow('Flow_Task_NotifyIneligible_Task_Return', 'Task_NotifyIneligible', 'Task_Return'),
    ...chain('Task_Return', 'End_Received'),
  ],
  dossiers: [
    {
      id: 'Dossier_Request',
      name: 'Văn bản đề nghị',
      inputOf: 'Task_Check',
      component: { name: 'Văn bản đề nghị (theo mẫu B12)', copyType: 'original', quantity: 1, source: 'applicant' },
    },
    {
      id: 'Dossier_Recognition',
      name: 'QĐ công nhận',
      inputOf: 'Task_Check',
      component: {
        name: 'Bản sao quyết định công nhận tổ chức tôn giáo (trường hợp chuyển trụ sở sang tỉnh khác) hoặc bản sao văn bản chấp thuận thành lập, chia, tách, sáp nhập, hợp nhất tổ chức tôn giáo trực thuộc',
        copyType: 'copy',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_Consent',
      name: 'Văn bản chấp thuận',
      inputOf: 'Task_Check',
      component: {
        name: 'Văn bản chấp thuận của tổ chức tôn giáo hoặc tổ chức tôn giáo trực thuộc quản lý trực tiếp về việc thay đổi địa điểm',
        copyType: 'original',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_Premises',
      name: 'Giấy tờ địa điểm',
      inputOf: 'Task_Check',
      component: {
        name: 'Giấy tờ chứng minh có địa điểm hợp pháp để đặt trụ sở mới',
        copyType: 'original',
        quantity: 1,
        source: 'applicant',
      },
    },
  ],
  documentation: doc(
    'Quy trình nội bộ, quy trình điện tử của thủ tục 1.012644 (ký hiệu QTTP-20), phê duyệt tại Quyết định 1594/QĐ-TTPVHCC ngày 20/11/2025 của Giám đốc Trung tâm Phục vụ hành chính công thành phố Hà Nội [HN1594; TL/82483d7f]. Cơ sở pháp lý (mục 1 của quyết định): Luật Tín ngưỡng, tôn giáo 2016 (số 02/2016/QH14); Nghị định 95/2023/NĐ-CP; Nghị định 124/2025/NĐ-CP; Quyết định 660/QĐ-BDTTG; Quyết định 1535/QĐ-TTPVHCC. Cũng lấy từ quyết định: thành phần hồ sơ (bản chính/bản sao, số lượng), cách thức nộp (trực tiếp, bưu chính công ích, Cổng Dịch vụ công quốc gia), thời hạn 30 ngày = 240 giờ làm việc, phí và lệ phí (không), mức dịch vụ trực tuyến (toàn trình), biểu mẫu và bảng quy trình 15 bước đều lấy từ quyết định: Bước 1 ½ ngày; Bước 2: ½ + 1 + 1 ngày; Bước 3: 16 ngày; Bước 4: 1 ngày; Bước 5: 1 ngày; Bước 6–13 tại UBND Thành phố: 07 ngày (chung); Bước 14: 2 ngày; Bước 15: giờ hành chính. Tổng 30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Danh mục thủ tục được công bố tại Quyết định 1535/QĐ-TTPVHCC ngày 03/11/2025; Chủ tịch UBND Thành phố ủy quyền cho Giám đốc Trung tâm phê duyệt quy trình nội bộ, quy trình điện tử và phương án tái cấu trúc (Quyết định 1716/QĐ-UBND ngày 25/3/2025, dẫn tại [HN1594]).',
    `Giả định của người lập mô hình: ${VP} Nhánh "không đủ điều kiện" sau Bước 3 được gán 02 ngày (thời hạn của Bước 4 và 5). Việc chuyển lại bước trước (Bước 4 → 3, Bước 5 → 4) được ghi bằng thuộc tính "có thể chuyển lại" của bước, không vẽ thành vòng lặp.`,
    ILLUSTRATIVE,
  ),
};

const optionA = derive(
  current,
  removeStep(
    'Task_AssignDept',
    'Phương án: Trưởng Bộ phận TN&TKQ chuyển thẳng hồ sơ cho phòng Nghiệp vụ; bỏ bước Lãnh đạo Sở phân công (01 ngày).',
  ),
  withStepTime('Task_Examine', 13, 'Phương án: thẩm định trên hồ sơ điện tử đã số hóa: 16 → 13 ngày làm việc.'),
  withStepTime(
    'Task_DeptReceiveResult',
    1,
    'Phương án: nhận kết quả điện tử từ UBND Thành phố trên hệ thống: 2 → 1 ngày làm việc.',
  ),
  withTimeLimit(25),
);

const optionB = derive(optionA, fromDatabase('Dossier_Premises', 'CSDL quốc gia về đất đai', 'NDXP'));

export const procedure: SampleProcedure = {
  slug: 'hn1594-thay-doi-tru-so-to-chuc-ton-giao',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: gộp bước phân công, rút ngắn thẩm định',
      'Bỏ bước Lãnh đạo Sở phân công (Trưởng Bộ phận TN&TKQ chuyển thẳng phòng Nghiệp vụ), rút thẩm định của chuyên viên từ 16 xuống 13 ngày và bước nhận kết quả từ 02 xuống 01 ngày: thời hạn đề xuất 30 → 25 ngày làm việc (giảm 16,7%). Phương án tái cấu trúc quy trình do Giám đốc Trung tâm Phục vụ hành chính công phê duyệt theo ủy quyền (Quyết định 1716/QĐ-UBND, dẫn tại [HN1594]); mức rút ngắn là đề xuất của người lập mô hình.',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: khai thác dữ liệu đất đai cho giấy tờ địa điểm',
      'Phương án A cộng không yêu cầu giấy tờ chứng minh địa điểm hợp pháp khi đó là Giấy chứng nhận quyền sử dụng đất: thông tin khai thác từ CSDL quốc gia về đất đai qua NDXP (Nghị quyết 66.7/2025/NQ-CP [TL/e538df5c; VNN-667]) — cách Hà Nội đã tái cấu trúc 293 thủ tục, chủ yếu bằng thay thành phần hồ sơ bằng dữ liệu [DANTRI-HN].',
      optionB,
    ),
  ],
};
