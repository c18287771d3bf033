// The numbered reference list at the end of a chapter, built from the citations it makes.
import type { Reference } from '@/lib/content/bibliography';

export function References({ references, title }: { references: Reference[]; title: string }) {
  if (references.length === 0) return null;
  return (
    <section aria-labelledby="references" data-section="references" className="chapter-section">
      <h2 id="references">{title}</h2>
      <ol className="text-[0.95em]">
        {references.map((ref) => (
          <li key={ref.id} id={`ref-${ref.id}`} lang={ref.lang === 'zh' ? 'zh-CN' : undefined}>
            {ref.authors}. <cite>{ref.title}</cite>. {ref.venue}, {ref.year}.{' '}
            <a href={ref.url}>{ref.arxiv ? `arXiv:${ref.arxiv}` : ref.url}</a>
            {ref.note ? <> ({ref.note})</> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
