// The reward-model widget's prompt and nine candidate answers, A to I, in both page languages. Each answer
// carries the visible features the small linear reward model scores: how helpful it is (0, ½ or 1), whether
// everything it says is correct (0/1), whether it is polite (0/1) and its length in sentences (the Chinese
// text keeps the English sentence count, so the feature means the same on both pages). The answers are
// listed in a deliberately mixed order: neither the best nor the longest comes first.

export const rewardFeatureIds = ['helpful', 'correct', 'polite', 'length'] as const;
export type RewardFeatureId = (typeof rewardFeatureIds)[number];

export interface CandidateAnswer {
  readonly text: { readonly en: string; readonly zh: string };
  readonly features: Readonly<Record<RewardFeatureId, number>>;
}

export const rewardPrompt = { en: 'Why is the sky blue?', zh: '天空为什么是蓝色的？' } as const;

export const candidateAnswers: readonly CandidateAnswer[] = [
  {
    // A: correct, helpful, polite, short.
    text: {
      en: 'Sunlight contains every colour. Air molecules scatter short blue wavelengths much more strongly than red ones, so blue light reaches your eyes from all over the sky.',
      zh: '阳光里含有各种颜色的光。空气分子对波长短的蓝光散射得比红光强得多，所以天空的每个方向都有蓝光射进我们的眼睛。',
    },
    features: { helpful: 1, correct: 1, polite: 1, length: 2 },
  },
  {
    // B: correct but rude.
    text: {
      en: 'Obviously because air scatters blue light more than red light. You could have looked that up yourself.',
      zh: '这还用问？空气散射蓝光比红光多呗。这种问题自己查一下不就知道了。',
    },
    features: { helpful: 0.5, correct: 1, polite: 0, length: 2 },
  },
  {
    // C: polite, fairly long, wrong.
    text: {
      en: 'What a lovely question! The sky is blue because it reflects the oceans, which cover most of the Earth. Over deserts the sky would look sandy if there were no oceans nearby. I hope this helps!',
      zh: '这个问题问得真好！天空之所以是蓝色，是因为它映出了覆盖地球大部分表面的海洋。要是附近没有海，沙漠上空的天就会是沙黄色。希望对你有帮助！',
    },
    features: { helpful: 0.5, correct: 0, polite: 1, length: 4 },
  },
  {
    // D: correct, polite, a single term with no explanation.
    text: { en: 'It is called Rayleigh scattering.', zh: '这叫瑞利散射。' },
    features: { helpful: 0.5, correct: 1, polite: 1, length: 1 },
  },
  {
    // E: a polite refusal: nothing false, nothing useful.
    text: { en: 'Sorry, I cannot help with that question.', zh: '抱歉，这个问题我没法回答。' },
    features: { helpful: 0, correct: 1, polite: 1, length: 1 },
  },
  {
    // F: correct, helpful, polite and long.
    text: {
      en: 'Sunlight is a mix of all colours. When it passes through the air, molecules scatter short wavelengths (blue and violet) far more than long ones (red). That scattered blue light comes at us from every direction, so the whole sky looks blue. We see less violet because sunlight has less of it and our eyes are less sensitive to it. At sunset the light crosses much more air, the blue is scattered away, and reds and oranges remain.',
      zh: '阳光是各种颜色的光混在一起的。它穿过大气时，空气分子对短波长的蓝光、紫光的散射远强于长波长的红光。被散射的蓝光从四面八方射向我们，所以整片天空看起来是蓝的。我们看到的紫色不多，因为阳光里的紫光本来就少，人眼对紫光也不太敏感。日落时阳光要穿过厚得多的大气，蓝光在途中被散射掉，剩下的就是红色和橙色。',
    },
    features: { helpful: 1, correct: 1, polite: 1, length: 5 },
  },
  {
    // G: short, wrong and rude.
    text: { en: 'Because blue is just the natural colour of air, everyone knows that.', zh: '空气本来就是蓝色的，这谁不知道。' },
    features: { helpful: 0, correct: 0, polite: 0, length: 1 },
  },
  {
    // H: long, polite, confident, wrong: padding that sounds helpful.
    text: {
      en: 'Thank you so much for asking! Many people wonder about this. The sky is blue because the ozone layer is blue and tints all the light that passes through it. This is also why the sky gets darker at night, when the ozone rests. I really hope this detailed explanation was useful to you!',
      zh: '非常感谢你的提问！很多人都好奇这个问题。天空是蓝色的，是因为臭氧层本身是蓝色的，穿过它的光都会被染蓝。这也是为什么到了晚上臭氧层“休息”了，天空就变暗了。真心希望这个详细的解释对你有用！',
    },
    features: { helpful: 0.5, correct: 0, polite: 1, length: 5 },
  },
  {
    // I: correct and polite but answers a nearby question (sunsets) instead.
    text: {
      en: 'Sunsets are red because sunlight travels through more air near the horizon. The blue part is scattered out along the way. What is left looks red and orange.',
      zh: '日落是红色的，因为太阳接近地平线时，阳光要穿过更厚的大气。蓝光在途中被散射掉了。剩下的光看起来就是红色和橙色。',
    },
    features: { helpful: 0.5, correct: 1, polite: 1, length: 3 },
  },
];

/** Rows of features in the order of rewardFeatureIds, as lib/rlhf/reward-model expects. */
export const answerFeatures: readonly (readonly number[])[] = candidateAnswers.map((a) => rewardFeatureIds.map((id) => a.features[id]));

/**
 * The reward–KL widget's answers to the same prompt: the SFT (reference) policy's probability for each, the
 * score a reward model gives it, and how good a careful human judges it (the "true" quality the reward model
 * only approximates). The "flawed" reward model overrates the long, confident, wrong answer (H above), the
 * way a reward model trained on rankings that favour length would.
 */
export interface KlAnswer {
  readonly letter: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly reference: number;
  readonly reward: { readonly flawed: number; readonly honest: number };
  readonly quality: number;
}

export const klAnswers: readonly KlAnswer[] = [
  { letter: 'A', label: { en: 'clear, correct, short', zh: '清楚、正确、简短' }, reference: 0.3, reward: { flawed: 1.2, honest: 2 }, quality: 2 },
  { letter: 'D', label: { en: 'correct term only', zh: '只给术语' }, reference: 0.25, reward: { flawed: 0.5, honest: 1 }, quality: 1 },
  { letter: 'F', label: { en: 'correct, long', zh: '正确、详细' }, reference: 0.1, reward: { flawed: 2, honest: 2.2 }, quality: 2.2 },
  { letter: 'E', label: { en: 'polite refusal', zh: '礼貌地拒答' }, reference: 0.2, reward: { flawed: 0, honest: 0 }, quality: 0 },
  { letter: 'H', label: { en: 'long, flattering, wrong', zh: '冗长、讨好、错误' }, reference: 0.05, reward: { flawed: 3, honest: -1 }, quality: -1 },
  { letter: 'G', label: { en: 'short, rude, wrong', zh: '简短、粗鲁、错误' }, reference: 0.1, reward: { flawed: -1.5, honest: -2 }, quality: -2 },
];
