'use client';
// State of the CLIP widget: every setting in the URL, plus the typed temperature (which may be invalid while
// the last good one stays in force). All numbers come from lib/clip/batch-view.ts.
import { useMemo, useState } from 'react';
import { clipBatchView, zeroShotForImage } from '@/lib/clip/batch-view';
import { parseNumber } from '@/lib/url-state';
import { useUrlState } from '../use-url-state';
import { clipSchema, NAMESPACE, type View } from './schema';

const tOk = (x: number) => x >= clipSchema.t.min && x <= clipSchema.t.max;

export function useClipBatch() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, clipSchema);
  const [typedT, setTypedT] = useState<string | null>(null);
  const settings = useMemo(
    () => ({ size: values.n, alignment: values.a, temperature: values.t, shuffle: values.shuffle, seed: values.seed }),
    [values.n, values.a, values.t, values.shuffle, values.seed],
  );
  const view = useMemo(() => clipBatchView(settings), [settings]);
  const image = Math.min(values.img, values.n) - 1;
  const zeroShot = useMemo(() => zeroShotForImage(settings, image), [settings, image]);
  const typed = typedT === null ? null : parseNumber(typedT);

  return {
    settings,
    view,
    shown: values.view as View,
    image,
    zeroShot,
    typedTemperature: typedT ?? String(values.t),
    temperatureError: typed !== null && !(typed.ok && tOk(typed.value)),
    problems,
    linkToSetting,
    setSize: (n: number) => update({ n }),
    setTemperature(t: number) {
      setTypedT(null);
      update({ t: Math.min(clipSchema.t.max, Math.max(clipSchema.t.min, Number(t.toPrecision(3)))) });
    },
    typeTemperature(text: string) {
      setTypedT(text);
      const parsed = parseNumber(text);
      if (parsed.ok && tOk(parsed.value)) update({ t: parsed.value });
    },
    setAlignment: (a: number) => update({ a }),
    shuffle: () => update({ shuffle: values.shuffle >= clipSchema.shuffle.max ? 1 : values.shuffle + 1 }),
    unshuffle: () => update({ shuffle: 0 }),
    newBatch: () => update({ seed: values.seed >= clipSchema.seed.max ? 1 : values.seed + 1, shuffle: 0 }),
    setView: (v: View) => update({ view: v }),
    setImage: (i: number) => update({ img: i + 1 }),
  };
}
