// The two words side by side: cosine of the trained vectors, cosine of their one-hot vectors (always 0 for
// different words), and the first word's nearest neighbours. Pure markup, shared with the fallback.
import type { Locale } from '@/lib/i18n/locales';
import { formatCount } from '../pretraining-shared/format';
import { w2vText } from './strings';
import type { VectorView } from './view';

export function SimilarityPanel({ view, a, b, vocabularySize, lang }: { view: VectorView; a: string; b: string; vocabularySize: number; lang: Locale }) {
  const t = w2vText[lang];
  return (
    <div className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
      <div className="rounded-md border border-[var(--border)] p-2">
        <p className="font-medium">{t.trainedVectors}</p>
        <p className="mt-1">
          {t.similarity(a, b)} = <strong className="font-mono" data-testid="w2v-similarity">{view.similarity.toFixed(2)}</strong>
        </p>
        <p className="mt-2 font-medium">{t.neighbours(a)}</p>
        <ol className="mt-1 list-decimal ps-6" data-testid="w2v-neighbours">
          {view.neighbours.map((n) => (
            <li key={n.word}>
              {n.word} <span className="font-mono" style={{ color: 'var(--muted)' }}>{n.similarity.toFixed(2)}</span>
            </li>
          ))}
        </ol>
      </div>
      <div className="rounded-md border border-[var(--border)] p-2">
        <p className="font-medium">{t.oneHot(formatCount(vocabularySize, lang))}</p>
        <p className="mt-1">
          {t.similarity(a, b)} = <strong className="font-mono" data-testid="w2v-one-hot">{view.oneHot.toFixed(2)}</strong>
        </p>
        <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{a === b ? t.oneHotSame : t.oneHotNote(a, b, view.positions[0], view.positions[1])}</p>
      </div>
    </div>
  );
}
