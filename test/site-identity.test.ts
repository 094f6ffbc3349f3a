/** The agency's identity (site.csv): reading, links, warnings, the feedback link, the allow-list. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/lib/data/validate-dataset.ts';
import { formatReport } from '../src/lib/data/issues.ts';
import { officialEmailsOfSiteCsv } from '../src/lib/data/site-file.ts';
import {
  feedbackHref,
  hasIdentity,
  identityWarnings,
  psbLink,
  siteIdentity,
} from '../src/lib/site-identity.ts';
import type { PlanRow } from '../src/schemas/index.ts';
import { overlayFiles } from './helpers/fixtures.ts';

const load = (overlay?: string) => {
  const r = validateDataset(overlayFiles(overlay));
  if (!r.ok) throw new Error(formatReport(r.issues));
  return r.data;
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('site.csv', () => {
  it('site.csv: absent is valid and means no identity at all', () => {
    const data = load();
    expect(data.site).toEqual([]);
    const id = siteIdentity(data.site);
    expect(hasIdentity(id)).toBe(false);
    expect(Object.values(id).every((v) => v === null)).toBe(true);
  });

  it('site.csv: values are read, full-width digits of the 网站标识码 made half-width, blanks null', () => {
    const id = siteIdentity(load('accepted/site-identity').site);
    expect(id.site_code).toBe('1299999999'); // typed １２９９９９９９９９
    expect(id.icp_no).toBe('津ICP备99999999号-1');
    expect(id.psb_no).toBe('津公网安备 12999999999999号');
    expect(id.feedback_url).toBeNull();
    expect(id.feedback_email).toBe('hudong@test.example.gov.cn');
  });

  it('psbLink: the 14 digits of the 公安机关备案号 are the MPS query', () => {
    expect(psbLink('津公网安备 12010202000001号')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=12010202000001',
    );
  });

  it('identityWarnings: an issued plan warns once per blank expected item; a draft never', () => {
    const plan = load().plan;
    const issued: PlanRow = { ...plan, status: 'issued', issued_on: '2026-06-30' };
    const none = siteIdentity([]);
    expect(identityWarnings(plan, none, 'data/site.csv')).toEqual([]);
    const warnings = identityWarnings(issued, none, 'data/site.csv');
    expect(warnings.map((w) => w.match(/填写 (\w+)/)?.[1])).toEqual([
      'organiser_zh',
      'site_code',
      'icp_no',
      'psb_no',
      'error_report_url',
    ]);
    expect(warnings[0]).toContain('网站照常生成');
    const full = siteIdentity(load('accepted/site-identity').site);
    expect(identityWarnings(issued, full, 'data/site.csv')).toEqual([]);
  });
});

describe('feedbackHref', () => {
  const page = { title: '指标甲 - 主要指标', address: 'https://www.example.gov.cn/zwgk/sswgh/x/' };

  it('feedbackHref: the official form gets the page title and address as query parameters', () => {
    const id = {
      ...siteIdentity([]),
      feedback_url: 'https://www.example.gov.cn/hdjl/?channel=1',
      feedback_email: 'a@example.gov.cn',
    };
    const href = new URL(feedbackHref(id, page, 'zh')!);
    expect(href.origin + href.pathname).toBe('https://www.example.gov.cn/hdjl/');
    expect(href.searchParams.get('channel')).toBe('1');
    expect(href.searchParams.get('title')).toBe('指标甲 - 主要指标');
    expect(href.searchParams.get('url')).toBe(page.address);
  });

  it('feedbackHref: without a form, a mailto: with subject and body naming the page', () => {
    const id = { ...siteIdentity([]), feedback_email: 'a@example.gov.cn' };
    expect(feedbackHref(id, { title: 'T', address: '/x/' }, 'zh')).toBe(
      'mailto:a@example.gov.cn?subject=' +
        encodeURIComponent('对“T”的意见建议') +
        '&body=' +
        encodeURIComponent('页面：T\n网址：/x/\n\n我的意见或建议：\n'),
    );
    expect(feedbackHref(id, { title: 'T', address: '/en/x/' }, 'en')).toContain(
      `subject=${encodeURIComponent('Feedback on “T”')}`,
    );
  });

  it('feedbackHref: no channel in site.csv → no link (nothing invented)', () => {
    expect(feedbackHref(siteIdentity([]), page, 'zh')).toBeNull();
  });
});

describe('officialEmailsOfSiteCsv', () => {
  it('officialEmailsOfSiteCsv: the published file’s *.gov.cn feedback_email only', () => {
    expect(
      officialEmailsOfSiteCsv(utf8('\uFEFFkey,value\r\nfeedback_email,hudong@x.gov.cn\r\n')),
    ).toEqual(['hudong@x.gov.cn']);
    expect(officialEmailsOfSiteCsv(utf8('key,value\nfeedback_email,me@qq.com\n'))).toEqual([]);
    expect(officialEmailsOfSiteCsv(undefined)).toEqual([]);
  });
});
