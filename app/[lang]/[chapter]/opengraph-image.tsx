// The picture shown when a chapter is shared, drawn at build time. Its text is the English title in
// both languages: the image renderer bundles only a Latin font, and the build must not depend on
// system fonts.
import { ImageResponse } from 'next/og';
import { allChapterParams, getChapter } from '@/lib/content/chapters.server';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'AIGC, explained';
export const dynamicParams = false;

export function generateStaticParams() {
  return allChapterParams();
}

export default async function Image({ params }: { params: Promise<{ lang: string; chapter: string }> }) {
  const { chapter } = await params;
  const { frontmatter } = await getChapter('en', chapter);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#0b1120', color: '#e2e8f0' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
          <div style={{ width: 72, height: 72, borderRadius: 14, background: '#1d4ed8', color: '#fff', display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 48, fontWeight: 700 }}>A</div>
          <div style={{ fontSize: 40, fontWeight: 700 }}>AIGC, explained</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
          <div style={{ fontSize: 36, color: '#fbbf24' }}>{`Chapter ${frontmatter.order}`}</div>
          <div style={{ fontSize: 76, fontWeight: 700, lineHeight: 1.1 }}>{frontmatter.title}</div>
        </div>
        <div style={{ fontSize: 30, color: '#a5b4c8' }}>Interactive · English and Chinese · runs in your browser</div>
      </div>
    ),
    size,
  );
}
