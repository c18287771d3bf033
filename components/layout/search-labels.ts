// The search dialog's text in both languages.
import type { Locale } from '@/lib/i18n/locales';

export const searchLabels: Record<Locale, {
  open: string;
  title: string;
  input: string;
  placeholder: string;
  close: string;
  loading: string;
  none: (q: string) => string;
  count: (n: number) => string;
  unavailable: string;
}> = {
  en: {
    open: 'Search',
    title: 'Search this site',
    input: 'Search terms',
    placeholder: 'e.g. mode collapse, temperature, CLIP',
    close: 'Close',
    loading: 'Searching…',
    none: (q) => `Nothing found for “${q}”.`,
    count: (n) => (n === 1 ? '1 result' : `${n} results`),
    unavailable: 'Search is not available here: the search index is built by "npm run build".',
  },
  zh: {
    open: '搜索',
    title: '站内搜索',
    input: '搜索词',
    placeholder: '例如：模式崩溃、温度、CLIP',
    close: '关闭',
    loading: '正在搜索…',
    none: (q) => `没有找到与“${q}”相关的内容。`,
    count: (n) => `${n} 条结果`,
    unavailable: '这里无法搜索：搜索索引由 "npm run build" 生成。',
  },
};
