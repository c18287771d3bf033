// A CycleGAN on two toy 2-D domains: least-squares adversarial losses plus λ × the L1 cycle loss (Zhu et al. 2017).

import { adamStep, createAdam, type AdamState } from './adam';
import { sampleDomainInto } from './cycle-domains';
import {
  ACTIVATIONS,
  createMlp,
  inputBuffer,
  mlpBackward,
  mlpForward,
  outputGradBuffer,
  zeroGrads,
  type Activation,
  type Mlp,
} from './mlp';
import { createRng } from '@/lib/math/random';
import { assertFiniteNumber, assertInteger } from '@/lib/math/validate';

export { CYCLE_DOMAINS, sampleDomain, type CycleDomain } from './cycle-domains';
export { cycleError, cycleMapping, domainSample, translate, type CycleMapping } from './cycle-views';

export interface CycleConfig {
  /** Weight of the cycle loss; the paper used λ = 10 in every experiment. */
  lambda: number;
  hidden: readonly number[];
  activation: Activation;
  learningRate: number;
  batchSize: number;
  seed: number;
}

export const DEFAULT_CYCLE_CONFIG: Readonly<CycleConfig> = Object.freeze({
  lambda: 10,
  hidden: Object.freeze([16, 16]),
  activation: 'leaky-relu',
  learningRate: 0.002,
  batchSize: 64,
  seed: 1,
} satisfies CycleConfig);

/** Plain data, like the GAN trainer's state, so a Web Worker can own it. */
export interface CycleState {
  config: CycleConfig;
  /** G: X → Y and F: Y → X. */
  g: Mlp;
  f: Mlp;
  /** D_X judges points of X (real ones against F's), D_Y points of Y (real ones against G's). */
  dX: Mlp;
  dY: Mlp;
  optimizers: { g: AdamState; f: AdamState; dX: AdamState; dY: AdamState };
  /** Batch buffers, rows of (x, y): real samples of each domain, the fakes G and F made, and a gradient. */
  buffers: { x: Float64Array; y: Float64Array; fakeX: Float64Array; fakeY: Float64Array; grad: Float64Array };
  rngSeed: number;
  iteration: number;
}

export interface CycleReport {
  iteration: number;
  /** E[(D_Y(G(x)) − 1)²]: how far G is from fooling D_Y. */
  gAdversarial: number;
  /** E[(D_X(F(y)) − 1)²]. */
  fAdversarial: number;
  /** E‖F(G(x)) − x‖₁ + E‖G(F(y)) − y‖₁, before the λ weight. */
  cycle: number;
  /** Each discriminator's loss E[(D(real) − 1)²] + E[D(fake)²]. */
  dX: number;
  dY: number;
}

export function createCycleGan(config: Partial<CycleConfig> = {}): CycleState {
  const c = { ...DEFAULT_CYCLE_CONFIG, ...config };
  if (!(Number.isFinite(c.lambda) && c.lambda >= 0)) {
    throw new RangeError(`lambda must be a finite number >= 0, got ${String(c.lambda)}`);
  }
  if (!(c.learningRate > 0 && c.learningRate <= 1)) {
    throw new RangeError(`learningRate must be in (0, 1], got ${String(c.learningRate)}`);
  }
  assertInteger(c.batchSize, 'batchSize', 1);
  if (c.batchSize > 1024) throw new RangeError(`batchSize must be at most 1024, got ${c.batchSize}`);
  if (!ACTIVATIONS.includes(c.activation)) throw new RangeError(`activation must be one of ${ACTIVATIONS.join(', ')}`);
  if (c.hidden.length > 4 || c.hidden.some((w) => !Number.isInteger(w) || w < 1 || w > 128)) {
    throw new RangeError('hidden must list at most 4 whole widths in [1, 128]');
  }
  assertFiniteNumber(c.seed, 'seed');
  const rng = createRng(c.seed);
  const m = c.batchSize;
  const net = (out: number, rows: number): Mlp => createMlp([2, ...c.hidden, out], c.activation, rng, rows);
  const g = net(2, m);
  const f = net(2, m);
  const dX = net(1, 2 * m);
  const dY = net(1, 2 * m);
  const adam = (n: Mlp): AdamState => createAdam(n.params.length);
  const batch = (): Float64Array => new Float64Array(2 * m);
  return {
    config: { ...c, hidden: [...c.hidden] },
    g,
    f,
    dX,
    dY,
    optimizers: { g: adam(g), f: adam(f), dX: adam(dX), dY: adam(dY) },
    buffers: { x: batch(), y: batch(), fakeX: batch(), fakeY: batch(), grad: batch() },
    rngSeed: Math.floor(rng() * 4294967296),
    iteration: 0,
  };
}

/** Runs `rows` through a discriminator, leaves dLoss/dInput of the generator's E[(D − 1)²] in `into`, returns that loss. */
function adversarialGrad(d: Mlp, rows: Float64Array, m: number, into: Float64Array): number {
  inputBuffer(d).set(rows.subarray(0, 2 * m));
  const out = mlpForward(d, m);
  const grad = outputGradBuffer(d);
  let loss = 0;
  for (let s = 0; s < m; s++) {
    const a = out[s] as number;
    loss += (a - 1) * (a - 1);
    grad[s] = (2 * (a - 1)) / m;
  }
  into.set(mlpBackward(d, m, false, true).subarray(0, 2 * m));
  return loss / m;
}

/**
 * One half of the cycle for a batch `real` of one domain: `there` translates it (its output saved in `fake`),
 * `judge` scores the translation, `back` translates it back. Adds the parameter gradients of both generators for
 * the adversarial term and λ times the L1 cycle term, and returns [adversarial loss, cycle loss].
 */
function halfCycle(
  state: CycleState,
  there: Mlp,
  back: Mlp,
  judge: Mlp,
  real: Float64Array,
  fake: Float64Array,
): [number, number] {
  const m = state.config.batchSize;
  const lambda = state.config.lambda;
  inputBuffer(there).set(real.subarray(0, 2 * m));
  fake.set(mlpForward(there, m).subarray(0, 2 * m));
  const adversarial = adversarialGrad(judge, fake, m, state.buffers.grad);
  inputBuffer(back).set(fake.subarray(0, 2 * m));
  const rebuilt = mlpForward(back, m);
  const backGrad = outputGradBuffer(back);
  let cycle = 0;
  for (let k = 0; k < 2 * m; k++) {
    const diff = (rebuilt[k] as number) - (real[k] as number);
    cycle += Math.abs(diff);
    backGrad[k] = (lambda * Math.sign(diff)) / m;
  }
  const throughBack = mlpBackward(back, m, true, true);
  const thereGrad = outputGradBuffer(there);
  const adv = state.buffers.grad;
  for (let k = 0; k < 2 * m; k++) thereGrad[k] = (adv[k] as number) + (throughBack[k] as number);
  mlpBackward(there, m, true, false);
  return [adversarial, cycle / m];
}

/** One least-squares discriminator update on m real rows and m fake rows; returns its loss before the update. */
function discriminatorUpdate(
  state: CycleState,
  d: Mlp,
  opt: AdamState,
  real: Float64Array,
  fake: Float64Array,
): number {
  const m = state.config.batchSize;
  const input = inputBuffer(d);
  input.set(real.subarray(0, 2 * m));
  input.set(fake.subarray(0, 2 * m), 2 * m);
  const out = mlpForward(d, 2 * m);
  const grad = outputGradBuffer(d);
  let loss = 0;
  for (let s = 0; s < 2 * m; s++) {
    const target = s < m ? 1 : 0;
    const a = out[s] as number;
    loss += (a - target) * (a - target);
    grad[s] = (2 * (a - target)) / m;
  }
  zeroGrads(d);
  mlpBackward(d, 2 * m, true, false);
  adamStep(opt, d.params, d.grads, state.config.learningRate);
  return loss / m;
}

/**
 * One round, in the order of the authors' code: update G and F together, then D_X and D_Y. The discriminators
 * see this round's fakes: the paper's buffer of the 50 latest generated images is left out to keep the toy small,
 * and the λ = 10 runs converged without it. Mutates `state`.
 */
export function cycleStep(state: CycleState): CycleReport {
  const rng = createRng(state.rngSeed);
  const m = state.config.batchSize;
  const { x, y, fakeX, fakeY } = state.buffers;
  const { optimizers: opt, g, f, dX, dY } = state;
  sampleDomainInto('x', rng, x, m);
  sampleDomainInto('y', rng, y, m);
  zeroGrads(g);
  zeroGrads(f);
  const [gAdversarial, forwardCycle] = halfCycle(state, g, f, dY, x, fakeY);
  const [fAdversarial, backwardCycle] = halfCycle(state, f, g, dX, y, fakeX);
  adamStep(opt.g, g.params, g.grads, state.config.learningRate);
  adamStep(opt.f, f.params, f.grads, state.config.learningRate);
  const dYLoss = discriminatorUpdate(state, dY, opt.dY, y, fakeY);
  const dXLoss = discriminatorUpdate(state, dX, opt.dX, x, fakeX);
  state.rngSeed = Math.floor(rng() * 4294967296);
  state.iteration += 1;
  const cycle = forwardCycle + backwardCycle;
  return { iteration: state.iteration, gAdversarial, fAdversarial, cycle, dX: dXLoss, dY: dYLoss };
}

/** Advances `n` rounds and returns each round's report. */
export function cycleRun(state: CycleState, n: number): CycleReport[] {
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) {
    throw new RangeError(`n must be a whole number in [0, 1000000], got ${String(n)}`);
  }
  return Array.from({ length: n }, () => cycleStep(state));
}
