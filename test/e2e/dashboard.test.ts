/** The reform dashboard in Chromium: its totals are those of the analysis of every sample variant. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { analyze, parseBpmn, type Analysis, type VariantStatus } from '@/core/index.ts';
import { launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Entry {
  slug: string;
  variants: Array<{ status: VariantStatus; file: string }>;
}

/**
 * What the dashboard should total, from `analyze` of each sample file: per procedure, the current variant
 * against the approved option, else the proposed one that saves most statutory days (then longest-path days).
 */
async function expectedTotals() {
  const index = JSON.parse(readFileSync(join('procedures', 'index.json'), 'utf8')) as Entry[];
  const t = {
    procedures: 0,
    reviewed: 0,
    optionsProposed: 0,
    optionsApproved: 0,
    daysSaved: 0,
    costPerYearSavedVnd: 0,
    documentsFromData: 0,
    visitsRemoved: 0,
  };
  for (const entry of index) {
    const analysed = await Promise.all(
      entry.variants.map(async (v) => ({
        status: v.status,
        a: analyze(
          (await parseBpmn(readFileSync(join('procedures', v.file.replace(/^procedures\//, '')), 'utf8'))).definitions,
          { maxPaths: 1 },
        ),
      })),
    );
    t.procedures++;
    t.optionsProposed += analysed.filter((v) => v.status === 'proposed').length;
    t.optionsApproved += analysed.filter((v) => v.status === 'approved').length;
    const base = analysed.find((v) => v.status === 'current')!.a;
    const options = analysed.filter((v) => v.status !== 'current');
    if (!options.length) continue;
    const limit = (a: Analysis) => a.statutoryLimitWorkingDays ?? 0;
    const best =
      options.find((o) => o.status === 'approved')?.a ??
      options
        .map((o) => o.a)
        .sort((x, y) => limit(x) - limit(y) || x.criticalPathWorkingDays - y.criticalPathWorkingDays)[0]!;
    t.reviewed++;
    if (base.statutoryLimitWorkingDays !== null && best.statutoryLimitWorkingDays !== null)
      t.daysSaved += base.statutoryLimitWorkingDays - best.statutoryLimitWorkingDays;
    if (base.complianceCostPerYearVnd !== null && best.complianceCostPerYearVnd !== null)
      t.costPerYearSavedVnd += base.complianceCostPerYearVnd - best.complianceCostPerYearVnd;
    t.documentsFromData += best.documentsFromDatabases - base.documentsFromDatabases;
    t.visitsRemoved += base.inPersonVisits - best.inPersonVisits;
  }
  return t;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

describe('reform dashboard', () => {
  it('totals the procedures, options, days, cost, documents and visits of the analysis of each variant', async () => {
    const expected = await expectedTotals();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = new URL(inject('baseUrl'));
    url.searchParams.set('lang', 'vi');
    url.hash = '#/library';
    await page.goto(url.toString());
    await page.getByTestId('library-item').first().waitFor();
    await page.getByTestId('reform-toggle').click();
    const dashboard = page.getByTestId('reform-dashboard');
    await dashboard.waitFor();
    const shown = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.keys(expected).map(async (key) => [
            key,
            round(Number(await dashboard.getByTestId(`reform-total-${key}`).getAttribute('data-value'))),
          ]),
        ),
      );
    // the sample variants are analysed in the background on the first run; the totals follow
    await expect
      .poll(shown, { timeout: 30_000 })
      .toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, round(v)])));
    expect(expected.reviewed).toBeGreaterThan(5);

    // the target line and the charts: one bar per field, titled with its rate
    const time = dashboard.getByTestId('reform-target-nq66-time');
    expect(await time.textContent()).toMatch(/Cắt giảm ≥ 30% thời gian giải quyết: giảm [\d,]+\s?%/);
    const fields = await dashboard.getByTestId('reform-group').count();
    expect(await dashboard.getByTestId('reform-chart-nq66-time').getByTestId('target-bar').count()).toBe(fields);
    const groupSum = await dashboard
      .getByTestId('reform-group')
      .evaluateAll((rows) =>
        rows.reduce((s, r) => s + Number(r.querySelector('[data-key="procedures"]')?.getAttribute('data-value')), 0),
      );
    expect(groupSum).toBe(expected.procedures);
    await dashboard.getByTestId('reform-group-by').selectOption('level');
    await expect
      .poll(() =>
        dashboard.getByTestId('reform-group').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')).sort()),
      )
      .toEqual(expect.arrayContaining(['xa']));

    // each row shows its variants by status and its best option
    await page.getByTestId('library-search').fill('doi giay phep lai xe');
    const row = page.getByTestId('library-item').first();
    await expect.poll(async () => (await row.getByTestId('row-variants').textContent()) ?? '').toContain('1 đã duyệt');
    expect(await row.getByTestId('row-best').textContent()).toMatch(/ngày/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
