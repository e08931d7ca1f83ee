/** The sample library: every procedure with its current variant and its simplification options. */
import type { SampleProcedure } from './types.ts';
import { procedure as dangKyKhaiSinh } from './dang-ky-khai-sinh.ts';
import { procedure as lienThongKhaiSinh } from './lien-thong-khai-sinh-thuong-tru-bhyt.ts';
import { procedure as dangKyKetHon } from './dang-ky-ket-hon.ts';
import { procedure as dangKyThuongTru } from './dang-ky-thuong-tru.ts';
import { procedure as giayPhepXayDung } from './cap-giay-phep-xay-dung-nha-o.ts';
import { procedure as dangKyDoanhNghiep } from './dang-ky-thanh-lap-doanh-nghiep.ts';
import { procedure as hoKinhDoanhKaraoke } from './lien-thong-ho-kinh-doanh-karaoke.ts';
import { procedure as doiGiayPhepLaiXe } from './doi-giay-phep-lai-xe.ts';
import { procedure as phieuLyLichTuPhap } from './cap-phieu-ly-lich-tu-phap.ts';
import { procedure as dangKyDatDaiLanDau } from './dang-ky-dat-dai-lan-dau.ts';
import { procedure as hn1594 } from './hn1594-thay-doi-tru-so-to-chuc-ton-giao.ts';
import { procedure as vl2682 } from './vl2682-dang-ky-cai-nghien-tu-nguyen.ts';

export type { SampleOption, SampleProcedure } from './types.ts';

/** Common procedures first (statutory times in docs/sources.md), then the two published internal-process tables. */
export const procedures: SampleProcedure[] = [
  dangKyKhaiSinh,
  lienThongKhaiSinh,
  dangKyKetHon,
  dangKyThuongTru,
  giayPhepXayDung,
  dangKyDoanhNghiep,
  hoKinhDoanhKaraoke,
  doiGiayPhepLaiXe,
  phieuLyLichTuPhap,
  dangKyDatDaiLanDau,
  hn1594,
  vl2682,
];
