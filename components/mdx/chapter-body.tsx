// Renders a compiled chapter on the server: prose and KaTeX become static HTML, widgets become islands.
import { getMDXComponent } from 'mdx-bundler/client';
import type { Locale } from '@/lib/i18n/locales';
import { getMdxComponents } from './mdx-components';

export function ChapterBody({ code, lang }: { code: string; lang: Locale }) {
  const Component = getMDXComponent(code);
  return <Component components={getMdxComponents(lang)} />;
}
