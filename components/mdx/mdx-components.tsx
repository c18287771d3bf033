// The one registry that maps names used in MDX to components; widgets are added per chapter.
import type { ComponentProps } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { ProductionModes } from '@/components/widgets/production-modes';
import { Cite } from './cite';
import { Heading } from './heading';

export function getMdxComponents(lang: Locale) {
  const t = strings[lang];
  const labels = { copy: t.copyLink, copied: t.linkCopied };
  return {
    h2: (props: ComponentProps<'h2'>) => <Heading level={2} id={props.id} labels={labels}>{props.children}</Heading>,
    h3: (props: ComponentProps<'h3'>) => <Heading level={3} id={props.id} labels={labels}>{props.children}</Heading>,
    Cite,
    ProductionModes: () => <ProductionModes lang={lang} />,
  };
}
