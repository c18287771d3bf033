// Interface text in each language; chapter prose lives in content/, not here.
import type { Locale } from './locales';

export interface UiStrings {
  siteName: string;
  siteTagline: string;
  skipToContent: string;
  chapters: string;
  chapterMenu: string;
  contents: string;
  onThisPage: string;
  previous: string;
  next: string;
  languageSwitch: string;
  themeToggle: string;
  themeLight: string;
  themeDark: string;
  copyLink: string;
  linkCopied: string;
  references: string;
  home: string;
  homeIntro: string;
  homeInClassTitle: string;
  homeInClass: string[];
  chapterNumber: (n: number) => string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  widgetLoading: string;
  widgetStaticNote: string;
  copySettingLink: string;
  settingLinkCopied: string;
  qualitative: string;
  forTeachersSummary: string;
  glossary: string;
  glossaryIntro: string;
  explainedIn: string;
}

export const strings: Record<Locale, UiStrings> = {
  en: {
    siteName: 'AIGC, explained',
    siteTagline: 'How AI-generated content works, with models you can run in your browser.',
    skipToContent: 'Skip to content',
    chapters: 'Chapters',
    chapterMenu: 'Chapter menu',
    contents: 'Contents',
    onThisPage: 'On this page',
    previous: 'Previous',
    next: 'Next',
    languageSwitch: '中文',
    themeToggle: 'Switch colour theme',
    themeLight: 'Light theme',
    themeDark: 'Dark theme',
    copyLink: 'Copy link to this section',
    linkCopied: 'Link copied',
    references: 'References',
    home: 'Home',
    homeIntro:
      'Content used to be made by professionals, then by everyone with a phone, and now partly by models. This site explains how that happened and how the models behind it work. Every widget computes for real in your browser, and every page exists in English and Chinese.',
    homeInClassTitle: 'Using it in class',
    homeInClass: [
      'Every heading has a link: hover or focus it and copy the address to send students straight to one section.',
      'Widgets keep their settings in the page address, so a link can open a widget in a prepared state.',
      'Printing a chapter gives a clean handout: navigation is dropped and widgets print as static figures.',
    ],
    chapterNumber: (n) => `Chapter ${n}`,
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    backHome: 'Go to the home page',
    widgetLoading: 'Loading the interactive version…',
    widgetStaticNote: 'Static view. With JavaScript on, this becomes interactive.',
    copySettingLink: 'Copy link to this setting',
    settingLinkCopied: 'Link to this setting copied',
    qualitative: 'Qualitative illustration, not measured data',
    forTeachersSummary: 'Goals, a 45-minute lesson plan, misconceptions and discussion questions',
    glossary: 'Glossary',
    glossaryIntro: 'Short definitions of the terms this site uses, each with a link to the section that explains it. In the chapters, the first use of a term links here; hover over it or focus it to read the definition in place.',
    explainedIn: 'Explained in',
  },
  zh: {
    siteName: 'AIGC 图解',
    siteTagline: '人工智能生成内容是怎么回事——用能在浏览器里运行的模型讲清楚。',
    skipToContent: '跳到正文',
    chapters: '章节',
    chapterMenu: '章节菜单',
    contents: '目录',
    onThisPage: '本页内容',
    previous: '上一章',
    next: '下一章',
    languageSwitch: 'English',
    themeToggle: '切换配色',
    themeLight: '浅色',
    themeDark: '深色',
    copyLink: '复制本节链接',
    linkCopied: '链接已复制',
    references: '参考文献',
    home: '首页',
    homeIntro:
      '内容曾经由专业团队生产，后来人人都能用手机创作，如今有一部分交给了模型。本站讲清这一变化是怎样发生的，以及背后的模型如何工作。每个互动组件都在你的浏览器里真实计算，每一页都有中英两种语言。',
    homeInClassTitle: '课堂上怎么用',
    homeInClass: [
      '每个小标题都带链接：把鼠标移上去或用键盘聚焦，就能复制地址，让学生直接跳到这一节。',
      '互动组件会把当前设置写进网址，分享链接即可打开预先调好的状态。',
      '打印章节即得一份干净的讲义：导航会被去掉，互动组件以静态图表呈现。',
    ],
    chapterNumber: (n) => `第 ${n} 章`,
    notFoundTitle: '找不到这个页面',
    notFoundBody: '这个地址下没有页面，可能已经移动，也可能是链接输错了。',
    backHome: '返回首页',
    widgetLoading: '正在加载互动版本…',
    widgetStaticNote: '静态视图。开启 JavaScript 后可以互动。',
    copySettingLink: '复制当前设置的链接',
    settingLinkCopied: '已复制当前设置的链接',
    qualitative: '定性示意，并非实测数据',
    forTeachersSummary: '教学目标、45 分钟课堂安排、常见误区与讨论题',
    glossary: '术语表',
    glossaryIntro: '本站用到的术语及简短释义，每条都链接到详细讲解它的小节。章节正文里，术语第一次出现时会链接到这里；把鼠标移上去或用键盘聚焦，就能就地看到释义。',
    explainedIn: '详见',
  },
};
