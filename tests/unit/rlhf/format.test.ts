import { describe, expect, it } from 'vitest';
import { formatFixed, formatShort } from '@/components/widgets/chatgpt-shared/format';

describe('chatgpt widget number format', () => {
  it('uses fixed decimals, a true minus sign and no negative zero', () => {
    expect(formatFixed(-1.5, 'en', 2)).toBe('−1.50');
    expect(formatFixed(-0.0001, 'en', 2)).toBe('0.00');
    expect(formatFixed(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatShort(-2, 'zh')).toBe('−2');
    expect(formatShort(0.30000000000000004, 'en')).toBe('0.3');
  });

  it('prints a dash, never NaN or Infinity, for a non-finite value', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatFixed(x, 'en')).toBe('–');
      expect(formatShort(x, 'zh')).toBe('–');
    }
  });
});
