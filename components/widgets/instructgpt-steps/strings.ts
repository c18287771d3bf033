// The three-steps widget's text in both languages (the steps themselves are in content/data/chatgpt/).
import type { Locale } from '@/lib/i18n/locales';
import type { ParamProblem } from '@/lib/url-state';

const reasonEn = (p: ParamProblem) => (p.reason === 'unknown' ? 'unknown setting' : p.reason === 'out-of-range' ? 'out of range' : 'not a valid value');
const reasonZh = (p: ParamProblem) => (p.reason === 'unknown' ? '未知设置' : p.reason === 'out-of-range' ? '超出范围' : '取值无效');

export const stepsText = {
  en: {
    title: 'InstructGPT in three steps',
    tablist: 'Training steps',
    stepN: (n: number) => `Step ${n}`,
    fields: {
      data: 'Data',
      producedBy: 'Who produced it',
      trained: 'What is trained',
      startsFrom: 'Starts from',
      produces: 'Produces',
      formula: 'Loss or objective',
    },
    figures: 'Figures from the paper',
    about: (x: string) => `about ${x}`,
    upTo: (x: string) => `up to ${x}`,
    range: (a: string, b: string) => `${a} to ${b}`,
    listJoin: ', ',
    comparisonsRange: 'Comparisons per prompt, C(K, 2)',
    batch: (prompts: string, k: number) => `Comparisons in one training batch of ${prompts} prompts with K = ${k}`,
    kLegend: 'Answers ranked for one prompt (K)',
    kResult: (k: number, c: string) => `K = ${k} answers give C(${k}, 2) = ${c} comparisons for the reward model.`,
    pairsCaption: (letters: string) => `If a labeller ranks ${letters} from best to worst, these are the pairs:`,
    kTable: 'Comparisons for each K',
    kCol: 'Answers K',
    cCol: 'Comparisons',
    prev: 'Previous step',
    next: 'Next step',
    status: (i: number, n: number, name: string) => `Step ${i} of ${n}: ${name}`,
    ignoredParam: (p: ParamProblem) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn(p)}); showing the default.`,
    copySettingLink: 'Copy link to this setting',
    settingLinkCopied: 'Link copied',
    fallbackCaption: 'The three training steps of InstructGPT, with the figures given in the paper (Ouyang et al. 2022).',
  },
  zh: {
    title: 'InstructGPT 的三步训练',
    tablist: '训练步骤',
    stepN: (n: number) => `第 ${n} 步`,
    fields: {
      data: '数据',
      producedBy: '谁提供',
      trained: '训练什么',
      startsFrom: '起点',
      produces: '产出',
      formula: '损失或目标',
    },
    figures: '论文中的数字',
    about: (x: string) => `约 ${x}`,
    upTo: (x: string) => `最多 ${x}`,
    range: (a: string, b: string) => `${a} 到 ${b}`,
    listJoin: '、',
    comparisonsRange: '每个提示的比较数 C(K, 2)',
    batch: (prompts: string, k: number) => `一个训练批次（${prompts} 个提示，K = ${k}）中的比较数`,
    kLegend: '每个提示排序的回答数（K）',
    kResult: (k: number, c: string) => `K = ${k} 个回答，给奖励模型提供 C(${k}, 2) = ${c} 组比较。`,
    pairsCaption: (letters: string) => `如果标注员把 ${letters} 从好到差排序，得到的比较是：`,
    kTable: '不同 K 对应的比较数',
    kCol: '回答数 K',
    cCol: '比较数',
    prev: '上一步',
    next: '下一步',
    status: (i: number, n: number, name: string) => `第 ${i} 步（共 ${n} 步）：${name}`,
    ignoredParam: (p: ParamProblem) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh(p)}），显示默认值。`,
    copySettingLink: '复制当前设置的链接',
    settingLinkCopied: '链接已复制',
    fallbackCaption: 'InstructGPT 的三个训练步骤，以及论文（Ouyang 等，2022）给出的数字。',
  },
} satisfies Record<Locale, unknown>;

export type StepsText = (typeof stepsText)[Locale];
