/**
 * An export tells how far it has come: every stage is reported as it begins, in order, with its place among
 * the stages (the app's export worker posts these to the progress bar).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExportRefused, describeExportStage, exportVariant, type ExportProgress } from '@/core/export/index.ts';
import { exportOpencpsPackage } from '@/core/opencps/export-package.ts';

const xml = readFileSync('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', 'utf8');
const other = readFileSync('procedures/dang-ky-khai-sinh/phuong-an-b.bpmn', 'utf8');
const label = (p: ExportProgress): string => (p.target ? `${p.stage}:${p.target}` : p.stage);

describe('export progress', () => {
  it('reports the three stages of a single target', async () => {
    const seen: ExportProgress[] = [];
    await exportVariant(xml, 'camunda8', { onProgress: (p) => seen.push(p) });
    expect(seen.map(label)).toEqual(['parse', 'validate', 'target:camunda8']);
    expect(seen.map((p) => [p.done, p.total])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
  });

  it('reports every file of a bundle, each engine once, then the zip', async () => {
    const seen: ExportProgress[] = [];
    await exportVariant(xml, 'bundle', { onProgress: (p) => seen.push(p) });
    const labels = seen.map(label);
    expect(labels.slice(0, 4)).toEqual(['parse', 'validate', 'target:json', 'target:table']);
    expect(labels.slice(4, 8).sort()).toEqual([
      'target:bpmn-engine',
      'target:camunda7',
      'target:camunda8',
      'target:flowable',
    ]);
    expect(labels[8]).toBe('package');
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(seen.map((p) => p.total))).toEqual(new Set([9]));
  });

  it('stops after the check when the model is refused', async () => {
    const seen: ExportProgress[] = [];
    const broken = xml.replace(/timeLimit="[^"]*"/, 'timeLimit="-3"');
    await expect(exportVariant(broken, 'bundle', { onProgress: (p) => seen.push(p) })).rejects.toBeInstanceOf(
      ExportRefused,
    );
    expect(seen.map(label)).toEqual(['parse', 'validate']);
  });

  it('reports each variant of an OpenCPS package by name, then the zip', async () => {
    const seen: ExportProgress[] = [];
    await exportOpencpsPackage(
      [
        { name: 'phuong-an-a.bpmn', xml },
        { name: 'phuong-an-b.bpmn', xml: other },
      ],
      { onProgress: (p) => seen.push(p) },
    );
    expect(seen.map(label)).toEqual(['validate:phuong-an-a.bpmn', 'validate:phuong-an-b.bpmn', 'package']);
    expect(seen.map((p) => `${p.done}/${p.total}`)).toEqual(['0/3', '1/3', '2/3']);
  });

  it('names each stage in words, in both languages, with the display name the caller gives a target', () => {
    const at = (stage: ExportProgress['stage'], target?: string): ExportProgress => ({
      stage,
      target,
      done: 0,
      total: 9,
    });
    expect(describeExportStage(at('parse'), 'en')).toBe('reading');
    expect(describeExportStage(at('validate'), 'vi')).toBe('kiểm tra');
    expect(describeExportStage(at('validate', 'phuong-an-b.bpmn'), 'en')).toBe('checking phuong-an-b.bpmn');
    expect(describeExportStage(at('target', 'camunda8'), 'en')).toBe('writing camunda8');
    expect(describeExportStage(at('target', 'camunda8'), 'vi', () => 'Camunda 8 (Zeebe)')).toBe(
      'ghi Camunda 8 (Zeebe)',
    );
    expect(describeExportStage(at('package'), 'vi')).toBe('đóng gói các tệp');
  });
});
