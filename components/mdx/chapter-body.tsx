// Renders a compiled chapter on the server: prose and KaTeX become static HTML, widgets become islands.
import { getMDXComponent } from 'mdx-bundler/client';
import type { Glossary } from '@/lib/glossary/glossary';
import type { Locale } from '@/lib/i18n/locales';
import { getMdxComponents } from './mdx-components';

export function ChapterBody({ code, lang, glossary }: { code: string; lang: Locale; glossary: Glossary | null }) {
  // A server component renders once per page at build time, so making the chapter's component here costs
  // nothing and never remounts; the rule guards client components that re-render.
  const Component = getMDXComponent(code);
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={getMdxComponents(lang, glossary)} />;
}
