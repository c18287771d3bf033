// The quiz's interface text in both languages.
import type { Locale } from '@/lib/i18n/locales';

export interface QuizLabels {
  check: string;
  reveal: string;
  reset: string;
  correct: string;
  incorrect: string;
  revealed: string;
  chooseFirst: string;
  predict: string;
  tryIt: string;
  answer: string;
  why: string;
  progress: (answered: number, total: number) => string;
}

export const quizLabels: Record<Locale, QuizLabels> = {
  en: {
    check: 'Check my answer',
    reveal: 'Show the answer',
    reset: 'Try again',
    correct: 'Correct.',
    incorrect: 'Not quite. The explanations are under each option.',
    revealed: 'The answer is marked; each option explains why.',
    chooseFirst: 'Choose an option first.',
    predict: 'Predict, then try it',
    tryIt: 'Try it in the widget',
    answer: 'Answer',
    why: 'Why?',
    progress: (a, t) => `${a} of ${t} answered on this device`,
  },
  zh: {
    check: '核对答案',
    reveal: '显示答案',
    reset: '重新作答',
    correct: '答对了。',
    incorrect: '不太对。每个选项下面都有解释。',
    revealed: '已标出正确答案，每个选项下面都有解释。',
    chooseFirst: '请先选一个选项。',
    predict: '先预测，再动手验证',
    tryIt: '到互动组件里试一试',
    answer: '答案',
    why: '为什么？',
    progress: (a, t) => `本设备上已作答 ${a} / ${t} 题`,
  },
};
