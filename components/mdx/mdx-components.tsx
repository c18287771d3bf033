// The one registry that maps names used in MDX to components; widgets are added per chapter.
import type { ComponentProps, ReactNode } from 'react';
import type { Glossary } from '@/lib/glossary/glossary';
import type { Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { BertMasking } from '@/components/widgets/bert-masking';
import { FewShot } from '@/components/widgets/few-shot';
import { NextToken } from '@/components/widgets/next-token';
import { ProductionModes } from '@/components/widgets/production-modes';
import { AigcTimeline } from '@/components/widgets/aigc-timeline';
import { ServicesTable } from '@/components/widgets/services-table';
import { TokenCost } from '@/components/widgets/token-cost';
import { RewardModelTrainer } from '@/components/widgets/reward-model-trainer';
import { PpoClip } from '@/components/widgets/ppo-clip';
import { KlTradeoff } from '@/components/widgets/kl-tradeoff';
import { Cite } from './cite';
import { ForTeachers } from './for-teachers';
import { Heading } from './heading';
import { Notes } from './notes';
import { Option, Question } from './quiz/question';
import { Quiz } from './quiz/quiz';
import { Term } from './term';

export function getMdxComponents(lang: Locale, glossary: Glossary | null) {
  const t = strings[lang];
  const labels = { copy: t.copyLink, copied: t.linkCopied };
  return {
    h2: (props: ComponentProps<'h2'>) => <Heading level={2} id={props.id} labels={labels}>{props.children}</Heading>,
    h3: (props: ComponentProps<'h3'>) => <Heading level={3} id={props.id} labels={labels}>{props.children}</Heading>,
    Cite,
    Term: (props: { id: string; children?: ReactNode }) => {
      const entry = glossary?.byId(props.id);
      if (!entry) return <>{props.children}</>;
      return (
        <Term href={`/${lang}/glossary/#${entry.id}`} definition={entry.definition[lang]}>
          {props.children}
        </Term>
      );
    },
    Notes,
    ForTeachers: (props: { children?: ReactNode }) => <ForTeachers summary={t.forTeachersSummary}>{props.children}</ForTeachers>,
    Quiz: (props: { children?: ReactNode }) => <Quiz lang={lang}>{props.children}</Quiz>,
    Question: (props: { id: string; answer: string; prompt: string; predict?: boolean; try?: string; children?: ReactNode }) => (
      <Question id={props.id} answer={props.answer} prompt={props.prompt} predict={props.predict} tryHref={props.try} lang={lang}>
        {props.children}
      </Question>
    ),
    Option,
    // Widgets, one line each; chapter teams add theirs below their chapter's comment.
    // what-is-aigc
    ProductionModes: () => <ProductionModes lang={lang} />,
    // history
    AigcTimeline: () => <AigcTimeline lang={lang} />,
    // pretraining
    BertMasking: () => <BertMasking lang={lang} />,
    NextToken: () => <NextToken lang={lang} />,
    FewShot: () => <FewShot lang={lang} />,
    // gan
    // text-to-image
    // chatgpt
    RewardModelTrainer: () => <RewardModelTrainer lang={lang} />,
    PpoClip: () => <PpoClip lang={lang} />,
    KlTradeoff: () => <KlTradeoff lang={lang} />,
    // in-practice
    ServicesTable: () => <ServicesTable lang={lang} />,
    TokenCost: () => <TokenCost lang={lang} />,
  };
}
