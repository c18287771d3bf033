// The slide deck's interface text in both languages.
import type { Locale } from '@/lib/i18n/locales';

export const slideLabels: Record<Locale, {
  deck: string;
  previous: string;
  next: string;
  fullscreen: string;
  notes: string;
  reading: string;
  present: string;
  progress: (n: number, total: number) => string;
  help: string;
}> = {
  en: {
    deck: 'Slides',
    previous: 'Previous slide',
    next: 'Next slide',
    fullscreen: 'Full screen (F)',
    notes: 'Presenter notes (N)',
    reading: 'Back to reading view',
    present: 'Present',
    progress: (n, total) => `Slide ${n} of ${total}`,
    help: '← → move · F full screen · N notes · Home / End',
  },
  zh: {
    deck: '幻灯片',
    previous: '上一页',
    next: '下一页',
    fullscreen: '全屏（F）',
    notes: '演讲者备注（N）',
    reading: '返回阅读视图',
    present: '演示',
    progress: (n, total) => `第 ${n} / ${total} 页`,
    help: '← → 翻页 · F 全屏 · N 备注 · Home / End',
  },
};
