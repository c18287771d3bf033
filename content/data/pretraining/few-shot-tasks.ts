// The in-context-learning widget's tasks: word pairs for the demonstrations, the query, and the task line
// in each page language (the Chinese page writes its instruction in Chinese, as a Chinese reader would).
import type { Demonstration } from '@/lib/text/context-window';

export const fewShotTaskIds = ['zh-en', 'en-zh', 'opposite'] as const;
export type FewShotTaskId = (typeof fewShotTaskIds)[number];

export interface FewShotTask {
  readonly description: { readonly en: string; readonly zh: string };
  readonly pool: readonly Demonstration[];
  readonly query: Demonstration;
}

const words: readonly Demonstration[] = [
  ['苹果', 'apple'],
  ['猫', 'cat'],
  ['书', 'book'],
  ['月亮', 'moon'],
  ['老师', 'teacher'],
  ['水', 'water'],
  ['朋友', 'friend'],
  ['香蕉', 'banana'],
  ['鱼', 'fish'],
  ['学校', 'school'],
  ['太阳', 'sun'],
  ['花', 'flower'],
  ['狗', 'dog'],
  ['山', 'mountain'],
  ['牛奶', 'milk'],
  ['雨', 'rain'],
  ['医生', 'doctor'],
  ['鸟', 'bird'],
  ['面包', 'bread'],
  ['电脑', 'computer'],
];

export const fewShotTasks: Record<FewShotTaskId, FewShotTask> = {
  'zh-en': {
    description: { en: 'Translate Chinese to English:', zh: '把中文词翻译成英文：' },
    pool: words,
    query: ['奶酪', 'cheese'],
  },
  'en-zh': {
    description: { en: 'Translate English to Chinese:', zh: '把英文词翻译成中文：' },
    pool: words.map(([zh, en]) => [en, zh] as const),
    query: ['cheese', '奶酪'],
  },
  opposite: {
    description: { en: 'Give the opposite of each word:', zh: '写出每个英文词的反义词：' },
    pool: [
      ['hot', 'cold'],
      ['big', 'small'],
      ['up', 'down'],
      ['happy', 'sad'],
      ['fast', 'slow'],
      ['old', 'young'],
      ['open', 'closed'],
      ['early', 'late'],
      ['full', 'empty'],
      ['hard', 'soft'],
      ['rich', 'poor'],
      ['long', 'short'],
      ['strong', 'weak'],
      ['wet', 'dry'],
      ['high', 'low'],
      ['loud', 'quiet'],
      ['clean', 'dirty'],
      ['near', 'far'],
      ['thick', 'thin'],
      ['light', 'dark'],
    ],
    query: ['cheap', 'expensive'],
  },
};
