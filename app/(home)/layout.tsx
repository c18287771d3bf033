// Root layout for the language chooser at `/`, the one page that is not under a language.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/layout/hydration-mark';
import { ThemeScript } from '@/components/layout/theme-script';
import { siteUrl } from '@/lib/site';
import '../globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  icons: { icon: '/icon.svg' },
  title: 'AIGC, explained · AIGC 图解',
  description: 'How AI-generated content works, in English and Chinese. 人工智能生成内容图解，中英双语。',
  alternates: { languages: { en: '/en/', 'zh-CN': '/zh/' } },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen antialiased">
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
