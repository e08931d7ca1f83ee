import { describe, expect, it } from 'vitest';
import { findTime, headerUnit, parseTime } from '@/core/index.ts';

describe('parseTime: times as people write them in process tables', () => {
  it.each([
    ['1/2 ngày', 0.5, 'day'],
    ['½ ngày', 0.5, 'day'],
    ['0,5 ngày', 0.5, 'day'],
    ['0.5 ngày', 0.5, 'day'],
    ['1/4 ngày', 0.25, 'day'],
    ['02 ngày làm việc', 2, 'day'],
    ['30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 30, 'day'],
    ['4 giờ', 4, 'hour'],
    ['16 giờ làm việc', 16, 'hour'],
    ['4h', 4, 'hour'],
    ['30 phút', 0.5, 'hour'],
    ['2 ngày 4 giờ', 20, 'hour'],
    ['1 buổi', 0.5, 'day'],
    ['Tối đa 03 ngày làm việc', 3, 'day'],
    ['07 ngày (bước 6 đến bước 13)', 7, 'day'],
    ['THỜI GIAN: 1 NGÀY', 1, 'day'],
  ] as const)('reads “%s” as %d %s', (text, value, unit) => {
    expect(parseTime(text)).toMatchObject({ ok: true, value, unit });
  });

  it('reads “Trong ngày” as one working day (done by the end of the day) and says so', () => {
    expect(parseTime('Trong ngày')).toEqual({ ok: true, value: 1, unit: 'day', note: 'withinDay' });
  });

  it('counts office hours (“Giờ hành chính”) as 0, marked not counted', () => {
    expect(parseTime('Giờ hành chính')).toEqual({ ok: true, value: 0, unit: 'hour', note: 'notCounted' });
  });

  it('reads a bare number in the unit the header states, and only then', () => {
    expect(parseTime('0,5', { defaultUnit: 'day' })).toEqual({
      ok: true,
      value: 0.5,
      unit: 'day',
      note: 'defaultUnit',
    });
    expect(parseTime('16', { defaultUnit: 'hour' })).toEqual({
      ok: true,
      value: 16,
      unit: 'hour',
      note: 'defaultUnit',
    });
    expect(parseTime('0,5')).toEqual({ ok: false, code: 'timeUnreadable' });
    expect(headerUnit('Thời hạn giải quyết (ngày làm việc)')).toBe('day');
    expect(headerUnit('Thời gian (giờ)')).toBe('hour');
    expect(headerUnit('Thời gian thực hiện')).toBeUndefined();
  });

  it('never guesses: text that is not a time is a coded problem', () => {
    expect(parseTime('')).toEqual({ ok: false, code: 'timeMissing' });
    expect(parseTime('—')).toEqual({ ok: false, code: 'timeMissing' });
    expect(parseTime('theo quy định')).toEqual({ ok: false, code: 'timeUnreadable' });
    expect(parseTime('2 tuần')).toEqual({ ok: false, code: 'timeUnreadable' });
    expect(parseTime('1/0 ngày')).toEqual({ ok: false, code: 'timeUnreadable' });
    expect(parseTime('3 ngày hoặc hơn')).toEqual({ ok: false, code: 'timeUnreadable' });
  });

  it('finds the time inside a total row', () => {
    expect(findTime('Tổng thời gian giải quyết: 30 ngày làm việc kể từ ngày nhận đủ hồ sơ')).toMatchObject({
      ok: true,
      value: 30,
      unit: 'day',
    });
  });
});
