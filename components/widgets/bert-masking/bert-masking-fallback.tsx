// The static version: one seeded draw of the masking rule as a table, the shares over many draws and one
// next-sentence pair, computed at build time by the same lib code from the same corpus.
import { corpusEn } from '@/content/data/pretraining/corpus-en';
import { corpusZh } from '@/content/data/pretraining/corpus-zh';
import type { Locale } from '@/lib/i18n/locales';
import { createRng } from '@/lib/math/random';
import { maskTokens, simulateMasking, tallyShares } from '@/lib/text/masking';
import { makeNspPair } from '@/lib/text/nsp';
import { joinTokens, tokenize } from '@/lib/text/tokenize';
import { formatCount, formatPercent } from '../pretraining-shared/format';
import { bertCorpus } from './corpus-data';
import { bertMaskingSchema, FALLBACK_DRAWS, presets } from './schema';
import { bertText } from './strings';

export function BertMaskingFallback({ lang }: { lang: Locale }) {
  const t = bertText[lang];
  const corpus = bertCorpus(lang === 'zh' ? corpusZh : corpusEn, lang);
  const tokens = tokenize(presets[lang][0] as string, lang);
  const seed = bertMaskingSchema.seed.default;
  const masking = maskTokens(tokens, corpus.vocabulary, createRng(seed));
  const shares = tallyShares(simulateMasking(tokens, corpus.vocabulary, createRng(seed), FALLBACK_DRAWS));
  const pair = makeNspPair(corpus.sentences, createRng(bertMaskingSchema.pair.default));
  const pct = (x: number) => formatPercent(x, lang, 2);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-2 text-start text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.token}</th>
              <th scope="col">{t.fed}</th>
              <th scope="col">{t.what}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token, i) => {
              const kind = masking.kinds[i] ?? null;
              return (
                <tr key={i}>
                  <td>{token}</td>
                  <td>{masking.input[i]}</td>
                  <td>{kind ? t.kindHelp[kind] : t.notChosen}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm">{t.fallbackShares(formatCount(FALLBACK_DRAWS, lang), pct(shares.chosen), pct(shares.masked), pct(shares.random), pct(shares.kept))}</p>
      <p className="mt-3 text-sm font-semibold">{t.nspHeading}</p>
      <p className="text-sm">A: {joinTokens(pair.a, lang)}</p>
      <p className="text-sm">B: {joinTokens(pair.b, lang)}</p>
      <p className="text-sm">{t.labels[pair.label]}: {t.labelHelp[pair.label]}</p>
    </figure>
  );
}
