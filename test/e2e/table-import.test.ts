/** Importing an internal-process table through the library's dialog, in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { PROSE, VINH_LONG, toCsv } from '../core/table-import/fixtures.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(lang: 'vi' | 'en'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = new URL(inject('baseUrl'));
  url.searchParams.set('lang', lang);
  url.hash = '#/';
  await page.goto(url.toString());
  await page.getByTestId('library-item').first().waitFor();
  return { page, errors };
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe('import a process table from the library', () => {
  it('uploads a CSV, shows the preview with its mapping, imports it and shows every step in its lane', async () => {
    const { page, errors } = await open('vi');
    // given the dialog opened from the library
    await page.getByTestId('table-import-open').click();
    expect(await page.getByTestId('table-import-open').textContent()).toBe('Nhập bảng quy trình');
    // when a Vĩnh Long table is picked
    await page.getByTestId('table-import-file').setInputFiles(csvFile('qd-2682.csv', toCsv(VINH_LONG, ';')));
    // then the preview shows the format, the mapping and the six steps with their times as read
    await expect.poll(() => page.getByTestId('table-import-step').count()).toBe(6);
    expect(await page.getByTestId('table-import-format').getAttribute('data-format')).toBe('vinhlong');
    expect(await page.getByTestId('table-import-map-2').inputValue()).toBe('performer');
    expect(await page.getByTestId('table-import-step').nth(1).locator('td').allTextContents()).toEqual([
      '3',
      '2',
      'Chuyển hồ sơ cho công chức chuyên môn',
      'Công chức Bộ phận Một cửa',
      '2 giờ',
      '',
      '',
    ]);
    expect(await page.getByTestId('table-import-step').nth(3).locator('td').last().textContent()).toBe(
      'chuyển lại bước 3',
    );
    expect(await page.getByTestId('table-import-sum').textContent()).toContain('Cộng các bước: 3 ngày làm việc');

    // when it is imported with a name and code
    await page.getByTestId('table-import-name').fill('Cai nghiện tự nguyện (nhập từ bảng)');
    await page.getByTestId('table-import-code').fill('3.000527.H61');
    await page.getByTestId('table-import-confirm').click();

    // then the dialog closes and the editor shows the diagram, each task inside its performer's lane
    await page.getByTestId('table-import-dialog').waitFor({ state: 'detached' });
    const canvas = '[data-testid="canvas"]';
    await page.locator(`${canvas} [data-element-id="Task_6"]`).waitFor();
    const lanes: Record<string, string> = {
      Task_1: 'Lane_1',
      Task_2: 'Lane_1',
      Task_3: 'Lane_2',
      Task_4: 'Lane_3',
      Task_5: 'Lane_4',
      Task_6: 'Lane_1',
    };
    for (const [task, lane] of Object.entries(lanes)) {
      const t = (await page.locator(`${canvas} .djs-element[data-element-id="${task}"]`).boundingBox())!;
      const l = (await page.locator(`${canvas} .djs-element[data-element-id="${lane}"]`).boundingBox())!;
      expect(t.y >= l.y && t.y + t.height <= l.y + l.height + 0.5, `${task} in ${lane}`).toBe(true);
    }
    expect(await page.locator(`${canvas} [data-element-id="Lane_3"]`).textContent()).toContain('Chủ tịch UBND xã');
    // and the library lists the new procedure, selected, with its code
    expect(await page.locator('[data-testid="library-item"].selected').textContent()).toContain(
      '3.000527.H61Cai nghiện tự nguyện (nhập từ bảng)',
    );
    expect(errors).toEqual([]);
  });

  it('lists problems with their rows and does not import a table without a time column until it is mapped', async () => {
    const { page, errors } = await open('en');
    await page.getByTestId('table-import-open').click();
    const csv =
      'Bước,Người làm,Nội dung công việc,Số ngày\r\n1,Một cửa,Tiếp nhận hồ sơ,1/2 ngày\r\n2,Chuyên viên,Thẩm định,vài hôm\r\n';
    await page.getByTestId('table-import-file').setInputFiles(csvFile('odd.csv', csv));
    await expect.poll(() => page.getByTestId('table-import-problems').textContent()).toContain('no Time column');
    expect(await page.getByTestId('table-import-confirm').isDisabled()).toBe(true);
    // the user maps the two columns the matcher did not know
    await page.getByTestId('table-import-map-1').selectOption('performer');
    await page.getByTestId('table-import-map-3').selectOption('time');
    await expect.poll(() => page.getByTestId('table-import-step').count()).toBe(2);
    expect(await page.locator('[data-testid="table-import-problems"] li[data-row="3"]').textContent()).toBe(
      'Row 3: cannot read the time “vài hôm” (write e.g. “0,5 ngày”, “1/2 ngày”, “4 giờ”, “02 ngày làm việc”); the step has no time.',
    );
    expect(await page.getByTestId('table-import-confirm').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('guesses the performers of a prose table from its sentences, lets the user correct one, and lays the steps out in lanes by them', async () => {
    const { page, errors } = await open('vi');
    await page.getByTestId('table-import-open').click();
    // given a table with no performer column: "Bước 1: Chuyên viên Bộ phận một cửa tiếp nhận …"
    await page.getByTestId('table-import-file').setInputFiles(csvFile('quy-trinh.csv', toCsv(PROSE)));
    // then every performer is shown as a guess to confirm, read from the start of its sentence
    await expect.poll(() => page.getByTestId('table-import-performer-guess').count()).toBe(7);
    const guess = page.getByTestId('table-import-performer-guess');
    expect(await guess.first().inputValue()).toBe('Chuyên viên Bộ phận một cửa');
    expect(await guess.nth(4).inputValue()).toBe('Chủ tịch UBND huyện');
    expect(await page.getByTestId('table-import-step').first().locator('.guess small').textContent()).toBe(
      'Đoán từ đầu câu của bước — sửa nếu chưa đúng',
    );
    expect(await page.getByTestId('table-import-problems').textContent()).toContain(
      'đoán là “Văn thư” từ đầu câu của bước',
    );
    // when the user corrects the second step's performer
    await guess.nth(1).fill('Văn thư UBND huyện');
    await guess.nth(1).dispatchEvent('change');
    await expect
      .poll(() => page.getByTestId('table-import-step').nth(1).locator('.guess small').textContent())
      .toBe('Đã sửa');
    // and imports it
    await page.getByTestId('table-import-confirm').click();
    await page.getByTestId('table-import-dialog').waitFor({ state: 'detached' });
    // then each task sits in the lane of its performer, the corrected one in its own lane
    const canvas = '[data-testid="canvas"]';
    await page.locator(`${canvas} [data-element-id="Task_7"]`).waitFor();
    const laneOf = async (task: string) => {
      const t = (await page.locator(`${canvas} .djs-element[data-element-id="${task}"]`).boundingBox())!;
      const lanes = await page.locator(`${canvas} .djs-element[data-element-id^="Lane_"]`).all();
      for (const l of lanes) {
        const b = (await l.boundingBox())!;
        if (t.y >= b.y && t.y + t.height <= b.y + b.height + 0.5) return (await l.textContent())?.trim();
      }
      return undefined;
    };
    expect(await laneOf('Task_1')).toContain('Chuyên viên Bộ phận một cửa');
    expect(await laneOf('Task_2')).toContain('Văn thư UBND huyện');
    expect(await laneOf('Task_6')).toContain('Văn thư');
    expect(await laneOf('Task_5')).toContain('Chủ tịch UBND huyện');
    expect(errors).toEqual([]);
  });
});
