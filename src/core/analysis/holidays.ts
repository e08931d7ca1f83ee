/**
 * Vietnamese public holidays, with their sources. The law (Labour Code 2019 Art.112(1)) fixes 11 days:
 * 1/1; Tết (5 days); Hùng Kings (10/3 lunar); 30/4; 1/5; 2/9 and one adjacent day. The Prime Minister fixes
 * which 5 days of Tết and which day next to 2/9 each year (Art.112(3)); until that is tabulated here the app
 * uses a stated default. A holiday on a weekly rest day gives a compensatory day on the next working day
 * (Art.111(3)). Bridge days the Government grants per year (swapped with a Saturday worked) are tabulated in
 * `GRANTED_DAYS` as editable extra days off, not as law.
 */
import { lunarToSolar, type CivilDate } from './lunar.ts';

export type DayOffKind = 'holiday' | 'compensatory' | 'granted' | 'extra';

export interface DayOff {
  /** YYYY-MM-DD */
  date: string;
  name: string;
  nameVi: string;
  kind: DayOffKind;
  source: string;
}

export interface WorkingDayChange {
  date: string;
  name: string;
  source: string;
}

export interface GrantedDays {
  year: number;
  /** Extra days off (bridge days) granted for the year. */
  daysOff: WorkingDayChange[];
  /** Saturdays worked in exchange (ngày làm bù). */
  workingDays: WorkingDayChange[];
  /** `granted` = decided; `proposed` = a ministry's proposal whose approval the stored sources do not show. */
  status: 'granted' | 'proposed';
}

/** Sources of the holiday rules, shown with every day off. */
export const HOLIDAY_SOURCES = {
  art112: 'Bộ luật Lao động 2019 (45/2019/QH14) Điều 112 khoản 1',
  art112pm:
    'Bộ luật Lao động 2019 Điều 112 khoản 3: Thủ tướng quyết định cụ thể ngày nghỉ Tết Âm lịch và Quốc khánh hằng năm',
  art111:
    'Bộ luật Lao động 2019 Điều 111 khoản 3: ngày nghỉ hằng tuần trùng ngày nghỉ lễ, tết thì được nghỉ bù vào ngày làm việc kế tiếp',
  weekend: 'Quyết định 188/1999/QĐ-TTg: tuần làm việc 40 giờ, nghỉ thứ Bảy và Chủ nhật (cơ quan hành chính nhà nước)',
  lunar: 'Âm lịch Việt Nam tính theo kinh tuyến UTC+7 (thuật toán thiên văn, Meeus ch.49)',
  tetDefault:
    'Mặc định của ứng dụng khi chưa có quyết định của Thủ tướng: 5 ngày liên tiếp bắt đầu 1 hoặc 2 ngày trước mùng 1, chọn phương án ít trùng ngày nghỉ hằng tuần nhất, bằng nhau thì bắt đầu 2 ngày trước mùng 1',
  nationalDayDefault:
    'Mặc định của ứng dụng khi chưa có quyết định: ngày liền kề 2/9 nối với cuối tuần (T2→3/9, T3/T4→1/9, T5→3/9, T6/T7→1/9, CN→3/9)',
} as const;

/** Per-year decisions on the days of Tết and the day next to 2/9 (they override the defaults). */
export const DECIDED_DAYS: Record<
  number,
  { tet?: { firstDay: string; source: string }; nationalDay?: { adjacent: string; source: string } }
> = {
  2025: {
    tet: {
      firstDay: '2025-01-27',
      source: 'Cán bộ, công chức nghỉ Tết 25/1–2/2/2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)',
    },
    nationalDay: {
      adjacent: '2025-09-01',
      source: 'Nghỉ Quốc khánh 30/8–2/9/2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)',
    },
  },
  2026: {
    tet: {
      firstDay: '2026-02-16',
      source: 'Tết Bính Ngọ: công chức nghỉ 14/2–22/2/2026 (congan.com.vn, "chính thức chốt phương án")',
    },
    nationalDay: {
      adjacent: '2026-09-01',
      source:
        'Đề xuất của Bộ Nội vụ: nghỉ Quốc khánh 29/8–2/9/2026 (thanhnien.vn, 02/10/2025); chưa thấy văn bản phê duyệt',
    },
  },
};

/** Bridge days granted per year (editable): extra days off and the Saturdays worked in exchange. */
export const GRANTED_DAYS: GrantedDays[] = [
  {
    year: 2025,
    status: 'granted',
    daysOff: [
      {
        date: '2025-05-02',
        name: 'Nghỉ hoán đổi dịp 30/4–1/5',
        source: 'Hoán đổi thứ Sáu 2/5 sang thứ Bảy 26/4/2025 (tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)',
      },
    ],
    workingDays: [
      { date: '2025-04-26', name: 'Làm bù cho ngày 2/5/2025', source: 'Hoán đổi thứ Sáu 2/5 sang thứ Bảy 26/4/2025' },
    ],
  },
  {
    year: 2026,
    status: 'granted',
    daysOff: [
      {
        date: '2026-01-02',
        name: 'Nghỉ hoán đổi dịp Tết Dương lịch',
        source:
          'Văn phòng Chính phủ 25/12/2025: nghỉ Tết Dương lịch 1/1–4/1/2026, hoán đổi thứ Sáu 2/1 sang thứ Bảy 10/1 (24h.com.vn, 26/12/2025)',
      },
    ],
    workingDays: [{ date: '2026-01-10', name: 'Làm bù cho ngày 2/1/2026', source: 'Văn phòng Chính phủ 25/12/2025' }],
  },
  {
    year: 2026,
    status: 'proposed',
    daysOff: [
      {
        date: '2026-08-31',
        name: 'Nghỉ hoán đổi dịp Quốc khánh',
        source:
          'Đề xuất của Bộ Nội vụ: hoán đổi thứ Hai 31/8 sang thứ Bảy 22/8/2026 (thanhnien.vn, 02/10/2025); chưa thấy văn bản phê duyệt',
      },
    ],
    workingDays: [
      {
        date: '2026-08-22',
        name: 'Làm bù cho ngày 31/8/2026',
        source: 'Đề xuất của Bộ Nội vụ (thanhnien.vn, 02/10/2025)',
      },
    ],
  },
];

/** ISO date (YYYY-MM-DD) of a civil date. */
export function isoDate(d: CivilDate): string {
  return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
}

/** Day number (days since 1970-01-01) of an ISO date. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`Not a date: ${iso}`);
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

/** ISO date of a day number. */
export function isoOfDay(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Gregorian date of lunar New Year (mùng 1 Tết) in Gregorian year `year`. */
export function lunarNewYear(year: number): string {
  return isoDate(lunarToSolar(1, 1, year) as CivilDate);
}

/** Gregorian date of the Hùng Kings' commemoration (10/3 lunar) in Gregorian year `year`. */
export function hungKingsDay(year: number): string {
  return isoDate(lunarToSolar(10, 3, year) as CivilDate);
}

/**
 * The statutory holidays of `year` and their compensatory days, for a week whose rest days are `weekend`
 * (0 = Sunday … 6 = Saturday). Decided days (DECIDED_DAYS) are used where tabulated, else the defaults.
 */
export function legalHolidays(year: number, weekend: readonly number[] = [0, 6]): DayOff[] {
  const isRest = (day: number): boolean => weekend.includes(weekday(day));
  const law = (date: string, name: string, nameVi: string, source: string = HOLIDAY_SOURCES.art112): DayOff => ({
    date,
    name,
    nameVi,
    kind: 'holiday',
    source,
  });
  const decided = DECIDED_DAYS[year];
  const days: DayOff[] = [law(`${year}-01-01`, "New Year's Day", 'Tết Dương lịch', `${HOLIDAY_SOURCES.art112} điểm a`)];

  const tet = dayNumber(lunarNewYear(year));
  const tetFirst = decided?.tet ? dayNumber(decided.tet.firstDay) : defaultTetStart(tet, isRest);
  const tetSource = `${HOLIDAY_SOURCES.art112} điểm b (05 ngày); ${HOLIDAY_SOURCES.art112pm}; ${decided?.tet?.source ?? HOLIDAY_SOURCES.tetDefault}; ${HOLIDAY_SOURCES.lunar}`;
  for (let i = 0; i < 5; i++) {
    const day = tetFirst + i;
    const label = day < tet ? 'Tết (before New Year)' : `Tết (day ${day - tet + 1})`;
    const labelVi = day < tet ? 'Tết Âm lịch (cuối năm)' : `Tết Âm lịch (mùng ${day - tet + 1})`;
    days.push(law(isoOfDay(day), label, labelVi, tetSource));
  }

  days.push(
    law(
      hungKingsDay(year),
      "Hùng Kings' Commemoration (10/3 lunar)",
      'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      `${HOLIDAY_SOURCES.art112} điểm e; ${HOLIDAY_SOURCES.lunar}`,
    ),
  );
  days.push(law(`${year}-04-30`, 'Victory Day', 'Ngày Chiến thắng', `${HOLIDAY_SOURCES.art112} điểm c`));
  days.push(
    law(`${year}-05-01`, 'International Labour Day', 'Ngày Quốc tế lao động', `${HOLIDAY_SOURCES.art112} điểm d`),
  );
  days.push(law(`${year}-09-02`, 'National Day', 'Quốc khánh', `${HOLIDAY_SOURCES.art112} điểm đ`));
  const adjacent = decided?.nationalDay?.adjacent ?? defaultNationalDayAdjacent(year);
  days.push(
    law(
      adjacent,
      'National Day (adjacent day)',
      'Quốc khánh (ngày liền kề)',
      `${HOLIDAY_SOURCES.art112} điểm đ; ${HOLIDAY_SOURCES.art112pm}; ${decided?.nationalDay?.source ?? HOLIDAY_SOURCES.nationalDayDefault}`,
    ),
  );

  days.sort((a, b) => a.date.localeCompare(b.date));
  const taken = new Set(days.map((d) => dayNumber(d.date)));
  const compensatory: DayOff[] = [];
  for (const holiday of days) {
    const day = dayNumber(holiday.date);
    if (!isRest(day)) continue;
    let next = day + 1;
    while (isRest(next) || taken.has(next)) next++;
    taken.add(next);
    compensatory.push({
      date: isoOfDay(next),
      name: `Compensatory day for ${holiday.name}`,
      nameVi: `Nghỉ bù ${holiday.nameVi}`,
      kind: 'compensatory',
      source: HOLIDAY_SOURCES.art111,
    });
  }
  return [...days, ...compensatory].sort((a, b) => a.date.localeCompare(b.date));
}

// helpers //////////////////////

/** First of the 5 Tết days: 1 or 2 days before New Year, whichever overlaps fewer rest days (ties: 2 days). */
function defaultTetStart(tet: number, isRest: (day: number) => boolean): number {
  const restDays = (first: number): number => [0, 1, 2, 3, 4].filter((i) => isRest(first + i)).length;
  return restDays(tet - 2) <= restDays(tet - 1) ? tet - 2 : tet - 1;
}

/** The day next to 2/9 that joins the holiday to a weekend (see HOLIDAY_SOURCES.nationalDayDefault). */
function defaultNationalDayAdjacent(year: number): string {
  const day = dayNumber(`${year}-09-02`);
  // Mon → 3/9 (1/9 is a Sunday); Thu → 3/9 (Friday bridge); Sun → 3/9; Tue, Wed, Fri, Sat → 1/9
  const wd = weekday(day);
  const useAfter = wd === 1 || wd === 4 || wd === 0;
  return isoOfDay(useAfter ? day + 1 : day - 1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
