// The static version: the trigram model's ten most likely next tokens after the default prompt, and one
// seeded continuation, computed at build time from the same lib code and corpus as the live widget.
import { corpusEn } from '@/content/data/pretraining/corpus-en';
import { corpusZh } from '@/content/data/pretraining/corpus-zh';
import type { Locale } from '@/lib/i18n/locales';
import { createRng } from '@/lib/math/random';
import { generateTokens } from '@/lib/text/generate';
import { nextTokenView, samplingSettings } from '@/lib/text/next-token-view';
import { joinTokens, tokenize } from '@/lib/text/tokenize';
import { formatPercent } from '../pretraining-shared/format';
import { corpusModel } from './model';
import { defaultPrompt, nextTokenSchema } from './schema';
import { nextTokenText } from './strings';

export function NextTokenFallback({ lang }: { lang: Locale }) {
  const t = nextTokenText[lang];
  const model = corpusModel(lang === 'zh' ? corpusZh : corpusEn, lang);
  const prompt = tokenize(defaultPrompt[lang], lang);
  const settings = samplingSettings(nextTokenSchema.t.default, nextTokenSchema.k.default, nextTokenSchema.p.default);
  const view = nextTokenView(model, prompt, settings, 10);
  const sample = generateTokens(model, prompt, 12, settings, createRng(nextTokenSchema.seed.default));
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <p className="mb-2 text-sm" style={{ color: 'var(--muted)' }}>{t.intro}</p>
      <table className="w-full text-sm">
        <caption className="mb-2 text-start text-sm" style={{ color: 'var(--muted)' }}>
          {t.fallbackCaption(defaultPrompt[lang])}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.token}</th>
            <th scope="col">{t.probability}</th>
          </tr>
        </thead>
        <tbody>
          {view.bars.map((b) => (
            <tr key={b.index}>
              <td>{b.token}</td>
              <td>{formatPercent(b.tempered, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm">{t.fallbackSample(joinTokens([...prompt, ...sample], lang))}</p>
    </figure>
  );
}
