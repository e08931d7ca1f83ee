/**
 * Default shares of exception branches that a table import and the template write into the file, so that no
 * figure rests on an equal split. No published statistic gives these rates: they are the studio's estimates,
 * written with `shareSource="estimate"` and shown as assumptions until the user enters the unit's own figure.
 */
import type { MessageLocale } from '../bpmn/problem-messages.ts';

export const ASSUMED_SHARES = {
  /** Dossiers asked to supplement at the completeness check. */
  supplement: 0.1,
  /** Dossiers refused (outside the agency's authority, not eligible). */
  refuse: 0.02,
  /** Dossiers a leader sends back to an earlier step. */
  sendBack: 0.05,
} as const;

/** The `shareSource` code of a studio estimate. */
export const ESTIMATE_SOURCE = 'estimate';

/** The source of a share as shown beside it. */
export function shareSourceText(source: string, locale: MessageLocale): string {
  if (source === ESTIMATE_SOURCE) {
    return locale === 'vi'
      ? 'ước tính mặc định của TTHC Studio, không có số liệu công bố'
      : 'TTHC Studio default estimate; no published statistic';
  }
  return source;
}
