// The static version, computed at build time by the same lib code: the first K answers in listed order,
// their C(K,2) pairs, and the reward model's weights and scores after the default training.
import { answerFeatures, candidateAnswers, rewardFeatureIds, rewardPrompt } from '@/content/data/chatgpt/reward-answers';
import type { Locale } from '@/lib/i18n/locales';
import { answerLetter, checkPairs, identityRanking } from '@/lib/rlhf/ranking';
import { createRewardModel, trainRewardModel } from '@/lib/rlhf/reward-model';
import { formatFixed } from '../chatgpt-shared/format';
import { mutedStyle } from '../chatgpt-shared/ui';
import { rewardModelSchema } from './schema';
import { rewardModelText } from './strings';

export function RewardModelTrainerFallback({ lang }: { lang: Locale }) {
  const t = rewardModelText[lang];
  const k = rewardModelSchema.k.default;
  const steps = rewardModelSchema.steps.default;
  const ranking = identityRanking(k);
  const answers = answerFeatures.slice(0, k) as number[][];
  const trained = trainRewardModel(createRewardModel(rewardFeatureIds.length), answers, ranking, steps, rewardModelSchema.lr.default);
  const { pairs, agree } = checkPairs(ranking, trained.scores);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <p className="text-sm"><span className="font-medium">{t.prompt}:</span> {rewardPrompt[lang]}</p>
      <p className="text-sm" style={mutedStyle}>{t.fallbackCaption(k, String(steps))}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className="text-start">{t.answer}</th>
              <th scope="col" className="text-start">{t.feature}</th>
              <th scope="col" className="text-end">{t.score}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((i) => {
              const a = candidateAnswers[i];
              if (!a) return null;
              return (
                <tr key={i}>
                  <th scope="row" className="text-start align-top font-normal">
                    <span className="font-mono font-semibold">{answerLetter(i)}</span> {a.text[lang]}
                  </th>
                  <td className="align-top text-xs">{rewardFeatureIds.map((id) => t.featureValue(id, a.features[id])).join(' · ')}</td>
                  <td className="text-end align-top font-mono">{formatFixed(trained.scores[i] ?? 0, lang, 2)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm">
        {t.pairsHeading(pairs.length, k)}: {pairs.map((p) => `${answerLetter(p.winner)} ≻ ${answerLetter(p.loser)}`).join(', ')}
      </p>
      <p className="mt-1 text-sm">
        {t.weightsHeading}: {rewardFeatureIds.map((id, j) => `${t.features[id]} ${formatFixed(trained.state.weights[j] ?? 0, lang, 2)}`).join(', ')}
      </p>
      <p className="mt-1 text-sm">
        {t.fallbackLoss(formatFixed(trained.lossHistory[0] ?? Math.LN2, lang, 3), formatFixed(trained.lossHistory.at(-1) ?? Math.LN2, lang, 3))}{' '}
        {t.summary(formatFixed(trained.lossHistory.at(-1) ?? Math.LN2, lang, 3), String(steps), agree, pairs.length)}
      </p>
    </figure>
  );
}
