// The uses widget's text in both languages (the prompts themselves are in content/data/chatgpt/uses.ts).
import type { Locale } from '@/lib/i18n/locales';
import type { ParamProblem } from '@/lib/url-state';

const reasonEn = (p: ParamProblem) => (p.reason === 'unknown' ? 'unknown setting' : p.reason === 'out-of-range' ? 'out of range' : 'not a valid value');
const reasonZh = (p: ParamProblem) => (p.reason === 'unknown' ? '未知设置' : p.reason === 'out-of-range' ? '超出范围' : '取值无效');

export const usesText = {
  en: {
    title: 'Prompts to try',
    pick: 'Pick a use',
    prompt: 'Example prompt',
    copy: 'Copy prompt',
    copied: 'Prompt copied. Paste it into a chatbot.',
    manual: 'Your browser did not let the page copy. The prompt is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    goodAnswer: 'A good answer to this prompt',
    checks: 'What to check',
    ignoredParam: (p: ParamProblem) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn(p)}); showing the first use.`,
    copySettingLink: 'Copy link to this use',
    settingLinkCopied: 'Link copied',
    fallbackCaption: 'Eight uses, each with a prompt you can paste into a chatbot as it stands, and what to check in the answer.',
  },
  zh: {
    title: '可以试试的提示',
    pick: '选一种用途',
    prompt: '示例提示',
    copy: '复制提示',
    copied: '提示已复制，可以粘贴到聊天机器人里了。',
    manual: '浏览器不允许网页直接复制。提示已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
    goodAnswer: '对这条提示，好的回答应该是',
    checks: '要检查什么',
    ignoredParam: (p: ParamProblem) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh(p)}），显示第一种用途。`,
    copySettingLink: '复制这个用途的链接',
    settingLinkCopied: '链接已复制',
    fallbackCaption: '八种用途，每种都配有一条可以直接粘贴到聊天机器人里的提示，以及检查回答时要注意什么。',
  },
} satisfies Record<Locale, unknown>;
