/**
 * The publishing agency's identity (site.csv) as the pages use it: the footer's block (主办单位,
 * 网站标识码, ICP备案号 with its MIIT link, 公安机关备案号 with its MPS link, 找错), the page feedback
 * link (对本页有疑问或建议？) and the official mailbox the privacy scan allows. Pure functions.
 */
import { normaliseSiteValue, SITE_KEY, type SiteKey, type SiteRow } from '../schemas/site.ts';
import type { PlanRow } from '../schemas/plan.ts';
import { IDENTITY_UI } from '../i18n/identity.ts';
import type { Lang } from '../i18n/ui.ts';

export type SiteIdentity = Readonly<Record<SiteKey, string | null>>;

/** The MIIT filing system every ICP备案号 links to. */
export const ICP_LINK = 'https://beian.miit.gov.cn/';

/** Items an issued plan's site is expected to show (承办单位 and the 标识 image are optional). */
export const EXPECTED_WHEN_ISSUED: readonly SiteKey[] = [
  'organiser_zh',
  'site_code',
  'icp_no',
  'psb_no',
  'error_report_url',
];

/** Every key, blank (null) unless a row gives it a value. */
export function siteIdentity(rows: readonly SiteRow[]): SiteIdentity {
  const out = Object.fromEntries(Object.keys(SITE_KEY).map((k) => [k, null])) as Record<
    SiteKey,
    string | null
  >;
  for (const r of rows) if (r.value !== null) out[r.key] = normaliseSiteValue(r.key, r.value);
  return out;
}

/** The 全国互联网安全管理服务平台 record of a 公安机关备案号: its 14 digits are the query. */
export function psbLink(psbNo: string): string {
  const code = psbNo.replace(/\D/g, '');
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}

/**
 * An issued plan whose site.csv leaves an expected item blank builds, with one warning per item
 * (never with an invented value). A draft needs none of them.
 */
export function identityWarnings(plan: PlanRow, identity: SiteIdentity, file: string): string[] {
  if (plan.status !== 'issued') return [];
  return EXPECTED_WHEN_ISSUED.filter((k) => identity[k] === null).map(
    (k) =>
      `提示：${file} 没有填写 ${k}（${SITE_KEY[k]}）。规划已印发，页脚应显示这一项；网站照常生成，页脚暂不显示它。` +
      `请按 data/README.md“网站标识信息”一节向本机关网站主管部门索取后填写。(en: ${k} is blank in ${file})`,
  );
}

export interface FeedbackPage {
  /** The page's title, as in <title>. */
  title: string;
  /** The page's address (absolute when SITE_URL is known, else its path). */
  address: string;
}

/**
 * Where 对本页有疑问或建议？ leads: the official feedback form with the page's title and address as
 * query parameters, else a mailto: with subject and body; null when site.csv gives neither.
 */
export function feedbackHref(
  identity: SiteIdentity,
  page: FeedbackPage,
  lang: Lang,
): string | null {
  if (identity.feedback_url) {
    const url = new URL(identity.feedback_url);
    url.searchParams.set('title', page.title);
    url.searchParams.set('url', page.address);
    return url.href;
  }
  if (identity.feedback_email) {
    const ui = IDENTITY_UI[lang];
    const subject = ui.mailSubject(page.title);
    const body = ui.mailBody(page.title, page.address);
    return `mailto:${identity.feedback_email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  return null;
}

/** True when the footer has anything to show from site.csv. */
export function hasIdentity(identity: SiteIdentity): boolean {
  return Object.values(identity).some((v) => v !== null);
}
