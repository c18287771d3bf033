// The static calculator: the English sample email counted with the GPT-2/GPT-3 tokenizer when the site is
// built, priced at early-2023 rates. Runs on the server only, so the tokenizer never ships with the page.
import { countTokens } from 'gpt-tokenizer/encoding/r50k_base';
import sampleTexts from '@/content/data/in-practice/cost-samples.json';
import { costTable, countCharacters, tokensPer100Chars } from '@/lib/pricing/cost';
import { tokenPrices } from '@/lib/pricing/prices';
import type { Locale } from '@/lib/i18n/locales';
import { CostTable } from './cost-table';
import { costText } from './strings';

const fmt = (n: number, lang: Locale) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 }).format(n);

export function TokenCostFallback({ lang }: { lang: Locale }) {
  const t = costText[lang];
  const text = sampleTexts.en;
  const tokens = countTokens(text, { disallowedSpecial: new Set() });
  const characters = countCharacters(text);
  const per100 = tokensPer100Chars(tokens, characters);
  const rows = costTable(tokens, 0, tokenPrices['early-2023']);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4" data-testid="cost-fallback">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <p className="text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackNote}</p>
      <blockquote className="my-3 text-sm" lang="en">
        {text}
      </blockquote>
      <p className="mb-2">{t.summary(fmt(characters, lang), fmt(tokens, lang), per100 === null ? null : fmt(per100, lang))}</p>
      <CostTable rows={rows} caption={t.tableCaption(fmt(tokens, lang), '0')} lang={lang} t={t} />
    </figure>
  );
}
