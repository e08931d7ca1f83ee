import { describe, expect, it } from 'vitest';
import { describeWarning } from '@/core/index.ts';

describe('warning texts', () => {
  it('write numbers the way each language does', () => {
    const w = {
      code: 'overLimit' as const,
      severity: 'error' as const,
      elementId: 'P',
      params: { days: 2.5, limit: 2 },
    };
    expect(describeWarning(w, 'vi')).toContain('2,5');
    expect(describeWarning(w, 'en')).toContain('2.5');
  });
});
