/** What an export reports while it runs (the app's export worker posts it to the progress bar). */
import type { MessageLocale } from '../bpmn/problem-messages.ts';

/**
 * How far an export has come, for a progress bar: `done` of `total` stages are finished and `stage` is the one
 * under way (`target` names the file being written). A single target has three stages (read, check, write);
 * a bundle has nine (read, check, the descriptor, the table, the four engines, the zip); an OpenCPS package one
 * per variant checked and one for the zip.
 */
export interface ExportProgress {
  stage: 'parse' | 'validate' | 'target' | 'package';
  target?: string;
  done: number;
  total: number;
}

const STAGES: Record<MessageLocale, Record<ExportProgress['stage'] | 'validateOne', (name: string) => string>> = {
  en: {
    parse: () => 'reading',
    validate: () => 'checking',
    validateOne: (name) => `checking ${name}`,
    target: (name) => `writing ${name}`,
    package: () => 'packing the files',
  },
  vi: {
    parse: () => 'đọc',
    validate: () => 'kiểm tra',
    validateOne: (name) => `kiểm tra ${name}`,
    target: (name) => `ghi ${name}`,
    package: () => 'đóng gói các tệp',
  },
};

/**
 * The stage under way in words ("writing Camunda 8", "checking phuong-an-a.bpmn"), the same in the app and the
 * CLI; `nameOf` gives a target its display name (the CLI shows the target's id).
 */
export function describeExportStage(
  p: ExportProgress,
  lang: MessageLocale,
  nameOf: (target: string) => string = (t) => t,
): string {
  const texts = STAGES[lang];
  if (p.stage === 'validate' && p.target) return texts.validateOne(p.target);
  return texts[p.stage](p.target && p.stage === 'target' ? nameOf(p.target) : '');
}
