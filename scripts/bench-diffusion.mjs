// Times DDPM sampling of the 2-D mixture (1,000 points × 200 steps) on our TypeScript, bundled on the fly by esbuild.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;

/** Bundles lib/diffusion (with its lib/math imports) to a temporary .mjs, imports it and removes the file. */
async function loadDiffusion() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-diffusion-'));
  const outfile = path.join(dir, 'diffusion.mjs');
  try {
    await build({
      stdin: {
        contents: [
          "export { createRng } from '@/lib/math/random';",
          "export { createMixture } from '@/lib/diffusion/mixture';",
          "export { sampleDiffusion } from '@/lib/diffusion/sampler';",
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

/** Median wall time in ms of RUNS samplings (after one warm-up), unguided, default DDPM schedule (T = 1000). */
export async function benchDiffusion({ count = 1000, steps = 200 } = {}) {
  const { createRng, createMixture, sampleDiffusion } = await loadDiffusion();
  const mixture = createMixture({
    cat: { weight: 0.5, mean: [-2, 0], variance: 0.15 },
    dog: { weight: 0.3, mean: [2, 1], variance: [0.2, 0.1] },
    bird: { weight: 0.2, mean: [0, 2.5], variance: 0.1 },
  });
  sampleDiffusion({ mixture, count, steps }, createRng(0));
  const times = [];
  for (let run = 1; run <= RUNS; run++) {
    const start = performance.now();
    sampleDiffusion({ mixture, count, steps }, createRng(run));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)] };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ms } = await benchDiffusion();
  console.log(`diffusion: 1,000 points × 200 steps in ${ms.toFixed(1)} ms (median of ${RUNS} runs, Node ${process.version})`);
}
