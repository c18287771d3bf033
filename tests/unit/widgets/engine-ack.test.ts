// The sliced training engines behind the GAN trainer and the CycleGAN toy answer every command with a frame
// that echoes its sequence number, so the page can tell a stale "playing" frame from the engine's answer.
import { describe, expect, it } from 'vitest';
import { createCycleEngine, type CycleMessage } from '@/components/widgets/cyclegan-toy/cycle-engine';
import { createEngine, type EngineMessage } from '@/components/widgets/gan-trainer/engine';

type Frame = { type: 'frame'; ack: number; playing: boolean; iteration: number };

function harness<M extends { type: string }>(make: (post: (m: M) => void, sliceMs: number, yieldTo: (next: () => void) => void) => unknown, iteration: (m: M) => number) {
  const frames: Frame[] = [];
  const queue: (() => void)[] = [];
  const engine = make(
    (m) => {
      if (m.type === 'frame') frames.push({ type: 'frame', ack: (m as unknown as { ack: number }).ack, playing: (m as unknown as { playing: boolean }).playing, iteration: iteration(m) });
    },
    1,
    (next) => queue.push(next),
  ) as { handle: (c: unknown) => void };
  const runSlices = (n: number) => {
    for (let i = 0; i < n && queue.length > 0; i++) queue.shift()?.();
  };
  return { frames, engine, runSlices, queue };
}

const cases = [
  {
    name: 'GAN trainer engine',
    make: createEngine,
    iteration: (m: EngineMessage) => (m.type === 'frame' ? m.snapshot.iteration : -1),
    init: { type: 'init', id: 1, config: { seed: 3 } },
  },
  {
    name: 'CycleGAN engine',
    make: createCycleEngine,
    iteration: (m: CycleMessage) => (m.type === 'frame' ? m.frame.iteration : -1),
    init: { type: 'init', id: 1, config: { seed: 3 }, probe: [-0.6, 0.6] },
  },
] as const;

describe.each(cases)('$name', ({ make, iteration, init }) => {
  it('echoes the last command in each frame and sends nothing after answering a pause', () => {
    const h = harness(make as never, iteration as never);
    h.engine.handle({ ...init, seq: 1 });
    expect(h.frames.at(-1)).toMatchObject({ ack: 1, playing: false, iteration: 0 });
    h.engine.handle({ type: 'play', id: 1, seq: 2 });
    expect(h.frames.at(-1)).toMatchObject({ ack: 2, playing: true });
    for (let i = 0; i < 20; i++) {
      h.runSlices(1);
      const t = performance.now();
      while (performance.now() - t < 35);
    }
    const running = h.frames.at(-1);
    expect(running?.playing).toBe(true);
    expect(running?.iteration).toBeGreaterThan(0);
    h.engine.handle({ type: 'pause', id: 1, seq: 3 });
    const answer = h.frames.at(-1);
    expect(answer).toMatchObject({ ack: 3, playing: false });
    const count = h.frames.length;
    h.runSlices(10);
    expect(h.frames.length).toBe(count);
    expect(h.queue.length).toBe(0);
  });

  it('a step answers with its own number and a stopped engine', () => {
    const h = harness(make as never, iteration as never);
    h.engine.handle({ ...init, seq: 1 });
    h.engine.handle({ type: 'step', id: 1, n: 25, seq: 2 });
    expect(h.frames.at(-1)).toMatchObject({ ack: 2, playing: false, iteration: 25 });
  });

  it('commands for an older run do not move the run but are still acknowledged', () => {
    const h = harness(make as never, iteration as never);
    h.engine.handle({ ...init, id: 2, seq: 1 });
    h.engine.handle({ type: 'step', id: 1, n: 5, seq: 2 });
    h.engine.handle({ type: 'step', id: 2, n: 1, seq: 3 });
    expect(h.frames.at(-1)).toMatchObject({ ack: 3, iteration: 1 });
  });
});
