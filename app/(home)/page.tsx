// `/`: sends the reader to the language the browser prefers; without JavaScript it is a page with both links.
import { defaultLocale, locales } from '@/lib/i18n/locales';

const redirect = `(function(){try{var ls=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];var ok=${JSON.stringify(locales)};var pick='${defaultLocale}';for(var i=0;i<ls.length;i++){var p=String(ls[i]).toLowerCase().split('-')[0];if(ok.indexOf(p)>=0){pick=p;break}}location.replace('/'+pick+'/'+location.hash)}catch(e){}})()`;

export default function LanguageChooser() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 px-6 py-16">
      <script dangerouslySetInnerHTML={{ __html: redirect }} />
      <h1 className="text-3xl font-bold">
        AIGC, explained · <span lang="zh-CN">AIGC 图解</span>
      </h1>
      <ul className="grid gap-3 text-lg">
        <li>
          <a href="/en/" hrefLang="en" className="block rounded-lg border border-[var(--border)] p-4 font-semibold">Read in English</a>
        </li>
        <li lang="zh-CN">
          <a href="/zh/" hrefLang="zh-CN" className="block rounded-lg border border-[var(--border)] p-4 font-semibold">阅读中文版</a>
        </li>
      </ul>
    </main>
  );
}
