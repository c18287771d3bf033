// The PGC / UGC / AIGC widget's text in both languages.
import type { Dimension, Mode } from '@/lib/aigc/production-modes';
import type { Locale } from '@/lib/i18n/locales';
import type { ParamProblem } from '@/lib/url-state';

export interface ProductionModesText {
  title: string;
  badge: string;
  dimensionLegend: string;
  modes: Record<Mode, string>;
  dimensions: Record<Dimension, { label: string; low: string; high: string; why: string }>;
  chartLabel: (dimension: string, values: string) => string;
  rating: string;
  keepLegend: string;
  keepSlider: string;
  keepTyped: string;
  keepError: string;
  result: (usable: string, pgc: string, drafts: number) => string;
  units: string;
  ignoredParam: (p: ParamProblem) => string;
  copySettingLink: string;
  settingLinkCopied: string;
  fallbackCaption: string;
  fallbackKeep: (usable: string, pgc: string, keepPercent: number) => string;
}

export const productionModesText: Record<Locale, ProductionModesText> = {
  en: {
    title: 'Three ways to produce content',
    badge: 'Qualitative illustration, not data',
    dimensionLegend: 'Compare on',
    modes: { pgc: 'PGC (professionals)', ugc: 'UGC (users)', aigc: 'AIGC (models + people)' },
    dimensions: {
      costPerPiece: { label: 'Cost per piece', low: 'cheap', high: 'costly', why: 'Professional teams are paid for each piece; users work for free but spend their own time; a model drafts in seconds for a fraction of a cent of computing.' },
      volume: { label: 'Volume', low: 'scarce', high: 'abundant', why: 'A newsroom or studio ships what its staff can make; a platform ships whatever millions of users upload; a model can draft as much as anyone asks for.' },
      speed: { label: 'Speed', low: 'slow', high: 'fast', why: 'Planning, shooting and editing take weeks; a phone video takes minutes; a draft from a model takes seconds.' },
      qualitySpread: { label: 'Spread of quality', low: 'consistent', high: 'uneven', why: 'Editors hold professional work to a standard; user uploads range from brilliant to careless; model output ranges from usable to subtly wrong, so someone has to check it.' },
      skillBarrier: { label: 'Skill needed to start', low: 'low', high: 'high', why: 'Professional work needs training and equipment; platforms hand out simple tools; with a model, a sentence of instruction is enough to get a first draft.' },
    },
    chartLabel: (d, v) => `${d}: ${v}`,
    rating: 'rating (1 to 5)',
    keepLegend: 'A person still curates: what share of drafts is good enough to keep?',
    keepSlider: 'Share of drafts kept (%)',
    keepTyped: 'Type a share (%)',
    keepError: 'Enter a number from 1 to 100. The last valid share is still shown.',
    result: (usable, pgc, drafts) => `One usable AIGC piece costs about ${usable} units (a professional piece: ${pgc}). Ten usable pieces mean reviewing ${drafts} drafts.`,
    units: 'Units are illustrative: a professional piece is set to 100.',
    ignoredParam: (p) => `Ignored the link setting ${p.param}=${p.value} (${p.reason === 'unknown' ? 'unknown setting' : p.reason === 'out-of-range' ? 'out of range' : 'not a valid value'}).`,
    copySettingLink: 'Copy link to this setting',
    settingLinkCopied: 'Link copied',
    fallbackCaption: 'PGC, UGC and AIGC rated from 1 (low) to 5 (high). A qualitative illustration, not measured data.',
    fallbackKeep: (usable, pgc, keep) => `If a person keeps ${keep}% of a model's drafts, one usable piece costs about ${usable} units, against ${pgc} for a professional piece (illustrative units).`,
  },
  zh: {
    title: '三种内容生产方式',
    badge: '定性示意，并非数据',
    dimensionLegend: '比较维度',
    modes: { pgc: 'PGC（专业团队）', ugc: 'UGC（普通用户）', aigc: 'AIGC（模型加人）' },
    dimensions: {
      costPerPiece: { label: '单件成本', low: '便宜', high: '昂贵', why: '专业团队每件作品都要付薪酬；用户创作不收钱，但花的是自己的时间；模型几秒钟就能出一稿，算力花费不到一分钱。' },
      volume: { label: '产量', low: '稀缺', high: '充足', why: '编辑部或工作室的产量受人手限制；平台上的内容来自千千万万的用户；模型则是要多少就能起草多少。' },
      speed: { label: '速度', low: '慢', high: '快', why: '策划、拍摄、剪辑动辄几周；手机拍条短视频只要几分钟；模型出一稿只需几秒。' },
      qualitySpread: { label: '质量波动', low: '稳定', high: '参差', why: '专业作品有编辑把关；用户上传的内容良莠不齐；模型的产出从可用到“看着对、其实错”都有，所以必须有人检查。' },
      skillBarrier: { label: '入门门槛', low: '低', high: '高', why: '专业创作要训练、要设备；平台把简单工具交给所有人；用模型时，一句指令就能得到初稿。' },
    },
    chartLabel: (d, v) => `${d}：${v}`,
    rating: '评分（1 到 5）',
    keepLegend: '人仍然要把关：模型的草稿里，有多少能留用？',
    keepSlider: '留用比例（%）',
    keepTyped: '输入比例（%）',
    keepError: '请输入 1 到 100 之间的数字。下方仍显示上一个有效值的结果。',
    result: (usable, pgc, drafts) => `一件可用的 AIGC 作品约合 ${usable} 个单位（专业作品为 ${pgc}）。想要 10 件可用作品，需要审阅 ${drafts} 份草稿。`,
    units: '单位只作示意：把一件专业作品的成本记为 100。',
    ignoredParam: (p) => `已忽略链接中的设置 ${p.param}=${p.value}（${p.reason === 'unknown' ? '未知设置' : p.reason === 'out-of-range' ? '超出范围' : '取值无效'}）。`,
    copySettingLink: '复制当前设置的链接',
    settingLinkCopied: '链接已复制',
    fallbackCaption: 'PGC、UGC、AIGC 的 1（低）到 5（高）评分。定性示意，并非实测数据。',
    fallbackKeep: (usable, pgc, keep) => `如果人从模型草稿中留用 ${keep}%，一件可用作品约合 ${usable} 个单位，专业作品为 ${pgc}（示意单位）。`,
  },
};
