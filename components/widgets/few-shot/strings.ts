// The in-context-learning widget's text in both languages.
import type { FewShotTaskId } from '@/content/data/pretraining/few-shot-tasks';
import type { Locale } from '@/lib/i18n/locales';
import type { ShotMode } from '@/lib/text/context-window';
import type { ParamProblem } from '@/lib/url-state';

const reasonEn = (p: ParamProblem) => (p.reason === 'unknown' ? 'unknown setting' : p.reason === 'out-of-range' ? 'out of range' : 'not a valid value');
const reasonZh = (p: ParamProblem) => (p.reason === 'unknown' ? '未知设置' : p.reason === 'out-of-range' ? '超出范围' : '取值无效');

export const fewShotText = {
  en: {
    title: 'Zero-, one- and few-shot prompts',
    taskLegend: 'Task',
    tasks: { 'zh-en': 'Chinese → English words', 'en-zh': 'English → Chinese words', opposite: 'Opposites' } satisfies Record<FewShotTaskId, string>,
    shotsLegend: 'Demonstrations',
    shots: { zero: 'Zero-shot (none)', one: 'One-shot (1)', few: 'Few-shot (K)' } satisfies Record<ShotMode, string>,
    kSlider: 'K, the number of demonstrations',
    kTyped: 'Type K',
    kError: (min: number, max: number) => `Enter a whole number from ${min} to ${max}. The last valid K is still used.`,
    kOnlyFew: 'K applies to few-shot prompts.',
    desc: 'Start with a task description line',
    prompt: 'The prompt',
    tokensCol: 'tokens',
    answer: (a: string) => `The model should continue with “${a}”.`,
    count: (n: string, share: string, ctx: string) => `This prompt is ${n} tokens in GPT-2/GPT-3’s byte-level BPE tokenizer: ${share} of GPT-3’s ${ctx}-token window.`,
    fit: (mean: string, fit: string) => `A demonstration of this task costs ${mean} tokens on average, so about ${fit} demonstrations fit beside the task line and the query. The GPT-3 paper used K from 10 to 100 for this reason.`,
    pieces: (word: string, n: number) => `“${word}” is ${n} token${n === 1 ? '' : 's'}:`,
    split: (n: number) => `(${n} byte tokens)`,
    noWeights: 'No weights change. The demonstrations are only input: the model reads them in one forward pass and its 175 billion parameters stay exactly as they were. Remove them and the “learning” is gone.',
    ignoredParam: (p: ParamProblem) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn(p)}).`,
    copySettingLink: 'Copy link to this setting',
    settingLinkCopied: 'Link copied',
    fallbackCaption: 'GPT-3 tokens in zero-, one- and few-shot versions of the Chinese → English prompt.',
    mode: 'Prompt',
    total: 'Tokens',
    windowShare: 'Share of 2,048',
  },
  zh: {
    title: '零样本、单样本与少样本提示',
    taskLegend: '任务',
    tasks: { 'zh-en': '中文词 → 英文', 'en-zh': '英文词 → 中文', opposite: '反义词' } satisfies Record<FewShotTaskId, string>,
    shotsLegend: '示例个数',
    shots: { zero: '零样本（不给示例）', one: '单样本（1 个）', few: '少样本（K 个）' } satisfies Record<ShotMode, string>,
    kSlider: 'K：示例个数',
    kTyped: '输入 K',
    kError: (min: number, max: number) => `请输入 ${min} 到 ${max} 之间的整数。下方仍使用上一个有效的 K。`,
    kOnlyFew: 'K 只用于少样本提示。',
    desc: '第一行写上任务说明',
    prompt: '提示词',
    tokensCol: '词元',
    answer: (a: string) => `模型接下来应该写出“${a}”。`,
    count: (n: string, share: string, ctx: string) => `用 GPT-2/GPT-3 的字节级 BPE 分词器计算，这段提示词共 ${n} 个词元，占 GPT-3 上下文窗口（${ctx} 个词元）的 ${share}。`,
    fit: (mean: string, fit: string) => `这个任务的一个示例平均要 ${mean} 个词元，所以除去任务说明和问题，窗口里大约能放下 ${fit} 个示例。GPT-3 论文把 K 定在 10 到 100 之间，原因就在这里。`,
    pieces: (word: string, n: number) => `“${word}”占 ${n} 个词元：`,
    split: (n: number) => `（拆成 ${n} 个字节词元）`,
    noWeights: '权重一点也没有变。示例只是输入：模型在一次前向计算中读过它们，1750 亿个参数原封不动。把示例删掉，“学到的”东西也就没了。',
    ignoredParam: (p: ParamProblem) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh(p)}）。`,
    copySettingLink: '复制当前设置的链接',
    settingLinkCopied: '链接已复制',
    fallbackCaption: '“中文词 → 英文”提示词在零样本、单样本、少样本三种写法下的 GPT-3 词元数。',
    mode: '写法',
    total: '词元数',
    windowShare: '占 2048 的比例',
  },
} satisfies Record<Locale, unknown>;
