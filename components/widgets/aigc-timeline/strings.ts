// The timeline widget's text in both languages.
import type { Confidence, Modality, Stage } from '@/lib/history/timeline';
import type { Locale } from '@/lib/i18n/locales';
import type { ParamProblem } from '@/lib/url-state';

export interface TimelineText {
  title: string;
  modalityLegend: string;
  modalities: Record<Modality | 'all', string>;
  stageLegend: string;
  stages: Record<Stage | 'all', string>;
  stageYears: Record<Stage, string>;
  /** Band labels when a stage's band is too narrow for its full name. */
  stagesShort: Record<Stage, string>;
  showing: (shown: number, total: number) => string;
  none: string;
  axisLabel: string;
  markerLabel: (date: string, title: string) => string;
  keyboardHint: string;
  what: string;
  why: string;
  note: string;
  sources: string;
  kind: string;
  confidence: Record<Exclude<Confidence, 'confirmed'>, string>;
  previous: string;
  next: string;
  linkToEvent: string;
  fallbackIntro: string;
  ignoredParam: (p: ParamProblem) => string;
  copySettingLink: string;
  settingLinkCopied: string;
}

const reasonEn = { unknown: 'unknown setting', 'out-of-range': 'out of range', invalid: 'not a valid value' } as const;
const reasonZh = { unknown: '未知设置', 'out-of-range': '超出范围', invalid: '取值无效' } as const;

export const timelineText: Record<Locale, TimelineText> = {
  en: {
    title: 'AIGC timeline, 1956–2022',
    modalityLegend: 'Kind of content',
    modalities: { all: 'All', text: 'Text', image: 'Image', audio: 'Audio and music', video: 'Video', speech: 'Speech' },
    stageLegend: 'Stage',
    stages: { all: 'All stages', early: 'Early experiments', accumulation: 'Accumulation', rapid: 'Rapid growth' },
    stageYears: { early: '1950s–1980s', accumulation: '1990–2013', rapid: '2014–2022' },
    stagesShort: { early: 'Early', accumulation: 'Build-up', rapid: 'Rapid' },
    showing: (shown, total) => `Showing ${shown} of ${total} events.`,
    none: 'No event matches this filter. Choose another kind of content or stage.',
    axisLabel: 'Events on the time axis',
    markerLabel: (date, title) => `${date}: ${title}`,
    keyboardHint: 'Select an event to read about it. With the keyboard, Tab to the timeline, then use the arrow keys, Home and End.',
    what: 'What happened',
    why: 'Why it mattered',
    note: 'Often told differently',
    sources: 'Source',
    kind: 'Kind',
    confidence: {
      secondary: 'Secondary source: this entry rests on news or encyclopedia reports; we could not read the primary document.',
      unverified: 'Unverified: not confirmed from any primary source.',
    },
    previous: 'Previous event',
    next: 'Next event',
    linkToEvent: 'Link to this event',
    fallbackIntro: 'Every event on the timeline, oldest first, grouped by stage. Each entry has its own link.',
    ignoredParam: (p) => `Ignored the link setting ${p.param}=${p.value} (${reasonEn[p.reason]}).`,
    copySettingLink: 'Copy link to this event and filter',
    settingLinkCopied: 'Link copied',
  },
  zh: {
    title: 'AIGC 时间线（1956–2022）',
    modalityLegend: '内容类型',
    modalities: { all: '全部', text: '文本', image: '图像', audio: '音频与音乐', video: '视频', speech: '语音' },
    stageLegend: '阶段',
    stages: { all: '全部阶段', early: '早期萌芽', accumulation: '沉淀积累', rapid: '快速发展' },
    stageYears: { early: '1950年代–1980年代', accumulation: '1990–2013年', rapid: '2014–2022年' },
    stagesShort: { early: '萌芽', accumulation: '积累', rapid: '发展' },
    showing: (shown, total) => `共 ${total} 个事件，当前显示 ${shown} 个。`,
    none: '没有符合筛选条件的事件，请换一种内容类型或阶段。',
    axisLabel: '时间轴上的事件',
    markerLabel: (date, title) => `${date}：${title}`,
    keyboardHint: '选中一个事件即可查看详情。用键盘时，按 Tab 键进入时间轴，再用方向键、Home 和 End 键移动。',
    what: '发生了什么',
    why: '为什么重要',
    note: '常见的不同说法',
    sources: '来源',
    kind: '类型',
    confidence: {
      secondary: '二手资料：这一条依据的是新闻或百科类报道，我们没能读到原始文献。',
      unverified: '未经核实：没有在任何原始资料中得到证实。',
    },
    previous: '上一个事件',
    next: '下一个事件',
    linkToEvent: '本事件的链接',
    fallbackIntro: '时间线上的全部事件，按时间先后、分阶段列出。每一条都有自己的链接。',
    ignoredParam: (p) => `已忽略链接中的设置 ${p.param}=${p.value}（${reasonZh[p.reason]}）。`,
    copySettingLink: '复制本事件和筛选条件的链接',
    settingLinkCopied: '链接已复制',
  },
};
