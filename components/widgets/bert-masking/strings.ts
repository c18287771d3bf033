// The BERT masking widget's text in both languages.
import type { Locale } from '@/lib/i18n/locales';
import type { MaskKind } from '@/lib/text/masking';
import type { NspLabel } from '@/lib/text/nsp';
import type { ParamProblem } from '@/lib/url-state';

const reasonEn = (p: ParamProblem) => (p.reason === 'unknown' ? 'unknown setting' : p.reason === 'out-of-range' ? 'out of range' : 'not a valid value');
const reasonZh = (p: ParamProblem) => (p.reason === 'unknown' ? '未知设置' : p.reason === 'out-of-range' ? '超出范围' : '取值无效');

type Kind = Exclude<MaskKind, null>;

export const bertText = {
  en: {
    title: 'BERT’s masking rule',
    pick: 'Pick a sentence',
    custom: 'Your own sentence',
    typeLabel: 'Or type one',
    sentenceError: (max: number) => `Type at least one word, and at most ${max} words and punctuation marks. The last valid sentence is still shown.`,
    resample: 'Resample',
    seed: (s: number) => `Seed ${s}`,
    inputHeading: 'What the model sees',
    kinds: { masked: 'masked', random: 'random word', kept: 'kept as is' } satisfies Record<Kind, string>,
    kindHelp: { masked: 'replaced by [MASK]', random: 'replaced by a random word', kept: 'left unchanged but still predicted' } satisfies Record<Kind, string>,
    was: (w: string) => `was “${w}”`,
    notChosen: 'not chosen',
    targets: (n: number) => (n === 1 ? 'The model must predict 1 token:' : `The model must predict ${n} tokens:`),
    target: (pos: number, word: string, kind: string) => `position ${pos}: “${word}” (${kind})`,
    noneChosen: (p: string) => `No position was chosen this time; with this many tokens that happens ${p} of the time. Resample.`,
    counterHeading: 'Over many draws',
    run: (n: string) => `Run ${n} draws`,
    stop: 'Stop',
    progress: (done: string, total: string, positions: string) => `${done} of ${total} draws, ${positions} positions`,
    rows: { chosen: 'chosen (a target)', masked: 'became [MASK]', random: 'became a random word', kept: 'kept, still a target' },
    share: 'share of all positions',
    expected: 'BERT’s rule',
    counterSummary: (positions: string, chosen: string, masked: string, random: string, kept: string) =>
      `Over ${positions} positions: chosen ${chosen}, [MASK] ${masked}, random ${random}, kept ${kept}.`,
    nspHeading: 'Next-sentence prediction',
    nspIntro: 'BERT also sees sentence pairs. Half the time B really follows A in the corpus; half the time B is a random sentence. It learns to tell which.',
    newPair: 'New pair',
    labels: { IsNext: 'IsNext', NotNext: 'NotNext' } satisfies Record<NspLabel, string>,
    labelHelp: { IsNext: 'B is the sentence that follows A in the corpus.', NotNext: 'B is a random sentence from elsewhere in the corpus.' } satisfies Record<NspLabel, string>,
    nspTally: (n: string, share: string) => `Of ${n} pairs drawn from this seed, ${share} are IsNext.`,
    ignoredParam: (p: ParamProblem) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn(p)}).`,
    copySettingLink: 'Copy link to this setting',
    settingLinkCopied: 'Link copied',
    fallbackCaption: 'One draw of the masking rule (seed 1) on a sentence.',
    token: 'Token',
    fed: 'Model input',
    what: 'What happened',
    fallbackShares: (draws: string, chosen: string, masked: string, random: string, kept: string) =>
      `Over ${draws} draws: chosen ${chosen}, [MASK] ${masked}, random word ${random}, kept ${kept} of all positions (BERT’s rule: 15%, 12%, 1.5%, 1.5%).`,
  },
  zh: {
    title: 'BERT 的遮盖规则',
    pick: '选一个句子',
    custom: '自己输入的句子',
    typeLabel: '或者自己输入',
    sentenceError: (max: number) => `请至少输入一个字，最多 ${max} 个字（含标点）。下方仍显示上一个有效的句子。`,
    resample: '重新抽样',
    seed: (s: number) => `种子 ${s}`,
    inputHeading: '模型看到的输入',
    kinds: { masked: '遮盖', random: '随机替换', kept: '保持不变' } satisfies Record<Kind, string>,
    kindHelp: { masked: '换成 [MASK]', random: '换成随机的字', kept: '不变，但仍要预测' } satisfies Record<Kind, string>,
    was: (w: string) => `原为“${w}”`,
    notChosen: '未选中',
    targets: (n: number) => `模型要预测 ${n} 个位置：`,
    target: (pos: number, word: string, kind: string) => `第 ${pos} 个：“${word}”（${kind}）`,
    noneChosen: (p: string) => `这次一个位置也没选中；这么长的句子，出现这种情况的概率是 ${p}。再抽一次试试。`,
    counterHeading: '抽很多次之后',
    run: (n: string) => `抽样 ${n} 次`,
    stop: '停止',
    progress: (done: string, total: string, positions: string) => `已抽 ${done} / ${total} 次，共 ${positions} 个位置`,
    rows: { chosen: '被选中（要预测）', masked: '换成 [MASK]', random: '换成随机的字', kept: '不变，仍要预测' },
    share: '占全部位置的比例',
    expected: 'BERT 的规则',
    counterSummary: (positions: string, chosen: string, masked: string, random: string, kept: string) =>
      `在 ${positions} 个位置中：选中 ${chosen}，[MASK] ${masked}，随机替换 ${random}，保持不变 ${kept}。`,
    nspHeading: '下一句预测',
    nspIntro: 'BERT 还要看句子对：一半时候 B 真的是语料中紧跟在 A 后面的句子，另一半时候 B 是随机抽来的句子。模型要学会分辨。',
    newPair: '换一对',
    labels: { IsNext: 'IsNext（是下一句）', NotNext: 'NotNext（不是下一句）' } satisfies Record<NspLabel, string>,
    labelHelp: { IsNext: 'B 就是语料中紧跟在 A 后面的那句。', NotNext: 'B 是从语料别处随机抽来的句子。' } satisfies Record<NspLabel, string>,
    nspTally: (n: string, share: string) => `用这个种子抽 ${n} 对，其中 IsNext 占 ${share}。`,
    ignoredParam: (p: ParamProblem) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh(p)}）。`,
    copySettingLink: '复制当前设置的链接',
    settingLinkCopied: '链接已复制',
    fallbackCaption: '对一个句子应用一次遮盖规则（种子 1）。',
    token: '原字',
    fed: '模型输入',
    what: '发生了什么',
    fallbackShares: (draws: string, chosen: string, masked: string, random: string, kept: string) =>
      `抽样 ${draws} 次：选中 ${chosen}，[MASK] ${masked}，随机替换 ${random}，保持不变 ${kept}（BERT 的规则：15%、12%、1.5%、1.5%）。`,
  },
} satisfies Record<Locale, unknown>;
