// The one registry that maps names used in MDX to components; widgets are added per chapter.
import type { ComponentProps, ReactNode } from 'react';
import type { Glossary } from '@/lib/glossary/glossary';
import type { Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { AigcTimeline } from '@/components/widgets/aigc-timeline';
import { BertMasking } from '@/components/widgets/bert-masking';
import { ClipBatch } from '@/components/widgets/clip-batch';
import { ConvolutionExplorer } from '@/components/widgets/convolution-explorer';
import { CycleGanToy } from '@/components/widgets/cyclegan-toy';
import { DiffusionPlayground } from '@/components/widgets/diffusion-playground';
import { FewShot } from '@/components/widgets/few-shot';
import { GanClsStepper } from '@/components/widgets/gan-cls-stepper';
import { GanLatentWalk } from '@/components/widgets/gan-latent-walk';
import { GanLossExplorer } from '@/components/widgets/gan-loss-explorer';
import { GanTrainer } from '@/components/widgets/gan-trainer';
import { InstructGptSteps } from '@/components/widgets/instructgpt-steps';
import { KlTradeoff } from '@/components/widgets/kl-tradeoff';
import { NextToken } from '@/components/widgets/next-token';
import { PpoClip } from '@/components/widgets/ppo-clip';
import { ProductionModes } from '@/components/widgets/production-modes';
import { RewardModelTrainer } from '@/components/widgets/reward-model-trainer';
import { ServicesTable } from '@/components/widgets/services-table';
import { TokenCost } from '@/components/widgets/token-cost';
import { UnclipPipeline } from '@/components/widgets/unclip-pipeline';
import { UsePrompts } from '@/components/widgets/use-prompts';
import { WordVectors } from '@/components/widgets/word-vectors';
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
    ConvolutionExplorer: () => <ConvolutionExplorer lang={lang} />,
    ClipBatch: () => <ClipBatch lang={lang} />,
    WordVectors: () => <WordVectors lang={lang} />,
    BertMasking: () => <BertMasking lang={lang} />,
    NextToken: () => <NextToken lang={lang} />,
    FewShot: () => <FewShot lang={lang} />,
    // gan
    GanLossExplorer: () => <GanLossExplorer lang={lang} />,
    GanLatentWalk: () => <GanLatentWalk lang={lang} />,
    GanTrainer: () => <GanTrainer lang={lang} />,
    CycleGanToy: () => <CycleGanToy lang={lang} />,
    // text-to-image
    DiffusionPlayground: () => <DiffusionPlayground lang={lang} />,
    UnclipPipeline: () => <UnclipPipeline lang={lang} />,
    GanClsStepper: () => <GanClsStepper lang={lang} />,
    // chatgpt
    InstructGptSteps: () => <InstructGptSteps lang={lang} />,
    UsePrompts: () => <UsePrompts lang={lang} />,
    RewardModelTrainer: () => <RewardModelTrainer lang={lang} />,
    PpoClip: () => <PpoClip lang={lang} />,
    KlTradeoff: () => <KlTradeoff lang={lang} />,
    // in-practice
    ServicesTable: () => <ServicesTable lang={lang} />,
    TokenCost: () => <TokenCost lang={lang} />,
  };
}
