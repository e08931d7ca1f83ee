/** The alert telling what opening a file repaired or found, in the user's language, with the original file offered back. */
import { describeNotice, isRepair, type OpenNotice } from '@/core/index.ts';
import type { useEditorStore } from '@/stores/editor.ts';
import { downloadBlob } from './download.ts';

interface NoticeAlert {
  store: ReturnType<typeof useEditorStore>;
  t: (key: string, params?: Record<string, unknown>) => string;
  locale: string;
  file: string;
  /** The text as the user's file held it, before any repair. */
  original: string;
  notices: OpenNotice[];
}

export function showOpenNotices({ store, t, locale, file, original, notices }: NoticeAlert): void {
  const lang = locale === 'en' ? 'en' : 'vi';
  const repairs = notices.filter(isRepair).length;
  const title = repairs ? t('opening.repaired', { file, count: repairs }) : t('opening.noted', { file });
  const action = repairs
    ? {
        label: t('opening.original'),
        run: () => downloadBlob(new Blob([original], { type: 'application/xml;charset=utf-8' }), originalName(file)),
      }
    : undefined;
  store.showAlert('warning', title, undefined, { items: notices.map((n) => describeNotice(n, lang)), action });
}

/** `quy-trinh.bpmn` → `quy-trinh.original.bpmn`, so the download does not overwrite the repaired file. */
function originalName(file: string): string {
  const match = /^(.*?)(\.bpmn20\.xml|\.bpmn|\.xml)?$/i.exec(file);
  return `${match?.[1] || file}.original${match?.[2] ?? '.bpmn'}`;
}
