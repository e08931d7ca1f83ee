/**
 * Đăng ký đất đai lần đầu và cấp Giấy chứng nhận lần đầu cho cá nhân — Nghị định 151/2025/NĐ-CP Phụ lục I
 * (17 + 3 ngày làm việc, trước đây 20 + 3 theo Nghị định 101/2024/NĐ-CP Điều 22) [TL/0dbe92b4; TL/1079cf4a].
 */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';
import { branch, chain, doc, end, flow, FORM, ILLUSTRATIVE, NOTE, start, task, xor } from './common.ts';
import { derive, fromDatabase, fullyOnline, option, removeStep, withStepTime, withTimeLimit } from './derive.ts';
import type { SampleProcedure } from './types.ts';

const NAME =
  'Đăng ký đất đai, tài sản gắn liền với đất lần đầu và cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu (cá nhân)';
const APP = 'Nghị định 151/2025/NĐ-CP, Phụ lục I';

const current: ProcedureSpec = {
  id: 'Process_DangKyDatDaiLanDau',
  name: NAME,
  procedure: {
    name: NAME,
    field: 'Đất đai',
    level: 'xa',
    agency: 'Ủy ban nhân dân cấp xã nơi có đất (Chủ tịch UBND cấp xã cấp Giấy chứng nhận); Văn phòng đăng ký đất đai',
    applicants: 'Cá nhân, hộ gia đình, cộng đồng dân cư đang sử dụng đất',
    channels: ['inPerson', 'post', 'online'],
    timeLimit: 20,
    timeUnit: 'day',
    timeStartsFrom:
      'Kể từ ngày nhận được hồ sơ đã đảm bảo tính đầy đủ; không tính thời gian xác định và thực hiện nghĩa vụ tài chính, niêm yết công khai, xử lý vi phạm, trưng cầu giám định; xã miền núi, hải đảo, vùng khó khăn được cộng thêm 10 ngày làm việc (Nghị định 151/2025/NĐ-CP, Phụ lục I, Phần V, mục A.II.10)',
    result:
      'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; hoặc Thông báo xác nhận kết quả đăng ký đất đai (Mẫu số 16)',
    dossiersPerYear: 200,
    variantName: 'Hiện hành',
    variantStatus: 'current',
    fees: [],
    legalBases: [
      {
        document: 'Nghị định 151/2025/NĐ-CP',
        article: 'Phụ lục I, Phần V',
        title: 'Trình tự, thời gian đăng ký đất đai lần đầu (17 ngày) và cấp Giấy chứng nhận lần đầu (03 ngày)',
        date: '2025-07-01',
      },
      {
        document: 'Nghị định 151/2025/NĐ-CP',
        article: 'Điều 5 khoản 1 điểm h',
        title: 'Chủ tịch UBND cấp xã cấp Giấy chứng nhận theo điểm b khoản 1 Điều 136 Luật Đất đai',
      },
      { document: 'Luật Đất đai 2024', article: 'Điều 137', title: 'Giấy tờ về quyền sử dụng đất' },
    ],
    forms: [
      { name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất', code: 'Mẫu số 15', basis: 'Nghị định 151/2025/NĐ-CP' },
      { name: 'Thông báo xác nhận kết quả đăng ký đất đai', code: 'Mẫu số 16', basis: 'Nghị định 151/2025/NĐ-CP' },
      { name: 'Niêm yết công khai nội dung xác nhận', code: 'Mẫu số 17', basis: 'Nghị định 151/2025/NĐ-CP' },
      {
        name: 'Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai',
        code: 'Mẫu số 19',
        basis: 'Nghị định 151/2025/NĐ-CP',
      },
    ],
  },
  lanes: [
    { id: 'Lane_Applicant', name: 'Người sử dụng đất' },
    { id: 'Lane_Desk', name: 'Bộ phận Một cửa' },
    { id: 'Lane_Commune', name: 'UBND cấp xã (công chức địa chính)' },
    { id: 'Lane_Survey', name: 'Đơn vị đo đạc' },
    { id: 'Lane_Tax', name: 'Cơ quan thuế' },
    { id: 'Lane_Registry', name: 'Văn phòng đăng ký đất đai' },
    { id: 'Lane_Leader', name: 'Chủ tịch UBND cấp xã' },
  ],
  nodes: [
    start('Start_Request', 'Có nhu cầu đăng ký đất đai lần đầu'),
    task('Task_Submit', 'Nộp 01 bộ hồ sơ đăng ký', 'Lane_Applicant', {
      duration: 0,
      dossierStatus: 1,
      channel: 'inPerson',
      inPersonVisit: true,
      applicantHours: 4,
      description: `Nộp đến Bộ phận Một cửa (trực tiếp, qua bưu chính, tại địa điểm thỏa thuận hoặc trên Cổng dịch vụ công — ${APP}, Phần V, mục A.I [TL/b89aa16d]); mô hình vẽ trường hợp nộp trực tiếp. ${NOTE.notCounted} Số giờ của người dân là ước tính minh họa.`,
    }),
    task('Task_Check', 'Kiểm tra tính đầy đủ của thành phần hồ sơ', 'Lane_Desk', {
      duration: 0,
      description: NOTE.notCounted,
    }),
    xor('Gateway_Complete', 'Hồ sơ đầy đủ?', 'Lane_Desk', 'hoSoDayDu'),
    task('Task_Receive', 'Cấp Giấy tiếp nhận, chuyển hồ sơ đến UBND cấp xã', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 2,
      forms: [FORM.receipt],
      description: `Cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả, chuyển hồ sơ đến Ủy ban nhân dân cấp xã nơi có đất [TL/d898aaaf]. ${NOTE.assumedSplit}`,
    }),
    task('Task_Supplement', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Lane_Desk', {
      duration: 0,
      dossierStatus: 5,
      forms: [FORM.supplement],
      description: `Hồ sơ chưa đầy đủ được trả kèm Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (${APP}, Phần V, mục C.II [TL/d898aaaf]). ${NOTE.supplement}`,
    }),
    xor('Gateway_Map', 'Đã có bản đồ địa chính hoặc mảnh trích đo?', 'Lane_Commune', 'coBanDo'),
    task('Task_MapExtract', 'Trích lục bản đồ địa chính', 'Lane_Commune', {
      duration: 1,
      description: `Trích lục bản đồ địa chính nơi đã có bản đồ; hoặc kiểm tra, ký xác nhận mảnh trích đo đã có [TL/d898aaaf]. ${NOTE.assumedSplit}`,
    }),
    task('Task_Survey', 'Trích đo bản đồ địa chính thửa đất', 'Lane_Survey', {
      duration: 5,
      description: `Đơn vị đo đạc có giấy phép thực hiện trích đo trong thời gian không quá 05 ngày làm việc kể từ ngày nhận được đề nghị của cấp xã (${APP}, Phần V, mục C.II [TL/d898aaaf]).`,
    }),
    task('Task_Confirm', 'Xác nhận hiện trạng, tranh chấp, nguồn gốc và thời điểm sử dụng đất', 'Lane_Commune', {
      duration: 5,
      dossierStatus: 4,
      description: `Xác nhận hiện trạng sử dụng đất có hay không có nhà ở, công trình; tình trạng tranh chấp; nguồn gốc, thời điểm sử dụng đất ổn định; sự phù hợp quy hoạch khi cần [TL/d898aaaf]. ${NOTE.assumedSplit}`,
    }),
    task('Task_PublicNotice', 'Niêm yết công khai kết quả xác nhận trong 15 ngày', 'Lane_Commune', {
      duration: 0,
      forms: [{ name: 'Niêm yết công khai nội dung xác nhận', code: 'Mẫu số 17', basis: 'Nghị định 151/2025/NĐ-CP' }],
      description: `Niêm yết tại trụ sở UBND cấp xã và khu dân cư trong 15 ngày, xem xét ý kiến phản ánh [TL/d898aaaf]. Thời gian niêm yết công khai không tính vào thời hạn giải quyết (${APP}, Phần V, mục A.II.10 [TL/b89aa16d]) nên ghi 0 ngày làm việc; người dân vẫn phải chờ 15 ngày.`,
    }),
    task('Task_CheckConditions', 'Kiểm tra điều kiện cấp Giấy chứng nhận', 'Lane_Commune', {
      duration: 3,
      description: NOTE.assumedSplit,
    }),
    xor('Gateway_Eligible', 'Có nhu cầu và đủ điều kiện cấp Giấy chứng nhận?', 'Lane_Commune', 'duDieuKien'),
    task('Task_TaxTransfer', 'Gửi Phiếu chuyển thông tin xác định nghĩa vụ tài chính', 'Lane_Commune', {
      duration: 0.5,
      forms: [
        {
          name: 'Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai',
          code: 'Mẫu số 19',
          basis: 'Nghị định 151/2025/NĐ-CP',
        },
      ],
      description: `Gửi Phiếu chuyển thông tin (Mẫu số 19) đến cơ quan thuế [TL/d898aaaf]. ${NOTE.assumedSplit}`,
    }),
    task('Task_TaxNotice', 'Xác định, thông báo nghĩa vụ tài chính', 'Lane_Tax', {
      duration: 0,
      dossierStatus: 6,
      description: `Thời gian cơ quan thuế xác định nghĩa vụ tài chính không tính vào thời hạn giải quyết (${APP}, Phần V, mục A.II.10 [TL/b89aa16d]).`,
    }),
    task('Task_Pay', 'Nộp nghĩa vụ tài chính', 'Lane_Applicant', {
      duration: 0,
      channel: 'online',
      description: `Thời gian người sử dụng đất thực hiện nghĩa vụ tài chính không tính vào thời hạn giải quyết (${APP}, Phần V, mục A.II.10 [TL/b89aa16d]).`,
    }),
    task('Task_UpdateRecords', 'Lập, cập nhật hồ sơ địa chính và CSDL đất đai', 'Lane_Registry', {
      duration: 3,
      description: `Người thực hiện (Văn phòng đăng ký đất đai) và thời gian là giả định của người lập mô hình. ${NOTE.assumedSplit}`,
    }),
    task('Task_PrepareCertificate', 'In Giấy chứng nhận, trình ký', 'Lane_Registry', {
      duration: 1,
      description: `Thuộc 03 ngày cấp Giấy chứng nhận lần đầu. ${NOTE.assumedSplit}`,
    }),
    task('Task_SignCertificate', 'Ký cấp Giấy chứng nhận', 'Lane_Leader', {
      duration: 1.5,
      dossierStatus: 9,
      outputs: ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất'],
      description: `Chủ tịch UBND cấp xã cấp Giấy chứng nhận cho cá nhân từ 01/7/2025 (Nghị định 151/2025/NĐ-CP, Điều 5 khoản 1 điểm h [TL/659afdde]). ${NOTE.assumedSplit}`,
    }),
    task('Task_Return', 'Trao Giấy chứng nhận', 'Lane_Desk', {
      duration: 0.5,
      dossierStatus: 10,
      description: NOTE.assumedSplit,
    }),
    task('Task_NotifyResult', 'Ban hành Thông báo xác nhận kết quả đăng ký đất đai', 'Lane_Commune', {
      duration: 2,
      dossierStatus: 10,
      outputs: ['Thông báo xác nhận kết quả đăng ký đất đai (Mẫu số 16)'],
      description: `Không có nhu cầu hoặc không đủ điều kiện cấp Giấy chứng nhận thì ban hành Thông báo (Mẫu số 16), chuyển đến nơi nộp hồ sơ để trả cho người yêu cầu và chuyển hồ sơ đến Văn phòng đăng ký đất đai cập nhật hồ sơ địa chính [TL/d898aaaf]. ${NOTE.assumedSplit}`,
    }),
    end('End_Certified', 'Đã nhận Giấy chứng nhận'),
    end('End_Registered', 'Đã đăng ký, không cấp Giấy chứng nhận'),
  ],
  flows: [
    ...chain('Start_Request', 'Task_Submit', 'Task_Check', 'Gateway_Complete'),
    branch('Flow_Complete', 'Gateway_Complete', 'Task_Receive', 'Đầy đủ', 'dayDu', 0.75, true),
    branch('Flow_Incomplete', 'Gateway_Complete', 'Task_Supplement', 'Chưa đầy đủ', 'chuaDayDu', 0.25),
    flow('Flow_Resubmit', 'Task_Supplement', 'Task_Check'),
    ...chain('Task_Receive', 'Gateway_Map'),
    branch('Flow_HasMap', 'Gateway_Map', 'Task_MapExtract', 'Đã có', 'co', 0.8, true),
    branch('Flow_NoMap', 'Gateway_Map', 'Task_Survey', 'Chưa có', 'khong', 0.2),
    flow('Flow_Task_MapExtract_Task_Confirm', 'Task_MapExtract', 'Task_Confirm'),
    flow('Flow_Task_Survey_Task_Confirm', 'Task_Survey', 'Task_Confirm'),
    ...chain('Task_Confirm', 'Task_PublicNotice', 'Task_CheckConditions', 'Gateway_Eligible'),
    branch('Flow_Eligible', 'Gateway_Eligible', 'Task_TaxTransfer', 'Cấp Giấy chứng nhận', 'co', 0.9, true),
    branch('Flow_NotEligible', 'Gateway_Eligible', 'Task_NotifyResult', 'Chỉ đăng ký', 'khong', 0.1),
    ...chain(
      'Task_TaxTransfer',
      'Task_TaxNotice',
      'Task_Pay',
      'Task_UpdateRecords',
      'Task_PrepareCertificate',
      'Task_SignCertificate',
      'Task_Return',
      'End_Certified',
    ),
    ...chain('Task_NotifyResult', 'End_Registered'),
  ],
  dossiers: [
    {
      id: 'Dossier_Form',
      name: 'Đơn Mẫu 15',
      inputOf: 'Task_Check',
      component: {
        name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15 Nghị định 151/2025/NĐ-CP)',
        copyType: 'original',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_LandPapers',
      name: 'Giấy tờ QSDĐ',
      inputOf: 'Task_Check',
      component: {
        name: 'Một trong các loại giấy tờ về quyền sử dụng đất (Điều 137 Luật Đất đai 2024), giấy tờ về tài sản gắn liền với đất, sơ đồ nhà ở (nếu có)',
        copyType: 'copy',
        quantity: 1,
        source: 'applicant',
      },
    },
    {
      id: 'Dossier_Cadastral',
      name: 'Trích đo',
      inputOf: 'Task_Check',
      component: {
        name: 'Mảnh trích đo bản đồ địa chính thửa đất (nếu có)',
        copyType: 'original',
        quantity: 1,
        source: 'applicant',
      },
    },
  ],
  documentation: doc(
    'Đăng ký đất đai lần đầu và cấp Giấy chứng nhận lần đầu cho cá nhân đang sử dụng đất, theo trình tự của Nghị định 151/2025/NĐ-CP, Phụ lục I, Phần V (hiệu lực 01/7/2025) [TL/d898aaaf]: nộp 01 bộ hồ sơ tại Bộ phận Một cửa; kiểm tra tính đầy đủ, cấp Giấy tiếp nhận hoặc Phiếu yêu cầu bổ sung; UBND cấp xã trích lục bản đồ địa chính hoặc đề nghị trích đo (đơn vị đo đạc không quá 05 ngày làm việc), xác nhận hiện trạng, tranh chấp, nguồn gốc sử dụng đất, niêm yết công khai 15 ngày, kiểm tra điều kiện cấp Giấy chứng nhận; đủ điều kiện thì gửi Phiếu chuyển thông tin đến cơ quan thuế; không đủ điều kiện thì ban hành Thông báo xác nhận kết quả đăng ký (Mẫu số 16). Hồ sơ: Đơn Mẫu số 15, giấy tờ theo Điều 137, khoản 1, 5 Điều 148, khoản 1, 5 Điều 149 Luật Đất đai 2024, sơ đồ nhà ở, mảnh trích đo (nếu có) và các giấy tờ khác tùy trường hợp [TL/cfa49c62]. Chủ tịch UBND cấp xã cấp Giấy chứng nhận cho cá nhân (Nghị định 151/2025/NĐ-CP, Điều 5 khoản 1 điểm h [TL/659afdde]).',
    'Thời hạn: đăng ký lần đầu không quá 17 ngày làm việc và cấp Giấy chứng nhận lần đầu không quá 03 ngày làm việc (Nghị định 151/2025/NĐ-CP, Phụ lục I) [TL/0dbe92b4; TL/b89aa16d]; trước 01/7/2025 là 20 + 03 ngày làm việc (Nghị định 101/2024/NĐ-CP, Điều 22) [TL/1079cf4a] — việc rút từ 23 xuống 20 ngày (13%) là một trường hợp đơn giản hóa có thật đã được thực hiện. Không tính thời gian nghĩa vụ tài chính, niêm yết công khai… (mục A.II.10 [TL/b89aa16d]) nên các bước đó ghi 0 ngày. Đường dài nhất (phải trích đo): 17 ngày đăng ký + 03 ngày cấp Giấy chứng nhận; đường chính (đã có bản đồ địa chính) 16 ngày. Việc Văn phòng đăng ký đất đai cập nhật hồ sơ địa chính và in Giấy chứng nhận trên đường cấp Giấy chứng nhận là giả định của người lập mô hình. Lệ phí cấp Giấy chứng nhận do HĐND cấp tỉnh quy định, không ghi trong mô hình.',
    ILLUSTRATIVE,
  ),
};

const optionA = derive(current, fromDatabase('Dossier_Cadastral', 'CSDL quốc gia về đất đai', 'NDXP'), fullyOnline);

const optionB = derive(
  optionA,
  removeStep(
    'Task_CheckConditions',
    'Phương án: gộp bước kiểm tra điều kiện cấp Giấy chứng nhận vào bước xác nhận (cùng công chức địa chính, trên cùng dữ liệu).',
  ),
  withStepTime(
    'Task_Confirm',
    6,
    'Phương án: bước xác nhận nhận thêm việc kiểm tra điều kiện cấp Giấy chứng nhận: 5 → 6 ngày làm việc (bỏ bước kiểm tra riêng 03 ngày).',
  ),
  withStepTime(
    'Task_UpdateRecords',
    2.5,
    'Phương án: cập nhật CSDL đất đai trực tiếp từ hồ sơ điện tử: 3 → 2,5 ngày làm việc.',
  ),
  withTimeLimit(17.5),
);

export const procedure: SampleProcedure = {
  slug: 'dang-ky-dat-dai-lan-dau',
  current,
  options: [
    option(
      'phuong-an-a',
      'Phương án A: khai thác dữ liệu đất đai, trực tuyến toàn trình',
      'Mảnh trích đo, bản đồ địa chính được khai thác từ CSDL quốc gia về đất đai qua NDXP thay vì người dân nộp (Nghị quyết 66.7/2025/NQ-CP: không yêu cầu thành phần hồ sơ đã có trong CSDL [TL/e538df5c; VNN-667]; CSDL đất đai kết nối NDXP [VNN-NDXP]); nộp hồ sơ, nộp nghĩa vụ tài chính và nhận thông báo trực tuyến, Giấy chứng nhận gửi qua bưu chính (toàn trình, Nghị định 42/2022/NĐ-CP, Điều 11 [ND42]; Nghị định 151/2025/NĐ-CP đã cho phép nộp trên Cổng dịch vụ công [TL/b89aa16d]).',
      optionA,
    ),
    option(
      'phuong-an-b',
      'Phương án B: gộp bước xác nhận và kiểm tra điều kiện',
      'Phương án A cộng gộp bước kiểm tra điều kiện cấp Giấy chứng nhận (03 ngày) vào bước xác nhận của UBND cấp xã (5 → 6 ngày) và rút bước cập nhật hồ sơ địa chính (3 → 2,5 ngày): thời hạn đề xuất 20 → 17,5 ngày làm việc (giảm 12,5%), tiếp nối việc đã rút 23 → 20 ngày bằng Nghị định 151/2025/NĐ-CP [TL/0dbe92b4; TL/1079cf4a]. Mức rút ngắn là đề xuất của người lập mô hình.',
      optionB,
    ),
  ],
};
