import { describe, expect, it } from 'vitest';
import {
  CUT_OFF_AFTER_15H,
  CUT_OFF_LAST_HOUR,
  WorkingCalendar,
  analyze,
  hungKingsDay,
  legalHolidays,
  lunarNewYear,
  lunarToSolar,
} from '@/core/index.ts';
import { loadFixture } from './support.ts';

const offDays = (year: number) => legalHolidays(year).map((h) => `${h.date}${h.kind === 'compensatory' ? '*' : ''}`);

describe('Vietnamese lunar dates (UTC+7)', () => {
  it('gives Tết and the Hùng Kings day for 2025–2030', () => {
    // given the astronomical lunisolar calendar at UTC+7
    // then (Tết 2025 and 2026 and Hùng Kings 2025 match the published holiday schedules)
    expect([2025, 2026, 2027, 2028, 2029, 2030].map(lunarNewYear)).toEqual([
      '2025-01-29',
      '2026-02-17',
      '2027-02-06',
      '2028-01-26',
      '2029-02-13',
      '2030-02-02',
    ]);
    expect([2025, 2026, 2027, 2028, 2029, 2030].map(hungKingsDay)).toEqual([
      '2025-04-07',
      '2026-04-26',
      '2027-04-16',
      '2028-04-04',
      '2029-04-23',
      '2030-04-12',
    ]);
  });

  it("follows Vietnam's meridian where it differs from China's", () => {
    // the new moon of 17/2/2007 and 2/2/2030 falls before midnight at UTC+7 but after it at UTC+8
    expect(lunarToSolar(1, 1, 2007)).toEqual({ y: 2007, m: 2, d: 17 });
    expect(lunarToSolar(1, 1, 2030)).toEqual({ y: 2030, m: 2, d: 2 });
    expect(lunarToSolar(1, 1, 1985)).toEqual({ y: 1985, m: 1, d: 21 });
  });

  it('handles leap months', () => {
    // 2023 had a leap second month (tháng 2 nhuận); 2025 a leap sixth month
    expect(lunarToSolar(1, 2, 2023, true)).toEqual({ y: 2023, m: 3, d: 22 });
    expect(lunarToSolar(1, 6, 2025, true)).toEqual({ y: 2025, m: 7, d: 25 });
    expect(lunarToSolar(1, 3, 2025, true)).toBeUndefined();
  });
});

describe('public holidays (Labour Code 2019 Art.112) and compensatory days (Art.111(3))', () => {
  it('uses the decided days of Tết and 2/9 for 2025 and 2026', () => {
    expect(offDays(2025)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ]);
    // Hùng Kings 26/4/2026 is a Sunday: compensatory Monday 27/4
    expect(offDays(2026)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27*',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('places undecided Tết days by the stated default and gives compensatory days after weekends', () => {
    // Tết 2027 is a Saturday: 4–8/2 (2 days before), the Saturday and Sunday compensated on 9 and 10/2;
    // 1/5/2027 is a Saturday: compensatory Monday 3/5; 2/9 is a Thursday: the Friday 3/9 joins it
    expect(offDays(2027)).toEqual([
      '2027-01-01',
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09*',
      '2027-02-10*',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-05-03*',
      '2027-09-02',
      '2027-09-03',
    ]);
    // 30/4/2028 is a Sunday and 1/5 a holiday, so the compensatory day is Tuesday 2/5; 2/9 is a Saturday
    expect(offDays(2028)).toContain('2028-05-02*');
    expect(offDays(2028)).toContain('2028-09-01');
    expect(offDays(2028)).toContain('2028-09-04*');
    for (const year of [2025, 2026, 2027, 2028, 2029, 2030]) {
      const days = legalHolidays(year);
      expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(11);
      expect(days.every((d) => d.source.includes('Bộ luật Lao động 2019'))).toBe(true);
    }
  });

  it('adds granted bridge days as extra days off, with the Saturday worked, and lets users edit them', () => {
    // given the default calendar (granted bridge days on, proposals off)
    const cal = new WorkingCalendar();
    expect(cal.dayOff('2026-01-02')).toMatchObject({ kind: 'granted' });
    expect(cal.isWorkingDay('2026-01-10')).toBe(true); // Saturday worked in exchange
    expect(cal.isWorkingDay('2026-08-31')).toBe(true); // only proposed
    expect(new WorkingCalendar({ grantedDays: 'all' }).isWorkingDay('2026-08-31')).toBe(false);
    expect(new WorkingCalendar({ grantedDays: 'none' }).isWorkingDay('2026-01-02')).toBe(true);
    // and a user-added day off
    const edited = new WorkingCalendar({ extraDaysOff: [{ date: '2026-03-09', name: 'Bầu cử', source: 'QĐ tỉnh' }] });
    expect(edited.isWorkingDay('2026-03-09')).toBe(false);
    expect(edited.dayOff('2026-03-09')).toMatchObject({ kind: 'extra', name: 'Bầu cử', source: 'QĐ tỉnh' });
  });
});

describe('working days and the promised return date (ngày hẹn trả)', () => {
  const cal = new WorkingCalendar();

  it('skips Tết: 3 working days from Thursday 12/2/2026 10:00 end on Tuesday 24/2 10:00', () => {
    // when
    const r = cal.returnDate('2026-02-12T10:00', 3);
    // then Fri 13/2, Mon 23/2 and Tue 24/2 each add a day; 16–20/2 are Tết, 14–15 and 21–22 weekends
    expect(r.countingStartsAt).toBe('2026-02-12T10:00');
    expect(r.dueAt).toBe('2026-02-24T10:00');
    expect(r.dueDate).toBe('2026-02-24');
    expect(r.workingMinutes).toBe(3 * 8 * 60);
    expect(r.daysOffSkipped.map((d) => d.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
  });

  it('counts files received after 15:00 from the next working day', () => {
    const after15 = new WorkingCalendar({ cutOff: CUT_OFF_AFTER_15H });
    // Monday 2/3/2026 at 15:30, one working day
    expect(after15.returnDate('2026-03-02T15:30', 1)).toMatchObject({
      countingStartsAt: '2026-03-03T07:00',
      shift: 'cutOff',
      dueAt: '2026-03-03T17:00',
    });
    // without the rule the clock runs from 15:30: 1.5 h on Monday + 6.5 h on Tuesday
    expect(cal.returnDate('2026-03-02T15:30', 1)).toMatchObject({
      countingStartsAt: '2026-03-02T15:30',
      dueAt: '2026-03-03T15:30',
    });
    // 15:00 itself is not after 15:00
    expect(after15.returnDate('2026-03-02T15:00', 1).shift).toBe('none');
  });

  it('counts files received in the last working hour from the next working day', () => {
    const lastHour = new WorkingCalendar({ cutOff: CUT_OFF_LAST_HOUR });
    // Friday 6/3/2026 at 16:10, three working days (Decree 297/2025 household business)
    expect(lastHour.returnDate('2026-03-06T16:10', 3)).toMatchObject({
      countingStartsAt: '2026-03-09T07:00',
      dueAt: '2026-03-11T17:00',
    });
    expect(lastHour.returnDate('2026-03-06T16:00', 3).shift).toBe('cutOff');
    expect(lastHour.returnDate('2026-03-06T15:59', 3).shift).toBe('none');
  });

  it('returns same-day procedures the same day, or the next working day after the cut-off (whole-day counting)', () => {
    const sameDay = new WorkingCalendar({ cutOff: CUT_OFF_AFTER_15H, counting: 'wholeDays' });
    expect(sameDay.returnDate('2026-03-02T10:00', 0).dueAt).toBe('2026-03-02T17:00');
    expect(sameDay.returnDate('2026-03-02T15:30', 0).dueAt).toBe('2026-03-03T17:00');
    // whole days: 3 working days after the day of receipt, due at closing time
    expect(sameDay.returnDate('2026-02-12T10:00', 3).dueAt).toBe('2026-02-24T17:00');
  });

  it('starts the clock at the next opening for files received outside working hours', () => {
    expect(cal.returnDate('2026-03-08T09:00', 4, 'hour')).toMatchObject({
      shift: 'nonWorkingDay',
      countingStartsAt: '2026-03-09T07:00',
      dueAt: '2026-03-09T11:00',
    });
    expect(cal.returnDate('2026-03-09T06:00', 4, 'hour')).toMatchObject({
      shift: 'beforeOpening',
      dueAt: '2026-03-09T11:00',
    });
    expect(cal.returnDate('2026-03-09T12:00', 2, 'hour')).toMatchObject({
      shift: 'lunchBreak',
      dueAt: '2026-03-09T15:00',
    });
    expect(cal.returnDate('2026-03-09T18:00', 2, 'hour')).toMatchObject({
      shift: 'afterHours',
      dueAt: '2026-03-10T09:00',
    });
  });

  it('uses configured working hours', () => {
    const custom = new WorkingCalendar({
      workingHours: [
        ['07:30', '11:30'],
        ['13:30', '17:30'],
      ],
    });
    expect(custom.minutesPerDay).toBe(480);
    expect(custom.returnDate('2026-03-09T11:00', 0.5)).toMatchObject({ dueAt: '2026-03-09T17:00' });
  });
});

describe('the promised return date of an analysed procedure', () => {
  it('counts the statutory limit from the receipt time, after the cut-off and across Tết', async () => {
    // given the 3-day procedure received on Thursday 12/2/2026 at 16:30 with the 15:00 rule
    const a = analyze(await loadFixture('linear-lanes.bpmn'), {
      submittedAt: '2026-02-12T16:30',
      calendar: { cutOff: CUT_OFF_AFTER_15H },
    });

    // then counting starts on Friday 13/2 at 07:00: Friday, Monday 23/2 and Tuesday 24/2 are the 3 days
    expect(a.returnDate).toMatchObject({
      basis: 'statutory-limit',
      workingDays: 3,
      countingStartsAt: '2026-02-13T07:00',
      shift: 'cutOff',
      dueAt: '2026-02-24T17:00',
    });
    expect(a.returnDate?.daysOffSkipped).toHaveLength(5);
  });
});
