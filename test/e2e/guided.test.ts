/** The guided start in Chromium: a procedure typed into the step form becomes a laid-out diagram that opens clean; reopened, the form adds a step. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { analyze, laneOf, parseBpmn, readFacts, readProcedure, type ModdleElement } from '@/core/index.ts';
import { downloadText, launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const step = (page: Page, i: number) => page.getByTestId('guided-step').nth(i);

async function fillStep(
  page: Page,
  i: number,
  s: { name: string; performer: string; duration: string; unit?: 'day' | 'hour'; forms?: string; inPerson?: boolean },
): Promise<void> {
  const row = step(page, i);
  await row.getByTestId('guided-step-name').fill(s.name);
  await row.getByTestId('guided-step-performer').fill(s.performer);
  await row.getByTestId('guided-step-duration').fill(s.duration);
  if (s.unit) await row.getByTestId('guided-step-unit').selectOption(s.unit);
  if (s.forms) await row.getByTestId('guided-step-forms').fill(s.forms);
  if (s.inPerson) await row.getByTestId('guided-step-in-person').check();
}

async function problemRuns(page: Page): Promise<number> {
  return Number(await page.getByTestId('problems-panel').getAttribute('data-runs'));
}

function tasksOf(definitions: ModdleElement): ModdleElement[] {
  const process = (definitions.get('rootElements') as ModdleElement[]).find(
    (r) => r.$type === 'bpmn:Process',
  ) as ModdleElement;
  return (process.get('flowElements') as ModdleElement[]).filter((e) => e.$type === 'bpmn:UserTask');
}

describe('guided start', () => {
  it('builds a procedure typed into the form: steps, lanes, times and documents typed, laid out, no error marker', async () => {
    const { page, errors } = await openApp(browser, { lang: 'vi' });
    await page.getByTestId('tab-problems').click();
    await expect.poll(() => problemRuns(page), { timeout: 20_000 }).toBeGreaterThan(0);
    const runsBefore = await problemRuns(page);

    // the chooser offers three ways; the form is reachable by keyboard alone
    await page.getByTestId('new-procedure').click();
    await expect.poll(() => page.getByTestId('new-procedure-chooser').locator('button.np-way').count()).toBe(3);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('new-from-form');
    await page.keyboard.press('Enter');
    const form = page.getByTestId('guided-form');
    await form.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('guided-name');

    await page.keyboard.type('Cấp phiếu lý lịch tư pháp (biểu mẫu)');
    await form.getByTestId('guided-code').fill('2.000488');
    await form.getByTestId('guided-level').selectOption('tinh');
    await form.getByTestId('guided-agency').fill('Sở Tư pháp');
    await form.getByTestId('guided-time-limit').fill('10');
    await fillStep(page, 0, {
      name: 'Tiếp nhận hồ sơ',
      performer: 'Bộ phận Một cửa',
      duration: '4',
      unit: 'hour',
      forms: 'Tờ khai yêu cầu cấp phiếu lý lịch tư pháp',
      inPerson: true,
    });
    await step(page, 0).getByTestId('guided-add-document').click();
    await step(page, 0).getByTestId('guided-document-name').nth(0).fill('Bản chụp giấy tờ tùy thân');
    await step(page, 0).getByTestId('guided-add-document').click();
    await step(page, 0).getByTestId('guided-document-name').nth(1).fill('Thông tin cư trú');
    await step(page, 0).getByTestId('guided-document-source').nth(1).selectOption('database');
    await step(page, 0).getByTestId('guided-document-platform').selectOption('NDXP');
    await step(page, 0).getByTestId('guided-document-database').fill('Cơ sở dữ liệu quốc gia về dân cư');
    await step(page, 0).getByTestId('guided-add-step').click();
    await fillStep(page, 1, { name: 'Tra cứu, xác minh lý lịch', performer: 'Chuyên viên Sở Tư pháp', duration: '6' });
    await step(page, 1).getByTestId('guided-add-step').click();
    await fillStep(page, 2, { name: 'Ký phiếu lý lịch tư pháp', performer: 'Lãnh đạo Sở', duration: '1' });
    await step(page, 2).getByTestId('guided-add-step').click();
    // an unfinished row is named, not built
    await form.getByTestId('guided-build').click();
    await expect
      .poll(async () => (await form.getByTestId('guided-problems').textContent()) ?? '')
      .toContain('Bước 4: chưa nhập tên bước.');
    await fillStep(page, 3, { name: 'Trả kết quả', performer: 'bộ phận một cửa', duration: '2', unit: 'hour' });
    await form.getByTestId('guided-build').click();

    // it opens as a library procedure, every task drawn inside its lane
    await expect
      .poll(() => page.locator('[data-testid="canvas"] .djs-element[data-element-id^="Task_Step_"]').count(), {
        timeout: 20_000,
      })
      .toBe(4);
    await expect
      .poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('saved');
    const boxes = await page.evaluate(() => {
      const box = (id: string) => {
        const r = document
          .querySelector(`[data-testid="canvas"] .djs-element[data-element-id="${id}"] .djs-hit`)
          ?.getBoundingClientRect();
        return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
      };
      const ids = [...document.querySelectorAll('[data-testid="canvas"] .djs-element[data-element-id]')].map(
        (e) => e.getAttribute('data-element-id') as string,
      );
      return Object.fromEntries(ids.map((id) => [id, box(id)]));
    });

    // the problems panel checked the new diagram: no red outline anywhere
    await expect.poll(() => problemRuns(page), { timeout: 20_000 }).toBeGreaterThan(runsBefore);
    await expect.poll(() => page.getByTestId('problems-panel').getAttribute('data-pending')).toBe('false');
    expect(await page.locator('[data-testid="canvas"] .djs-element.tthc-problem-error').count()).toBe(0);

    const saved = await downloadText(page, () => page.getByTestId('save-bpmn').click());
    const { definitions } = await parseBpmn(saved.text);
    const tasks = tasksOf(definitions);
    expect(tasks.map((t) => t.name)).toEqual([
      'Tiếp nhận hồ sơ',
      'Tra cứu, xác minh lý lịch',
      'Ký phiếu lý lịch tư pháp',
      'Trả kết quả',
    ]);
    expect(tasks.map((t) => laneOf(t)?.get('name'))).toEqual([
      'Bộ phận Một cửa',
      'Chuyên viên Sở Tư pháp',
      'Lãnh đạo Sở',
      'Bộ phận Một cửa',
    ]);
    expect(tasks.map((t) => [readFacts(t, 'step').duration, readFacts(t, 'step').durationUnit ?? 'day'])).toEqual([
      [4, 'hour'],
      [6, 'day'],
      [1, 'day'],
      [2, 'hour'],
    ]);
    expect(readFacts(tasks[0]!, 'step')).toMatchObject({
      inPersonVisit: true,
      forms: [{ name: 'Tờ khai yêu cầu cấp phiếu lý lịch tư pháp' }],
    });
    expect(readProcedure(definitions)).toMatchObject({
      name: 'Cấp phiếu lý lịch tư pháp (biểu mẫu)',
      code: '2.000488',
      level: 'tinh',
      agency: 'Sở Tư pháp',
      timeLimit: 10,
    });
    const a = analyze(definitions);
    expect([a.documentsFromApplicant, a.documentsFromDatabases, a.inPersonVisits, a.criticalPathWorkingDays]).toEqual([
      1, 1, 1, 7.75,
    ]);
    for (const t of tasks) {
      const task = boxes[t.id as string];
      const lane = boxes[laneOf(t)?.id as string];
      expect(task && lane, t.id as string).toBeTruthy();
      expect(
        task!.top >= lane!.top - 1 && task!.bottom <= lane!.bottom + 1 && task!.left >= lane!.left - 1,
        t.id as string,
      ).toBe(true);
    }
    // left to right in the order typed
    const lefts = tasks.map((t) => boxes[t.id as string]!.left);
    expect([...lefts].sort((x, y) => x - y)).toEqual(lefts);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reopens the form on the diagram, adds a step after the one above it and keeps the rest', async () => {
    const { page, errors } = await openApp(browser, { lang: 'vi' });
    await page.getByTestId('new-procedure').click();
    await page.getByTestId('new-from-template').click();
    await page.locator('[data-testid="canvas"] [data-element-id="Task_Process"]').waitFor();
    await page.getByTestId('guided-edit').click();
    const form = page.getByTestId('guided-form');
    await form.waitFor();
    expect(
      await form
        .getByTestId('guided-step-name')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual([
      'Tiếp nhận, kiểm tra hồ sơ',
      'Thẩm định, xử lý hồ sơ',
      'Bổ sung, hoàn thiện hồ sơ',
      'Xem xét, trình ký',
      'Phê duyệt, ký kết quả',
      'Vào sổ, đóng dấu, phát hành',
      'Trả kết quả',
    ]);
    await step(page, 1).getByTestId('guided-add-step').click();
    await fillStep(page, 2, { name: 'Lấy ý kiến Sở Xây dựng', performer: 'Sở Xây dựng', duration: '3' });
    // the template's steps have no times yet: the form asks for them before it redraws
    await form.getByTestId('guided-build').click();
    await expect
      .poll(async () => (await form.getByTestId('guided-problems').textContent()) ?? '')
      .toContain('Bước 1: thời gian');
    const count = await page.getByTestId('guided-step').count();
    for (let i = 0; i < count; i++) if (i !== 2) await step(page, i).getByTestId('guided-step-duration').fill('1');
    await form.getByTestId('guided-build').click();
    await expect.poll(() => page.getByTestId('guided-form').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-testid="canvas"] .djs-element[data-element-id="Task_Step_1"]').count(), {
        timeout: 20_000,
      })
      .toBe(1);

    const saved = await downloadText(page, () => page.getByTestId('save-bpmn').click());
    const { definitions } = await parseBpmn(saved.text);
    const byId = new Map(tasksOf(definitions).map((t) => [t.id as string, t]));
    const next = (id: string) =>
      (byId.get(id)!.get('outgoing') as ModdleElement[]).map((f) => (f.targetRef as ModdleElement).id);
    expect(next('Task_Process')).toEqual(['Task_Step_1']);
    expect(next('Task_Step_1')).toEqual(['Task_Review']);
    expect(next('Task_Supplement')).toEqual(['Task_Check']);
    expect(readFacts(byId.get('Task_Check')!, 'step')).toMatchObject({ dossierStatus: 2, duration: 1 });
    expect(laneOf(byId.get('Task_Step_1')!)?.get('name')).toBe('Sở Xây dựng');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
