// The GAN trainer's text in both languages.
import type { DatasetName } from '@/lib/gan/datasets';
import type { LossType } from '@/lib/gan/gan-config';
import type { Locale } from '@/lib/i18n/locales';
import type { ParamProblem } from '@/lib/url-state';
import type { NumberField } from './schema';

export interface GanText {
  title: string;
  play: string;
  pause: string;
  step1: string;
  step100: string;
  reset: string;
  settings: string;
  dataset: string;
  datasets: Record<DatasetName, string>;
  lossLegend: string;
  losses: Record<LossType, string>;
  noise: string;
  noiseOption: (d: number) => string;
  fields: Record<NumberField, string>;
  fieldHelp: Record<NumberField, string>;
  badField: (label: string, min: string, max: string) => string;
  planeLabel: string;
  planeLabel1d: string;
  lossChartLabel: (d: string, g: string, step: string) => string;
  legendReal: string;
  legendFake: string;
  legendHeat: string;
  legendGrid: string;
  legendPush: string;
  showPush: string;
  legendD1d: string;
  legendD: string;
  legendG: string;
  legendRefs: string;
  show: string;
  showHeat: string;
  showGrid: string;
  stepLabel: string;
  dLoss: string;
  gLoss: string;
  divergence: string;
  modesLabel: string;
  modes: (k: number) => string;
  rate: string;
  rateIdle: string;
  summary: (step: string, d: string, g: string, js: string, modes: string) => string;
  running: string;
  diverged: (step: string) => string;
  error: string;
  starting: string;
  drawHelp: string;
  drawKeys: string;
  drawCount: (n: number, max: number) => string;
  needPoints: string;
  clearPoints: string;
  undoPoint: string;
  tooManyPoints: (max: number) => string;
  mainThread: string;
  reducedMotion: string;
  fallbackTitle: string;
  fallbackNote: string;
  fallbackPanel: (step: string) => string;
  fallbackNumbers: (d: string, g: string, js: string, modes: string) => string;
  ignoredParam: (p: ParamProblem) => string;
  copySettingLink: string;
  settingLinkCopied: string;
}

const reasonEn = { unknown: 'unknown setting', 'out-of-range': 'out of range', invalid: 'not a valid value' } as const;
const reasonZh = { unknown: '未知设置', 'out-of-range': '超出范围', invalid: '取值无效' } as const;

export const ganText: Record<Locale, GanText> = {
  en: {
    title: 'Train a GAN in your browser',
    play: 'Play',
    pause: 'Pause',
    step1: 'One step',
    step100: '100 steps',
    reset: 'Reset',
    settings: 'Settings (changing one starts a new run)',
    dataset: 'Real data',
    datasets: {
      ring: 'Ring of 8 Gaussians',
      gaussian: 'One Gaussian',
      line: 'A line',
      moons: 'Two moons',
      drawn: 'Draw your own points',
      'gaussian-1d': 'One Gaussian, 1-D',
    },
    lossLegend: 'Generator loss',
    losses: { 'non-saturating': 'Non-saturating: −log D(G(z))', minimax: 'Minimax: log(1 − D(G(z)))' },
    noise: 'Noise dimension',
    noiseOption: (d) => (d === 1 ? '1 (a segment)' : '2 (a square)'),
    fields: {
      dlr: 'D learning rate',
      glr: 'G learning rate',
      k: 'D steps per G step',
      batch: 'Batch size',
      layers: 'Hidden layers',
      width: 'Units per layer',
      seed: 'Seed',
    },
    fieldHelp: {
      dlr: 'Adam step size of the discriminator',
      glr: 'Adam step size of the generator',
      k: 'k in the original algorithm',
      batch: 'real and fake points per update',
      layers: 'in both networks',
      width: 'in both networks',
      seed: 'same seed and settings give the same run',
    },
    badField: (label, min, max) => `${label}: enter a number from ${min} to ${max}. The last valid value is still used.`,
    planeLabel: 'The data plane: real points in green, generated points in violet, the background shaded by the discriminator’s D(x), and the generator’s image of a grid of noise.',
    planeLabel1d: 'One-dimensional data: histograms of real (green) and generated (violet) points, D(x) as a dashed curve from 0 to 1, and where the generator sends a grid of noise as ticks along the bottom.',
    lossChartLabel: (d, g, step) => `Loss curves up to step ${step}: discriminator loss ${d}, generator loss ${g}.`,
    legendReal: 'real data',
    legendFake: 'generated G(z)',
    legendHeat: 'background: D(x), green = “real”, violet = “fake”, clear = unsure (½)',
    legendGrid: 'mesh: G applied to a grid of noise',
    legendPush: 'arrows: where the generator’s loss pushes 80 generated points (longer = stronger push)',
    showPush: 'push arrows',
    legendD1d: 'dashed: D(x) from 0 (bottom) to 1 (top); ticks: G on a grid of noise',
    legendD: 'D loss',
    legendG: 'G loss',
    legendRefs: 'dashed: log 4 ≈ 1.386 and log 2 ≈ 0.693, the losses when D = ½ everywhere',
    show: 'Show',
    showHeat: 'D(x) heat map',
    showGrid: 'noise grid',
    stepLabel: 'Step',
    dLoss: 'D loss',
    gLoss: 'G loss',
    divergence: 'Divergence (JS)',
    modesLabel: 'Modes covered',
    modes: (k) => `${k} of 8`,
    rate: 'Steps per second',
    rateIdle: 'paused',
    summary: (step, d, g, js, modes) => `Step ${step}. D loss ${d}, G loss ${g}, divergence ${js}${modes ? `, modes covered ${modes}` : ''}.`,
    running: 'Training…',
    diverged: (step) => `Training diverged at step ${step}: the numbers overflowed. Lower the learning rates, then Reset. The last good frame is shown.`,
    error: 'Something went wrong in the trainer. The last good frame is shown.',
    starting: 'Starting the trainer…',
    drawHelp: 'Click the plane to add a point; each new point starts a new run. Training samples near your points.',
    drawKeys: 'Keyboard: focus the plane, move the cross with the arrow keys, press Enter to add a point, Backspace to remove the last one.',
    drawCount: (n, max) => `${n} of at most ${max} points`,
    needPoints: 'Add at least one point to train on your own data.',
    clearPoints: 'Clear points',
    undoPoint: 'Remove last point',
    tooManyPoints: (max) => `At most ${max} points.`,
    mainThread: 'Web Workers are unavailable, so training runs on the page itself, more slowly.',
    reducedMotion: 'Reduced motion is on: the pictures update twice a second while training.',
    fallbackTitle: 'A GAN on the ring of 8 Gaussians (computed when the site was built)',
    fallbackNote: 'With JavaScript on, this becomes a live trainer you can play, pause and change. Here: the default settings, seed 1.',
    fallbackPanel: (step) => `After ${step} steps`,
    fallbackNumbers: (d, g, js, modes) => `D loss ${d}, G loss ${g}, divergence ${js}, modes covered ${modes} of 8.`,
    ignoredParam: (p) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn[p.reason]}).`,
    copySettingLink: 'Copy link to this setting',
    settingLinkCopied: 'Link copied',
  },
  zh: {
    title: '在浏览器里训练一个 GAN',
    play: '开始',
    pause: '暂停',
    step1: '走一步',
    step100: '走 100 步',
    reset: '重置',
    settings: '设置（改动任何一项都会重新开始训练）',
    dataset: '真实数据',
    datasets: {
      ring: '环形排列的 8 个高斯分布',
      gaussian: '一个高斯分布',
      line: '一条线段',
      moons: '两个月牙',
      drawn: '自己画点',
      'gaussian-1d': '一维高斯分布',
    },
    lossLegend: '生成器损失',
    losses: { 'non-saturating': '非饱和：−log D(G(z))', minimax: '极小极大：log(1 − D(G(z)))' },
    noise: '噪声维数',
    noiseOption: (d) => (d === 1 ? '1（一条线段）' : '2（一个正方形）'),
    fields: {
      dlr: '判别器学习率',
      glr: '生成器学习率',
      k: '每步生成器更新前的判别器步数',
      batch: '批大小',
      layers: '隐藏层数',
      width: '每层神经元数',
      seed: '随机种子',
    },
    fieldHelp: {
      dlr: '判别器 Adam 优化器的步长',
      glr: '生成器 Adam 优化器的步长',
      k: '即原论文算法中的 k',
      batch: '每次更新用的真样本数和假样本数',
      layers: '两个网络相同',
      width: '两个网络相同',
      seed: '种子和设置相同，训练过程就完全相同',
    },
    badField: (label, min, max) => `${label}：请输入 ${min} 到 ${max} 之间的数。仍使用上一个有效值。`,
    planeLabel: '数据平面：绿色是真实数据点，紫色是生成的点；背景颜色表示判别器的 D(x)；网格是生成器对一张噪声网格的映射。',
    planeLabel1d: '一维数据：真实点（绿）和生成点（紫）的直方图，虚线是从 0 到 1 的 D(x)，底部短线是生成器对一组均匀噪声的输出位置。',
    lossChartLabel: (d, g, step) => `到第 ${step} 步的损失曲线：判别器损失 ${d}，生成器损失 ${g}。`,
    legendReal: '真实数据',
    legendFake: '生成的 G(z)',
    legendHeat: '背景：D(x)，绿色＝“真”，紫色＝“假”，无色＝拿不准（½）',
    legendGrid: '网格：生成器作用在一张噪声网格上的结果',
    legendPush: '箭头：生成器的损失把 80 个生成点往哪里推（越长推力越大）',
    showPush: '推力箭头',
    legendD1d: '虚线：D(x)，底部为 0、顶部为 1；短线：生成器作用在均匀噪声上的结果',
    legendD: '判别器损失',
    legendG: '生成器损失',
    legendRefs: '虚线：log 4 ≈ 1.386 和 log 2 ≈ 0.693，即处处 D = ½ 时的两个损失',
    show: '显示',
    showHeat: 'D(x) 热力图',
    showGrid: '噪声网格',
    stepLabel: '步数',
    dLoss: '判别器损失',
    gLoss: '生成器损失',
    divergence: '散度（JS）',
    modesLabel: '覆盖的模式',
    modes: (k) => `${k} / 8`,
    rate: '每秒步数',
    rateIdle: '已暂停',
    summary: (step, d, g, js, modes) => `第 ${step} 步。判别器损失 ${d}，生成器损失 ${g}，散度 ${js}${modes ? `，覆盖的模式 ${modes}` : ''}。`,
    running: '训练中……',
    diverged: (step) => `训练在第 ${step} 步发散了：数值溢出。请调低学习率，再点“重置”。下方仍显示最后一帧正常的画面。`,
    error: '训练器出错了。下方仍显示最后一帧正常的画面。',
    starting: '正在启动训练器……',
    drawHelp: '在平面上点击即可添加数据点，每加一个点都会重新开始训练。训练时会在你画的点附近采样。',
    drawKeys: '键盘操作：让平面获得焦点，用方向键移动十字，按 Enter 添加一个点，按 Backspace 删除最后一个点。',
    drawCount: (n, max) => `已有 ${n} 个点，最多 ${max} 个`,
    needPoints: '至少要画一个点，才能在自己的数据上训练。',
    clearPoints: '清空所有点',
    undoPoint: '删除最后一个点',
    tooManyPoints: (max) => `最多 ${max} 个点。`,
    mainThread: '浏览器不支持 Web Worker，训练只能在页面主线程上进行，速度较慢。',
    reducedMotion: '已开启“减少动态效果”：训练时画面每秒只更新两次。',
    fallbackTitle: '在“8 个高斯环”上训练的 GAN（建站时计算）',
    fallbackNote: '启用 JavaScript 后，这里会变成可以开始、暂停、修改设置的实时训练器。下图使用默认设置，种子为 1。',
    fallbackPanel: (step) => `训练 ${step} 步后`,
    fallbackNumbers: (d, g, js, modes) => `判别器损失 ${d}，生成器损失 ${g}，散度 ${js}，覆盖 8 个模式中的 ${modes} 个。`,
    ignoredParam: (p) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh[p.reason]}）。`,
    copySettingLink: '复制当前设置的链接',
    settingLinkCopied: '链接已复制',
  },
};
