// The latent walk's text in both languages.
import type { Locale } from '@/lib/i18n/locales';
import type { ParamProblem } from '@/lib/url-state';
import type { LATENT_DATASETS } from './schema';

export interface LatentText {
  title: string;
  source: string;
  sources: { own: string; trainer: string };
  trainerNone: string;
  trainerGo: string;
  trainerOneD: string;
  trainerUsing: (step: string) => string;
  dataset: string;
  datasets: Record<(typeof LATENT_DATASETS)[number], string>;
  steps: string;
  seed: string;
  badSteps: (max: string) => string;
  badSeed: string;
  retrain: string;
  training: (done: string, total: string) => string;
  trained: (steps: string, seed: string) => string;
  noiseLabel: string;
  noiseKeys: string;
  dataLabel: string;
  noiseTitle: string;
  dataTitle: string;
  z1: string;
  z2: string;
  readout: (z: string, x: string) => string;
  legend: string;
  hint: string;
  fallbackTitle: string;
  fallbackNote: string;
  fallbackCaption: string;
  fallbackZ: string;
  fallbackX: string;
  ignoredParam: (p: ParamProblem) => string;
  copySettingLink: string;
  settingLinkCopied: string;
}

const reasonEn = { unknown: 'unknown setting', 'out-of-range': 'out of range', invalid: 'not a valid value' } as const;
const reasonZh = { unknown: '未知设置', 'out-of-range': '超出范围', invalid: '取值无效' } as const;

export const latentText: Record<Locale, LatentText> = {
  en: {
    title: 'Walk through the generator’s noise space',
    source: 'Whose generator',
    sources: { own: 'This widget’s own toy GAN', trainer: 'The trainer’s current generator' },
    trainerNone: 'The trainer in “Training a GAN” has no generator yet. It starts when you scroll to it; press play or a step button there, then come back.',
    trainerGo: 'Go to the trainer',
    trainerOneD: 'The trainer is set to 1-D noise, which is a line, not a plane to walk. Set its noise to 2-D.',
    trainerUsing: (step) => `Walking the trainer’s generator as it is at step ${step}. Train it further below and this view follows.`,
    dataset: 'The generator learned',
    datasets: { ring: 'Ring of 8 Gaussians', moons: 'Two moons', gaussian: 'One Gaussian', line: 'A line' },
    steps: 'Training steps',
    seed: 'Seed',
    badSteps: (max) => `Enter a whole number of steps from 0 to ${max}. The last valid value is still used.`,
    badSeed: 'Enter a whole number from 0 to 999,999. The last valid value is still used.',
    retrain: 'Train again',
    training: (done, total) => `Training the toy generator: ${done} of ${total} steps…`,
    trained: (steps, seed) => `Generator trained for ${steps} steps with seed ${seed}.`,
    noiseLabel: 'Noise space: the square of inputs z from −1 to 1 on each axis. Drag the point, or focus here and use the arrow keys (Shift for bigger steps).',
    noiseKeys: 'Arrow keys move z by 0.05; with Shift by 0.25.',
    dataLabel: 'Data space: the real points in green, the generator’s image of the noise grid, and G(z) for your point as a large dot.',
    noiseTitle: 'Noise z (the input)',
    dataTitle: 'G(z) (the output)',
    z1: 'z₁',
    z2: 'z₂',
    readout: (z, x) => `z = ${z} → G(z) = ${x}`,
    legend: 'Colours match: each coloured noise point on the left lands at the point of the same colour on the right. Green: real data.',
    hint: 'The generator was never told what each direction of z means; whatever it means was found during training, and another seed finds another arrangement.',
    fallbackTitle: 'Where the generator sends a few noise points (computed when the site was built)',
    fallbackNote: 'With JavaScript on you can drag a point through the noise square and watch G(z) move. Here: a generator trained for 3,000 steps on the ring, seed 1.',
    fallbackCaption: 'Noise points z and their images G(z)',
    fallbackZ: 'z = (z₁, z₂)',
    fallbackX: 'G(z) = (x, y)',
    ignoredParam: (p) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn[p.reason]}).`,
    copySettingLink: 'Copy link to this setting',
    settingLinkCopied: 'Link copied',
  },
  zh: {
    title: '在生成器的噪声空间里漫步',
    source: '用哪个生成器',
    sources: { own: '本组件自己训练的小 GAN', trainer: '训练组件里当前的生成器' },
    trainerNone: '“训练 GAN”一节的训练组件还没有生成器。滚动到那里它才会启动；在那里按播放或单步，再回到这里。',
    trainerGo: '去训练组件',
    trainerOneD: '训练组件现在用的是一维噪声，那是一条线，没有平面可走。请把它的噪声改成二维。',
    trainerUsing: (step) => `正在漫步训练组件第 ${step} 步时的生成器。在下文继续训练，这里会跟着更新。`,
    dataset: '生成器学习的数据',
    datasets: { ring: '环形排列的 8 个高斯分布', moons: '两个月牙', gaussian: '一个高斯分布', line: '一条线段' },
    steps: '训练步数',
    seed: '随机种子',
    badSteps: (max) => `请输入 0 到 ${max} 之间的整数步数。仍使用上一个有效值。`,
    badSeed: '请输入 0 到 999,999 之间的整数。仍使用上一个有效值。',
    retrain: '重新训练',
    training: (done, total) => `正在训练这个小生成器：${done} / ${total} 步……`,
    trained: (steps, seed) => `生成器已用种子 ${seed} 训练了 ${steps} 步。`,
    noiseLabel: '噪声空间：输入 z 的取值范围是每个坐标 −1 到 1 的正方形。拖动其中的点，或让这里获得焦点后用方向键移动（按住 Shift 步子更大）。',
    noiseKeys: '方向键每次移动 0.05，按住 Shift 每次移动 0.25。',
    dataLabel: '数据空间：绿色是真实数据点，网格是生成器对噪声网格的映射，大圆点是你选的 z 对应的 G(z)。',
    noiseTitle: '噪声 z（输入）',
    dataTitle: 'G(z)（输出）',
    z1: 'z₁',
    z2: 'z₂',
    readout: (z, x) => `z = ${z} → G(z) = ${x}`,
    legend: '颜色一一对应：左边每个彩色噪声点，都落到右边同样颜色的位置。绿色：真实数据。',
    hint: '没有人告诉生成器 z 的每个方向代表什么；这些“含义”是训练中形成的，换一个种子，排布就会不同。',
    fallbackTitle: '生成器把几个噪声点送到哪里（建站时计算）',
    fallbackNote: '启用 JavaScript 后，可以在噪声正方形里拖动一个点，看 G(z) 怎样移动。下表：在 8 个高斯环上训练 3,000 步的生成器，种子为 1。',
    fallbackCaption: '噪声点 z 及其像 G(z)',
    fallbackZ: 'z = (z₁, z₂)',
    fallbackX: 'G(z) = (x, y)',
    ignoredParam: (p) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh[p.reason]}）。`,
    copySettingLink: '复制当前设置的链接',
    settingLinkCopied: '链接已复制',
  },
};
