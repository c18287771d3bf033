// The CycleGAN toy's text in both languages.
import type { Locale } from '@/lib/i18n/locales';
import type { ParamProblem } from '@/lib/url-state';

export interface CycleText {
  title: string;
  play: string;
  pause: string;
  step100: string;
  reset: string;
  lambda: string;
  lambdaHelp: string;
  badLambda: (max: number) => string;
  lambdaPresets: string;
  seed: string;
  badSeed: string;
  planeLabel: string;
  probeKeys: string;
  legendX: string;
  legendY: string;
  legendG: string;
  legendF: string;
  legendChain: string;
  stepLabel: string;
  cycleLoss: string;
  forward: string;
  backward: string;
  gAdv: string;
  fAdv: string;
  rate: string;
  rateIdle: string;
  probe: (x: string, gx: string, fgx: string) => string;
  summary: (step: string, cycle: string, g: string, f: string) => string;
  running: string;
  reducedMotion: string;
  diverged: (step: string) => string;
  fallbackTitle: string;
  fallbackNote: string;
  fallbackPanel: (lambda: string, steps: string, cycle: string) => string;
  ignoredParam: (p: ParamProblem) => string;
  copySettingLink: string;
  settingLinkCopied: string;
}

const reasonEn = { unknown: 'unknown setting', 'out-of-range': 'out of range', invalid: 'not a valid value' } as const;
const reasonZh = { unknown: '未知设置', 'out-of-range': '超出范围', invalid: '取值无效' } as const;

export const cycleText: Record<Locale, CycleText> = {
  en: {
    title: 'CycleGAN’s cycle, on two toy domains',
    play: 'Play',
    pause: 'Pause',
    step100: '100 steps',
    reset: 'Reset',
    lambda: 'Cycle-loss weight λ',
    lambdaHelp: 'The paper used λ = 10. Changing λ starts a new run.',
    badLambda: (max) => `Enter a number from 0 to ${max}. The last valid λ is still used.`,
    lambdaPresets: 'Try',
    seed: 'Seed',
    badSeed: 'Enter a whole number from 0 to 999,999. The last valid seed is still used.',
    planeLabel:
      'Domain X, a circle, on the left; domain Y, a square outline, on the right. For twelve marked points x, arrows show x → G(x) → F(G(x)). Click on the plane to move the probe point.',
    probeKeys: 'Keyboard: focus the plane and move the probe x with the arrow keys (Shift for bigger steps).',
    legendX: 'domain X (circle)',
    legendY: 'domain Y (square)',
    legendG: 'G(x), translated to Y',
    legendF: 'F(y), translated to X',
    legendChain: 'arrows: x → G(x) → F(G(x)); a ring marks where x came back to',
    stepLabel: 'Step',
    cycleLoss: 'Cycle loss',
    forward: '‖F(G(x)) − x‖₁',
    backward: '‖G(F(y)) − y‖₁',
    gAdv: 'G’s adversarial loss',
    fAdv: 'F’s adversarial loss',
    rate: 'Steps per second',
    rateIdle: 'paused',
    probe: (x, gx, fgx) => `Probe: x = ${x} → G(x) = ${gx} → F(G(x)) = ${fgx}`,
    summary: (step, cycle, g, f) => `Step ${step}. Cycle loss ${cycle}; adversarial losses: G ${g}, F ${f}.`,
    running: 'Training…',
    reducedMotion: 'Reduced motion is on: the picture updates twice a second while training.',
    diverged: (step) => `Training diverged at step ${step}. Reset to start again. The last good frame is shown.`,
    fallbackTitle: 'With and without the cycle loss (computed when the site was built)',
    fallbackNote: 'With JavaScript on, you can train these maps live, change λ and move a probe point. Here: two runs with seed 1.',
    fallbackPanel: (lambda, steps, cycle) => `λ = ${lambda}, after ${steps} steps: cycle loss ${cycle}`,
    ignoredParam: (p) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn[p.reason]}).`,
    copySettingLink: 'Copy link to this setting',
    settingLinkCopied: 'Link copied',
  },
  zh: {
    title: 'CycleGAN 的“循环”：两个玩具数据域',
    play: '开始',
    pause: '暂停',
    step100: '走 100 步',
    reset: '重置',
    lambda: '循环损失的权重 λ',
    lambdaHelp: '论文中取 λ = 10。修改 λ 会重新开始训练。',
    badLambda: (max) => `请输入 0 到 ${max} 之间的数。仍使用上一个有效的 λ。`,
    lambdaPresets: '试试',
    seed: '随机种子',
    badSeed: '请输入 0 到 999,999 之间的整数。仍使用上一个有效的种子。',
    planeLabel: '左边是数据域 X（圆），右边是数据域 Y（正方形边框）。对 12 个标记点 x，箭头表示 x → G(x) → F(G(x))。在平面上点击可以移动探针点。',
    probeKeys: '键盘操作：让平面获得焦点，用方向键移动探针点 x（按住 Shift 步子更大）。',
    legendX: '数据域 X（圆）',
    legendY: '数据域 Y（正方形）',
    legendG: 'G(x)：转换到 Y',
    legendF: 'F(y)：转换到 X',
    legendChain: '箭头：x → G(x) → F(G(x))；小圆圈标出 x 转一圈后回到的位置',
    stepLabel: '步数',
    cycleLoss: '循环损失',
    forward: '‖F(G(x)) − x‖₁',
    backward: '‖G(F(y)) − y‖₁',
    gAdv: 'G 的对抗损失',
    fAdv: 'F 的对抗损失',
    rate: '每秒步数',
    rateIdle: '已暂停',
    probe: (x, gx, fgx) => `探针：x = ${x} → G(x) = ${gx} → F(G(x)) = ${fgx}`,
    summary: (step, cycle, g, f) => `第 ${step} 步。循环损失 ${cycle}；对抗损失：G ${g}，F ${f}。`,
    running: '训练中……',
    reducedMotion: '已开启“减少动态效果”：训练时画面每秒只更新两次。',
    diverged: (step) => `训练在第 ${step} 步发散了。请点“重置”重新开始。下方仍显示最后一帧正常的画面。`,
    fallbackTitle: '有无循环损失的对比（建站时计算）',
    fallbackNote: '启用 JavaScript 后，可以实时训练这两个映射、修改 λ、移动探针点。下图：种子为 1 的两次训练。',
    fallbackPanel: (lambda, steps, cycle) => `λ = ${lambda}，训练 ${steps} 步后：循环损失 ${cycle}`,
    ignoredParam: (p) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh[p.reason]}）。`,
    copySettingLink: '复制当前设置的链接',
    settingLinkCopied: '链接已复制',
  },
};
