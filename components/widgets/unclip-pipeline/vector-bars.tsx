// A short vector as signed bars around a zero line, with the numbers in the accessible name.
import type { Locale } from '@/lib/i18n/locales';
import { formatNumber } from '../text-to-image-shared/format';

const W = 240;
const H = 64;

export function VectorBars({ values, name, colour, lang, testId }: { values: readonly number[]; name: string; colour: string; lang: Locale; testId: string }) {
  const bar = W / values.length;
  const text = values.map((v) => formatNumber(v, lang, 2)).join(', ');
  return (
    <figure className="my-0 min-w-0">
      <figcaption className="text-sm">{name}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-16 w-full max-w-60" role="img" aria-label={`${name}: ${text}`} data-testid={testId}>
        <line x1={0} x2={W} y1={H / 2} y2={H / 2} stroke="currentColor" strokeOpacity={0.3} />
        {values.map((v, i) => {
          const h = Math.min(1, Math.abs(v)) * (H / 2 - 2);
          return <rect key={i} x={i * bar + 2} width={bar - 4} y={v >= 0 ? H / 2 - h : H / 2} height={h} fill={colour} />;
        })}
      </svg>
      <p className="my-0 font-mono text-xs break-words" style={{ color: 'var(--muted)' }}>[{text}]</p>
    </figure>
  );
}
