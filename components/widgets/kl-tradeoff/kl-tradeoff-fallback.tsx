// The static version, computed at build time by lib/rlhf/kl-view: the six answers with their SFT
// probabilities and scores, and for a few β the expected reward, true quality and KL under the flawed model.
import { klAnswers } from '@/content/data/chatgpt/reward-answers';
import type { Locale } from '@/lib/i18n/locales';
import { klViewAt } from '@/lib/rlhf/kl-view';
import { formatPercent } from '../pretraining-shared/format';
import { formatFixed, formatShort } from '../chatgpt-shared/format';
import { mutedStyle } from '../chatgpt-shared/ui';
import { FALLBACK_BETAS } from './schema';
import { klTradeoffText } from './strings';

export function KlTradeoffFallback({ lang }: { lang: Locale }) {
  const t = klTradeoffText[lang];
  const reference = klAnswers.map((a) => a.reference);
  const rewards = klAnswers.map((a) => a.reward.flawed);
  const quality = klAnswers.map((a) => a.quality);
  const h = klAnswers.findIndex((a) => a.letter === 'H');
  const f2 = (x: number) => formatFixed(x, lang, 2);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <p className="text-sm" style={mutedStyle}>{t.intro}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className="text-start">{t.answer}</th>
              <th scope="col" className="text-end">{t.sft}</th>
              <th scope="col" className="text-end">{t.reward}</th>
              <th scope="col" className="text-end">{t.quality}</th>
            </tr>
          </thead>
          <tbody>
            {klAnswers.map((a) => (
              <tr key={a.letter}>
                <th scope="row" className="text-start font-normal">{a.letter} {a.label[lang]}</th>
                <td className="text-end">{formatPercent(a.reference, lang, 0)}</td>
                <td className="text-end">{f2(a.reward.flawed)}</td>
                <td className="text-end">{f2(a.quality)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm">{t.fallbackCaption}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className="text-start">β</th>
              <th scope="col" className="text-end">{t.expReward}</th>
              <th scope="col" className="text-end">{t.expQuality}</th>
              <th scope="col" className="text-end">KL</th>
              <th scope="col" className="text-end">π(H)</th>
            </tr>
          </thead>
          <tbody>
            {FALLBACK_BETAS.map((beta) => {
              const v = klViewAt(reference, rewards, quality, beta);
              return (
                <tr key={beta}>
                  <th scope="row" className="text-start font-normal">{formatShort(beta, lang, 2)}</th>
                  <td className="text-end">{f2(v.reward)}</td>
                  <td className="text-end">{f2(v.quality)}</td>
                  <td className="text-end">{f2(v.kl)}</td>
                  <td className="text-end">{formatPercent(v.policy[h] ?? 0, lang, 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
