// The cost calculator's text in both languages.
import type { PriceListId } from '@/lib/pricing/prices';
import type { Locale } from '@/lib/i18n/locales';
import type { ParamProblem } from '@/lib/url-state';
import type { SampleId } from './schema';

export interface CostText {
  title: string;
  badge: string;
  sampleLabel: string;
  samples: Record<SampleId, string>;
  textLabel: string;
  replyLabel: string;
  replyError: (max: number) => string;
  pricesLegend: string;
  priceLists: Record<PriceListId, string>;
  summary: (chars: string, tokens: string, per100: string | null) => string;
  empty: string;
  counting: (percent: number) => string;
  countingFirst: string;
  tooLong: (chars: string, max: string) => string;
  approximate: (longest: string) => string;
  failed: string;
  columns: { model: string; one: string; thousand: string };
  perThousandTokens: (usd: string) => string;
  otherTokenizer: string;
  tableCaption: (tokens: string, reply: string) => string;
  fallbackNote: string;
  ignoredParam: (p: ParamProblem) => string;
  copySettingLink: string;
  settingLinkCopied: string;
}

const reasonEn = { unknown: 'unknown setting', 'out-of-range': 'out of range', invalid: 'not a valid value' } as const;
const reasonZh = { unknown: '未知设置', 'out-of-range': '超出范围', invalid: '取值无效' } as const;

export const costText: Record<Locale, CostText> = {
  en: {
    title: 'What would this cost? (early-2023 prices)',
    badge: 'Historical prices',
    sampleLabel: 'Start from',
    samples: {
      en: 'A customer email (English)',
      zh: 'The same email in Chinese',
      emoji: 'Emoji',
      mixed: 'Mixed scripts',
      code: 'Program code',
      huge: 'About 1 MB of text',
      own: 'Your own text',
    },
    textLabel: 'Text of the request (the prompt)',
    replyLabel: 'Expected reply length (tokens)',
    replyError: (max) => `Enter a whole number of tokens from 0 to ${max.toLocaleString('en-US')}. The last valid length is still used.`,
    pricesLegend: 'Price list',
    priceLists: { 'early-2023': 'Early 2023', 'mid-2022': 'Mid-2022, before the price cut' },
    summary: (chars, tokens, per100) => `${chars} characters make ${tokens} tokens${per100 ? ` (${per100} tokens per 100 characters)` : ''}.`,
    empty: 'The box is empty: 0 tokens, nothing to pay. Paste or type some text.',
    counting: (percent) => `Counting… ${percent}%. The last result stays until the new one is ready.`,
    countingFirst: 'Loading the tokenizer and counting…',
    tooLong: (chars, max) => `This text has ${chars} characters; the calculator counts at most ${max}. The last result is still shown.`,
    approximate: (longest) =>
      `One run of ${longest} characters has no space or punctuation, so it was counted in pieces: the total may be off by a few tokens.`,
    failed: 'The tokenizer could not be loaded, so nothing was counted. The last result is still shown.',
    columns: { model: 'Model and price', one: 'This request', thousand: '1,000 such requests' },
    perThousandTokens: (usd) => `${usd} per 1K tokens`,
    otherTokenizer: 'counted with the GPT-3 tokenizer; this model used a newer one, so treat it as an estimate',
    tableCaption: (tokens, reply) => `Cost of ${tokens} prompt tokens plus ${reply} reply tokens; both are billed.`,
    fallbackNote: 'Without JavaScript this table shows the English sample email, counted when the site was built. With JavaScript you can paste any text.',
    ignoredParam: (p) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn[p.reason]}).`,
    copySettingLink: 'Copy link to this setting',
    settingLinkCopied: 'Link copied',
  },
  zh: {
    title: '这要花多少钱？（按2023年初的价格）',
    badge: '历史价格',
    sampleLabel: '从这里开始',
    samples: {
      en: '一封客服邮件（英文）',
      zh: '同一封邮件（中文）',
      emoji: '表情符号',
      mixed: '多种文字混排',
      code: '程序代码',
      huge: '约 1 MB 的长文本',
      own: '自己输入的文字',
    },
    textLabel: '请求的文字（提示）',
    replyLabel: '预计回复长度（词元）',
    replyError: (max) => `请输入 0 到 ${max.toLocaleString('zh-CN')} 之间的整数。计算仍使用上一个有效值。`,
    pricesLegend: '价目表',
    priceLists: { 'early-2023': '2023年初', 'mid-2022': '2022年年中（降价之前）' },
    summary: (chars, tokens, per100) => `${chars} 个字符，共 ${tokens} 个词元${per100 ? `（每 100 个字符 ${per100} 个词元）` : ''}。`,
    empty: '输入框是空的：0 个词元，不用付费。请粘贴或输入一些文字。',
    counting: (percent) => `正在计数……${percent}%。新结果出来之前，仍显示上一次的结果。`,
    countingFirst: '正在加载分词器并计数……',
    tooLong: (chars, max) => `这段文字有 ${chars} 个字符，计算器最多只数 ${max} 个。下方仍显示上一次的结果。`,
    approximate: (longest) => `有一段连续 ${longest} 个字符中间没有空格或标点，只能分段计数，总数可能有几个词元的误差。`,
    failed: '分词器加载失败，没有完成计数。下方仍显示上一次的结果。',
    columns: { model: '模型与单价', one: '本次请求', thousand: '1,000 次同样的请求' },
    perThousandTokens: (usd) => `每千词元 ${usd}`,
    otherTokenizer: '按 GPT-3 的分词器计数；这个模型用的是更新的分词器，结果只是估计',
    tableCaption: (tokens, reply) => `提示 ${tokens} 个词元，加上回复 ${reply} 个词元的费用；两者都计费。`,
    fallbackNote: '未启用 JavaScript 时，此表显示英文示例邮件的结果（在建站时计算）。启用 JavaScript 后，可以粘贴任意文字。',
    ignoredParam: (p) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh[p.reason]}）。`,
    copySettingLink: '复制当前设置的链接',
    settingLinkCopied: '链接已复制',
  },
};
