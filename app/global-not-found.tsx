// The 404 page for any unmatched address, in both languages (the address alone may not say which).
import type { Metadata } from 'next';
import { ThemeScript } from '@/components/layout/theme-script';
import { strings } from '@/lib/i18n/strings';
import './globals.css';

export const metadata: Metadata = {
  title: `${strings.en.notFoundTitle} · ${strings.zh.notFoundTitle}`,
  description: `${strings.en.notFoundBody} ${strings.zh.notFoundBody}`,
  robots: { index: false },
  icons: { icon: '/icon.svg' },
};

export default function GlobalNotFound() {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen antialiased">
        <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-8 px-6 py-16">
          <section>
            <h1 className="text-3xl font-bold">{strings.en.notFoundTitle}</h1>
            <p className="mt-3">{strings.en.notFoundBody}</p>
            <p className="mt-3">
              <a href="/en/">{strings.en.backHome}</a>
            </p>
          </section>
          <section lang="zh-CN">
            <h2 className="text-3xl font-bold">{strings.zh.notFoundTitle}</h2>
            <p className="mt-3">{strings.zh.notFoundBody}</p>
            <p className="mt-3">
              <a href="/zh/">{strings.zh.backHome}</a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
