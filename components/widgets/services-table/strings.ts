// The services table's text in both languages.
import type { PriceStatus, ServiceType, SortKey } from '@/lib/pricing/services';
import type { Locale } from '@/lib/i18n/locales';
import type { ParamProblem } from '@/lib/url-state';

export interface ServicesText {
  title: string;
  badge: string;
  caption: string;
  columns: Record<SortKey, string> & { status: string };
  types: Record<ServiceType, string>;
  status: Record<PriceStatus, string>;
  typeFilter: string;
  allTypes: string;
  pricedOnly: string;
  sortBy: (column: string, dir: 'asc' | 'desc') => string;
  showing: (shown: number, total: number) => string;
  none: string;
  ignoredParam: (p: ParamProblem) => string;
  copySettingLink: string;
  settingLinkCopied: string;
}

const reasonEn = { unknown: 'unknown setting', 'out-of-range': 'out of range', invalid: 'not a valid value' } as const;
const reasonZh = { unknown: '未知设置', 'out-of-range': '超出范围', invalid: '取值无效' } as const;

export const servicesText: Record<Locale, ServicesText> = {
  en: {
    title: 'AIGC services, early 2023',
    badge: 'Snapshot: January to March 2023',
    caption:
      'Services and prices as surveyed in early 2023. Prices have changed since: read this as history, not as a price list. Where our fact sheet gives no source for a price, the table says "not verified here".',
    columns: { type: 'Type', service: 'Service', provider: 'Provider', price: 'Pricing as then published', status: 'Price checked' },
    types: {
      chat: 'Chat assistant',
      'text-api': 'Text API',
      'image-api': 'Image API',
      'image-app': 'Image app',
      'image-model': 'Image model',
      'model-hub': 'Model hub',
      'model-family': 'Model family',
    },
    status: { confirmed: 'Official page (archived)', secondary: 'Secondary sources', 'not-verified': 'Not verified here' },
    typeFilter: 'Show type',
    allTypes: 'All types',
    pricedOnly: 'Only services with a published price',
    sortBy: (column, dir) => `Sort by ${column}, ${dir === 'asc' ? 'ascending' : 'descending'}`,
    showing: (shown, total) => `Showing ${shown} of ${total} services.`,
    none: 'No service matches. Clear the filter to see all of them.',
    ignoredParam: (p) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn[p.reason]}).`,
    copySettingLink: 'Copy link to this view',
    settingLinkCopied: 'Link copied',
  },
  zh: {
    title: 'AIGC 服务一览（2023年初）',
    badge: '快照：2023年1月至3月',
    caption: '2023年初调研时的服务和价格。此后价格已有变化：请把它当作历史记录，而不是价目表。我们的事实资料里没有出处的价格，表中一律注明“本站未核实”。',
    columns: { type: '类型', service: '服务', provider: '提供方', price: '当时公布的价格', status: '价格核实情况' },
    types: {
      chat: '对话助手',
      'text-api': '文本 API',
      'image-api': '图像 API',
      'image-app': '图像应用',
      'image-model': '图像模型',
      'model-hub': '模型社区',
      'model-family': '模型系列',
    },
    status: { confirmed: '官方页面（存档）', secondary: '二手资料', 'not-verified': '本站未核实' },
    typeFilter: '显示类型',
    allTypes: '全部类型',
    pricedOnly: '只看有公开价格的服务',
    sortBy: (column, dir) => `按“${column}”${dir === 'asc' ? '升序' : '降序'}排列`,
    showing: (shown, total) => `共 ${total} 项服务，当前显示 ${shown} 项。`,
    none: '没有符合条件的服务。清除筛选即可看到全部。',
    ignoredParam: (p) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh[p.reason]}）。`,
    copySettingLink: '复制当前视图的链接',
    settingLinkCopied: '链接已复制',
  },
};
