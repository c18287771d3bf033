// Root layout per language: <html lang> comes from the route so search and assistive tech get it right.
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { HydrationMark } from '@/components/layout/hydration-mark';
import { ThemeScript } from '@/components/layout/theme-script';
import { htmlLang, isLocale, locales } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { siteUrl } from '@/lib/site';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  const t = strings[isLocale(lang) ? lang : 'en'];
  return {
    metadataBase: new URL(siteUrl),
    icons: { icon: '/icon.svg' },
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.siteTagline,
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <html lang={htmlLang[lang]} suppressHydrationWarning>
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
