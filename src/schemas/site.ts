/**
 * `site.csv`: the publishing agency's identity, one `key,value` row per item, as 《政府网站发展指引》
 * (国办发〔2017〕47号) asks every page's footer to show. The whole file is optional: no file, or a
 * blank value, means the footer leaves that item out. Each value is checked for its format here.
 */
import { z } from 'zod';
import { optionalText, quote, requiredOneOf, toHalfWidth, trimCell } from './fields.ts';

export const SITE_KEY = {
  organiser_zh: '主办单位（中文）',
  organiser_en: '主办单位（英文）',
  operator_zh: '承办单位（中文，可不填）',
  operator_en: '承办单位（英文，可不填）',
  site_code: '网站标识码（10 位数字）',
  icp_no: 'ICP备案号',
  psb_no: '公安机关备案号',
  gov_mark: '党政机关网站标识图片（public/ 下的路径）',
  error_report_url: '“我为政府网站找错”入口网址',
  feedback_url: '官方留言/意见征集网址',
  feedback_email: '官方公开邮箱',
  embed_origins: '允许用 iframe 嵌入图表的网站（以空格分隔，可不填，默认仅本站）',
} as const;
export type SiteKey = keyof typeof SITE_KEY;

/** 省级行政区简称: the first character of an ICP or 公安 filing number. */
const PROVINCE = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const SITE_CODE = /^\d{10}$/;
const ICP_NO = new RegExp(`^[${PROVINCE}]ICP备\\d{6,10}号(-\\d{1,3})?$`);
const PSB_NO = new RegExp(`^[${PROVINCE}]公网安备 ?\\d{14}号$`);
const IMAGE_PATH = /^(?!\/)(?!.*\.\.)[A-Za-z0-9._/-]+\.(png|svg|jpg|jpeg|gif|webp)$/i;
const EMAIL = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/;
/** One frame-ancestors source: 'self' or an https origin (scheme, host, optional port; no path). */
const EMBED_SOURCE = /^('self'|https:\/\/([A-Za-z0-9-]+\.)+[A-Za-z]{2,}(:\d{1,5})?)$/;

interface Rule {
  test: (value: string) => boolean;
  message: (value: string) => string;
  fix: string;
  en: string;
}

const HTTP_URL: Rule = {
  test: (v) =>
    URL.canParse(v) && ['https:', 'http:'].includes(new URL(v).protocol) && !/\s/.test(v),
  message: (v) => `${quote(v)} 不是 http(s) 网址。`,
  fix: '请从浏览器地址栏复制完整网址，以 https:// 或 http:// 开头、不含空格。',
  en: 'must be an http(s) URL',
};

/** Format of each key's value (keys without a rule are free text). */
const RULES: Partial<Record<SiteKey, Rule>> = {
  site_code: {
    test: (v) => SITE_CODE.test(v),
    message: (v) => `${quote(v)} 不是有效的网站标识码。`,
    fix: '网站标识码是 10 位数字（例如 1200000000），见全国政府网站信息报送系统或本机关门户网站页脚；不要带空格、汉字或“网站标识码”字样。',
    en: 'site_code must be 10 digits',
  },
  icp_no: {
    test: (v) => ICP_NO.test(v),
    message: (v) => `${quote(v)} 不是有效的 ICP 备案号。`,
    fix: 'ICP备案号形如“津ICP备12345678号”或“津ICP备12345678号-1”：省份简称 + ICP备 + 数字 + 号，与工业和信息化部备案管理系统（beian.miit.gov.cn）查询结果一致。',
    en: 'icp_no must look like 津ICP备12345678号(-1)',
  },
  psb_no: {
    test: (v) => PSB_NO.test(v),
    message: (v) => `${quote(v)} 不是有效的公安机关备案号。`,
    fix: '公安机关备案号形如“津公网安备 12010202000001号”：省份简称 + 公网安备 + 14 位数字 + 号，与全国互联网安全管理服务平台（beian.mps.gov.cn）查询结果一致。',
    en: 'psb_no must look like 津公网安备 12010202000001号',
  },
  gov_mark: {
    test: (v) => IMAGE_PATH.test(v),
    message: (v) => `${quote(v)} 不是 public/ 目录下的图片路径。`,
    fix: '请把本机关获颁的党政机关网站标识图片放进 public/ 目录（例如 public/identity/gov-mark.png），这里填 public/ 之后的部分：identity/gov-mark.png（不以 / 开头，不含 ..，扩展名 png、svg、jpg、gif 或 webp）。',
    en: 'gov_mark must be an image path under public/',
  },
  error_report_url: HTTP_URL,
  feedback_url: HTTP_URL,
  feedback_email: {
    test: (v) => EMAIL.test(v) && /\.gov\.cn$/i.test(v),
    message: (v) =>
      EMAIL.test(v)
        ? `${quote(v)} 不是政府机关的官方邮箱（域名不是 .gov.cn）。`
        : `${quote(v)} 不是有效的邮箱地址。`,
    fix: '这里只能填本机关对外公布的官方邮箱，即 @ 之后是以 .gov.cn 结尾的政府域名（本机关在门户网站上公布的公开信箱）；个人邮箱、QQ 邮箱、163 邮箱等一律不能填。',
    en: 'feedback_email must be an official *.gov.cn mailbox',
  },
  embed_origins: {
    test: (v) => v.split(/\s+/).every((o) => EMBED_SOURCE.test(o)),
    message: (v) => `${quote(v)} 不是以空格分隔的网站地址列表。`,
    fix: "每个网站写成 https://域名（可带端口，不带路径和结尾的 /），多个网站之间用一个空格分开，例如：'self' https://www.tjmpa.gov.cn https://www.tj.gov.cn。'self'（含单引号）表示本站自己；不填则只有本站能嵌入图表。",
    en: "embed_origins must be 'self' or https:// origins separated by spaces",
  },
};

/** The value as stored: half-width digits, spaces trimmed (a 公安备案号 keeps its one space). */
export function normaliseSiteValue(key: SiteKey, raw: string): string {
  const value = trimCell(raw);
  return key === 'site_code' || key === 'psb_no' ? toHalfWidth(value) : value;
}

export const SiteRowSchema = z
  .object({
    /** Which identity item this row gives (see SITE_KEY). */
    key: requiredOneOf(SITE_KEY),
    /** Its value exactly as the agency publishes it; blank = not shown. */
    value: optionalText(300),
  })
  .superRefine((row, ctx) => {
    if (row.value === null) return;
    const rule = RULES[row.key];
    const value = normaliseSiteValue(row.key, row.value);
    if (!rule || rule.test(value)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `${SITE_KEY[row.key]}：${rule.message(value)}`,
      params: { fix: rule.fix, en: rule.en },
    });
  });

export type SiteRow = z.output<typeof SiteRowSchema>;
