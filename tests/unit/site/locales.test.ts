import { describe, expect, it } from 'vitest';
import { htmlLang, isLocale, otherLocale, pickLocale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';

describe('locales', () => {
  it('picks the first supported browser language', () => {
    expect(pickLocale(['zh-CN', 'en-US'])).toBe('zh');
    expect(pickLocale(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLocale(['zh-TW'])).toBe('zh');
    expect(pickLocale(['fr'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
  it('knows its languages', () => {
    expect(isLocale('zh')).toBe(true);
    expect(isLocale('zh-CN')).toBe(false);
    expect(otherLocale('en')).toBe('zh');
    expect(htmlLang.zh).toBe('zh-CN');
  });
  it('has every interface string in both languages', () => {
    expect(Object.keys(strings.zh).sort()).toEqual(Object.keys(strings.en).sort());
  });
});
