// A GAN trained live on toy data: k discriminator steps, then one generator step, per round (Goodfellow et al. 2014, Alg. 1).

import { adamStep, createAdam, type AdamState } from './adam';
import { datasetDim, flattenPoints, sampleInto } from './datasets';
import { resolveGanConfig, type GanConfig } from './gan-config';
import { sigmoid, softplus } from './loss';
import { createMlp, inputBuffer, mlpBackward, mlpForward, outputGradBuffer, zeroGrads, type Mlp } from './mlp';
import { createRng } from '@/lib/math/random';

export { DEFAULT_GAN_CONFIG, resolveGanConfig, type GanConfig, type LossType } from './gan-config';
export { discriminatorGrid, generate, generatorAt, generatorMapping, realSample } from './gan-views';
export { divergenceEstimate } from './divergence';

/**
 * Everything a run needs, as plain objects and typed arrays: it can be built inside a Web Worker, or cloned
 * into one with `structuredClone`/`postMessage`, and carry on exactly where it was.
 */
export interface GanState {
  config: GanConfig;
  dataDim: 1 | 2;
  generator: Mlp;
  discriminator: Mlp;
  gOptimizer: AdamState;
  dOptimizer: AdamState;
  /** The reader's points, flattened (empty unless the data set is 'drawn'). */
  drawn: Float64Array;
  /**
   * Each round seeds its random numbers from this and leaves the next seed here, so a run depends only on the
   * settings, never on how the caller batches rounds or how often it draws in between.
   */
  rngSeed: number;
  iteration: number;
  dLoss: number;
  gLoss: number;
}

export interface StepReport {
  iteration: number;
  /** −mean log D(x) − mean log(1 − D(G(z))) on the last discriminator batch (log 4 ≈ 1.386 at equilibrium). */
  dLoss: number;
  /** The generator's loss for the configured loss type (non-saturating: −mean log D(G(z))). */
  gLoss: number;
}

/** Builds a fresh run from settings (missing ones come from the defaults); a bad setting throws a RangeError. */
export function createGan(config: Partial<GanConfig> = {}): GanState {
  const c = resolveGanConfig(config);
  const dataDim = datasetDim(c.dataset);
  const rng = createRng(c.seed);
  const generator = createMlp([c.noiseDim, ...c.gHidden, dataDim], c.activation, rng, c.batchSize);
  // Real and fake rows share one discriminator pass, hence twice the batch.
  const discriminator = createMlp([dataDim, ...c.dHidden, 1], c.activation, rng, 2 * c.batchSize);
  return {
    config: c,
    dataDim,
    generator,
    discriminator,
    gOptimizer: createAdam(generator.params.length),
    dOptimizer: createAdam(discriminator.params.length),
    drawn: c.dataset === 'drawn' ? flattenPoints(c.drawnPoints) : new Float64Array(0),
    rngSeed: Math.floor(rng() * 4294967296),
    iteration: 0,
    // The losses at D = 1/2, where an untrained discriminator starts.
    dLoss: Math.log(4),
    gLoss: c.lossType === 'non-saturating' ? Math.LN2 : -Math.LN2,
  };
}

/** Fills G's input with `n` noise rows, uniform on [−1, 1]^noiseDim, and returns G's output rows. */
function generateBatch(state: GanState, rng: () => number, n: number): Float64Array {
  const z = inputBuffer(state.generator);
  const count = n * state.config.noiseDim;
  for (let k = 0; k < count; k++) z[k] = 2 * rng() - 1;
  return mlpForward(state.generator, n);
}

/** One discriminator update on m real rows followed by m fake rows; returns D's loss before the update. */
function discriminatorStep(state: GanState, rng: () => number): number {
  const m = state.config.batchSize;
  const d = state.discriminator;
  const dim = state.dataDim;
  const x = inputBuffer(d);
  sampleInto(state.config.dataset, rng, x, m, state.drawn);
  const fake = generateBatch(state, rng, m);
  x.set(fake.subarray(0, m * dim), m * dim);
  const logits = mlpForward(d, 2 * m);
  const grad = outputGradBuffer(d);
  let loss = 0;
  for (let s = 0; s < m; s++) {
    const a = logits[s] as number;
    loss += softplus(-a);
    grad[s] = (sigmoid(a) - 1) / m;
  }
  for (let s = m; s < 2 * m; s++) {
    const a = logits[s] as number;
    loss += softplus(a);
    grad[s] = sigmoid(a) / m;
  }
  zeroGrads(d);
  mlpBackward(d, 2 * m, true, false);
  adamStep(state.dOptimizer, d.params, d.grads, state.config.dLearningRate);
  return loss / m;
}

/** One generator update through a frozen discriminator; returns G's loss before the update. */
function generatorStep(state: GanState, rng: () => number): number {
  const m = state.config.batchSize;
  const g = state.generator;
  const d = state.discriminator;
  const dim = state.dataDim;
  const fake = generateBatch(state, rng, m);
  inputBuffer(d).set(fake.subarray(0, m * dim));
  const logits = mlpForward(d, m);
  const grad = outputGradBuffer(d);
  const nonSaturating = state.config.lossType === 'non-saturating';
  let loss = 0;
  for (let s = 0; s < m; s++) {
    const a = logits[s] as number;
    if (nonSaturating) {
      loss += softplus(-a);
      grad[s] = (sigmoid(a) - 1) / m;
    } else {
      loss -= softplus(a);
      grad[s] = -sigmoid(a) / m;
    }
  }
  const dFake = mlpBackward(d, m, false, true);
  outputGradBuffer(g).set(dFake.subarray(0, m * dim));
  zeroGrads(g);
  mlpBackward(g, m, true, false);
  adamStep(state.gOptimizer, g.params, g.grads, state.config.gLearningRate);
  return loss / m;
}

/** Advances one round: `dStepsPerGStep` discriminator updates, then one generator update. Mutates `state`. */
export function step(state: GanState): StepReport {
  const rng = createRng(state.rngSeed);
  let dLoss = 0;
  for (let k = 0; k < state.config.dStepsPerGStep; k++) dLoss = discriminatorStep(state, rng);
  const gLoss = generatorStep(state, rng);
  state.rngSeed = Math.floor(rng() * 4294967296);
  state.iteration += 1;
  state.dLoss = dLoss;
  state.gLoss = gLoss;
  return { iteration: state.iteration, dLoss, gLoss };
}

/** Advances `n` rounds and returns each round's report, for a loss chart. */
export function run(state: GanState, n: number): StepReport[] {
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) {
    throw new RangeError(`n must be a whole number in [0, 1000000], got ${String(n)}`);
  }
  return Array.from({ length: n }, () => step(state));
}
