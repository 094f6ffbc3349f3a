/** Labels of the agency's identity block (site.csv) and of the page feedback link, zh and en. */
import type { Lang } from './ui.ts';

export const IDENTITY_UI = {
  zh: {
    region: '网站标识信息',
    organiser: '主办单位',
    operator: '承办单位',
    siteCode: '网站标识码',
    icp: 'ICP备案号',
    psb: '公安机关备案号',
    govMark: '党政机关网站标识',
    errorReport: '我为政府网站找错',
    feedback: '留言与意见',
    feedbackQuestion: '对本页有疑问或建议？',
    feedbackLink: '告诉我们',
    feedbackNote: '链接打开本机关的官方留言渠道，已填好本页的标题和网址；本站自身不收集任何信息。',
    mailSubject: (title: string) => `对“${title}”的意见建议`,
    mailBody: (title: string, address: string) =>
      `页面：${title}\n网址：${address}\n\n我的意见或建议：\n`,
  },
  en: {
    region: 'Website identification',
    organiser: 'Organised by',
    operator: 'Run by',
    siteCode: 'Website code',
    icp: 'ICP filing',
    psb: 'Public security filing',
    govMark: 'Party and government website mark',
    errorReport: 'Report an error on this government website',
    feedback: 'Questions and comments',
    feedbackQuestion: 'A question or suggestion about this page?',
    feedbackLink: 'Tell us',
    feedbackNote:
      'The link opens the agency’s official feedback channel with this page’s title and address filled in; this site itself collects nothing.',
    mailSubject: (title: string) => `Feedback on “${title}”`,
    mailBody: (title: string, address: string) =>
      `Page: ${title}\nAddress: ${address}\n\nMy question or suggestion:\n`,
  },
} as const satisfies Record<Lang, Record<string, string | ((...args: string[]) => string)>>;
