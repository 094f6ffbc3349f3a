/** The scan of the built site for personal data (hand-made texts; the build test runs it for real). */
import { describe, expect, it } from 'vitest';
import {
  formatPrivacyFindings,
  isScannedFile,
  maskPersonalData,
  scanForPersonalData,
} from '../src/lib/privacy-scan.ts';

const page = (path: string, text: string) => ({ path, text });

describe('scanForPersonalData', () => {
  it('scanForPersonalData: finds a mobile number, an e-mail and an ID number with line and column', () => {
    const text = [
      '<p>联系：138-1234-5678</p>',
      '<td>zhang.san@example.com</td>',
      '  <li>身份证 12010119900307123X</li>',
    ].join('\n');
    expect(scanForPersonalData([page('x/index.html', text)], [])).toEqual([
      { path: 'x/index.html', line: 1, column: 7, kind: 'mobile', masked: '138********78' },
      { path: 'x/index.html', line: 2, column: 5, kind: 'email', masked: 'z********@example.com' },
      { path: 'x/index.html', line: 3, column: 11, kind: 'id-card', masked: '120*************3X' },
    ]);
  });

  it('scanForPersonalData: an official mailbox on the allow-list passes, in any letter case', () => {
    const text = '<a href="mailto:YJJ@tj.gov.cn">YJJ@tj.gov.cn</a> other@tj.gov.cn';
    const found = scanForPersonalData([page('about/index.html', text)], ['yjj@tj.gov.cn']);
    expect(found.map((f) => f.masked)).toEqual(['o****@tj.gov.cn']);
  });

  it('scanForPersonalData: figures, dates, years, decimals and long ids in paths are not personal data', () => {
    const text = [
      '3800 批次/年，2026-03-05，2026—2030年，98.5%，<path d="M13812345.678 L12.5 3"/>',
      'https://scjg.tj.gov.cn/zwgk/202301/t20230105_6070811.html',
      '012345678901 版本 1.13812345678',
    ].join('\n');
    expect(scanForPersonalData([page('a.html', text)], [])).toEqual([]);
  });

  it('scanForPersonalData: digits inside a hash are not a phone number (a version hash once spelt 16912345602)', () => {
    const text = [
      '{"version":"a16912345602bc3d","commit":"e3b0c44298fc1c149afbf4c8996fb924"}',
      '<meta content="script-src \'sha256-Zeer13812345678JMmRiEbU4iG8Nbd6cRY7=\'">',
    ].join('\n');
    expect(scanForPersonalData([page('version.json', text)], [])).toEqual([]);
    // Pagefind's index hash is 13 hex characters: 11 digits of it once read as a mobile number.
    const entry = (hash: string) =>
      `{"languages":{"zh-cn":{"hash":"zh-cn_${hash}","wasm":null,"page_count":52}}}`;
    for (const hash of ['16312345699ab', 'a16312345699b', 'ab16312345699'])
      expect(scanForPersonalData([page('pagefind/pagefind-entry.json', entry(hash))], [])).toEqual(
        [],
      );
    // A number right after a short word is still one: only long tokens with letters are hashes.
    const phone = scanForPersonalData([page('a.html', '<p>Tel13812345678</p>')], []);
    expect(phone.map((f) => f.masked)).toEqual(['138******78']);
    // Hexadecimal in one letter case only: a word of other letters glued to a number is not a digest.
    const glued = scanForPersonalData([page('a.html', '<p>号码Face13812345678</p>')], []);
    expect(glued.map((f) => f.masked)).toEqual(['138******78']);
  });

  it('scanForPersonalData: reports files in path order, each match once', () => {
    const found = scanForPersonalData(
      [page('b.json', '"13912345678"'), page('a.csv', 'x,13712345678\ny,13612345678')],
      [],
    );
    expect(found.map((f) => `${f.path}:${f.line}:${f.column}`)).toEqual([
      'a.csv:1:3',
      'a.csv:2:3',
      'b.json:1:2',
    ]);
  });
});

describe('maskPersonalData and isScannedFile', () => {
  it('maskPersonalData: keeps the ends, stars the middle, keeps an e-mail domain', () => {
    expect(maskPersonalData('13812345678', 'mobile')).toBe('138******78');
    expect(maskPersonalData('a@b.cn', 'email')).toBe('a*@b.cn');
  });

  it('isScannedFile: text files of the site are scanned, binary index chunks are not', () => {
    expect(
      ['index.html', 'api/x.json', 'd.CSV', 'updates.xml', '_astro/a.js'].every(isScannedFile),
    ).toBe(true);
    expect(
      ['pagefind/wasm.en.pagefind', 'fragment/x.pf_fragment', 'favicon.ico'].some(isScannedFile),
    ).toBe(false);
  });
});

describe('formatPrivacyFindings', () => {
  it('formatPrivacyFindings: one located line per finding in Chinese, the fix, and an English line', () => {
    const lines = formatPrivacyFindings(
      [{ path: 'downloads/o.csv', line: 3, column: 9, kind: 'mobile', masked: '138******78' }],
      'dist',
    );
    expect(lines[0]).toBe('隐私检查未通过：生成的网站中有 1 处疑似个人信息，网站没有发布。');
    expect(lines[1]).toBe(
      'dist/downloads/o.csv:3:9  疑似手机号码：138******78（en: looks like a mobile number）',
    );
    expect(lines[2]).toMatch(/^改法：/);
    expect(lines[3]).toMatch(/^\(en: privacy scan failed/);
    expect(formatPrivacyFindings([], 'dist')).toEqual([]);
  });
});
