// Times GAN training rounds of lib/gan against the same network, batch and optimiser in TensorFlow.js (cpu backend).

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles lib/gan (with its lib/math imports) to a temporary .mjs, imports it and removes the file. */
async function loadGan() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-gan-'));
  const outfile = path.join(dir, 'gan.mjs');
  try {
    await build({
      stdin: {
        contents: [
          "export { createGan, run } from '@/lib/gan/trainer';",
          "export { sampleInto } from '@/lib/gan/datasets';",
          "export { createRng } from '@/lib/math/random';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: path.join(root, 'tsconfig.json'),
      outfile,
      logLevel: 'silent',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Calls `round` until `seconds` of wall time have passed (after `warmup` calls) and returns rounds per second of
 * wall time and of this process's CPU time; the second is steadier when other work shares the machine.
 */
function timeRounds(round, seconds, warmup) {
  for (let i = 0; i < warmup; i++) round();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let rounds = 0;
  while (performance.now() - start < seconds * 1000) {
    for (let i = 0; i < 20; i++) round();
    rounds += 20;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: rounds / ((performance.now() - start) / 1000), cpu: rounds / ((cpu.user + cpu.system) / 1e6) };
}

/**
 * The default lib/gan setting rebuilt in TensorFlow.js: G 2→16→16→2 and D 2→16→16→1 with leaky ReLU (0.2),
 * Glorot-uniform weights, Adam (β1 0.5, β2 0.999, ε 1e-8), D's loss on logits, non-saturating G loss, one D
 * step then one G step per round on fresh batches, data and noise drawn by the same JavaScript samplers.
 */
async function tfjsRound(gan, config) {
  const tf = await import('@tensorflow/tfjs');
  // PROD skips tfjs's debug checks (and its "install tfjs-node" notice); the plain-JS cpu backend is the comparison.
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  await tf.ready();
  const { batchSize: m, gHidden, dHidden, dLearningRate, gLearningRate, dataset, noiseDim } = config;
  const init = tf.initializers.glorotUniform({ seed: 1 });
  const layers = (sizes) =>
    sizes.slice(1).map((out, l) => ({ w: tf.variable(init.apply([sizes[l], out])), b: tf.variable(tf.zeros([out])) }));
  const g = layers([noiseDim, ...gHidden, 2]);
  const d = layers([2, ...dHidden, 1]);
  const forward = (net, x) =>
    net.reduce((h, { w, b }, l) => {
      const z = h.matMul(w).add(b);
      return l < net.length - 1 ? tf.leakyRelu(z, 0.2) : z;
    }, x);
  const vars = (net) => net.flatMap(({ w, b }) => [w, b]);
  const dOpt = tf.train.adam(dLearningRate, 0.5, 0.999, 1e-8);
  const gOpt = tf.train.adam(gLearningRate, 0.5, 0.999, 1e-8);
  const rng = gan.createRng(config.seed);
  const real = new Float64Array(2 * m);
  const noise = () => Float32Array.from({ length: m * noiseDim }, () => 2 * rng() - 1);
  return () =>
    tf.tidy(() => {
      gan.sampleInto(dataset, rng, real, m);
      const x = tf.tensor2d(Float32Array.from(real), [m, 2]);
      const fake = forward(g, tf.tensor2d(noise(), [m, noiseDim]));
      dOpt.minimize(
        () => tf.softplus(forward(d, x).neg()).mean().add(tf.softplus(forward(d, fake)).mean()),
        false,
        vars(d),
      );
      const z = tf.tensor2d(noise(), [m, noiseDim]);
      gOpt.minimize(() => tf.softplus(forward(d, forward(g, z)).neg()).mean(), false, vars(g));
    });
}

/**
 * Training rounds per second (wall clock) of the default GAN in lib/gan and in TensorFlow.js, their ratio, and
 * the same two rates per second of CPU time.
 */
export async function benchGan({ seconds = 3 } = {}) {
  const gan = await loadGan();
  const state = gan.createGan({ dataset: 'ring' });
  const config = state.config;
  if (config.dStepsPerGStep !== 1 || config.activation !== 'leaky-relu' || config.lossType !== 'non-saturating') {
    throw new Error('the TensorFlow.js twin assumes k = 1, leaky ReLU and the non-saturating loss; update it');
  }
  const ours = timeRounds(() => gan.run(state, 1), seconds, 500);
  const tfjs = timeRounds(await tfjsRound(gan, config), seconds, 50);
  return {
    ours: Math.round(ours.wall),
    tfjs: Math.round(tfjs.wall),
    ratio: Number((ours.wall / tfjs.wall).toFixed(1)),
    cpu: { ours: Math.round(ours.cpu), tfjs: Math.round(tfjs.cpu) },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--seconds');
  const seconds = flag > 0 ? Number(process.argv[flag + 1]) : 3;
  if (!(seconds > 0)) {
    console.error('--seconds must be a number > 0');
    process.exit(1);
  }
  const { ours, tfjs, ratio, cpu } = await benchGan({ seconds });
  console.log(`gan  lib/gan: ${ours} it/s  tfjs-cpu: ${tfjs} it/s  ratio: ${ratio}x`);
  console.log(`     per CPU second: lib/gan ${cpu.ours} it/s, tfjs-cpu ${cpu.tfjs} it/s`);
  console.log(`     (default lib/gan setting on the ring; ${seconds} s of wall clock each, one thread)`);
}
