/**
 * The last privacy guard: a scan of every text file of the built site for anything that looks like
 * a mobile number, an e-mail address (outside the official allow-list) or an ID-card number. The
 * data checker already refuses such cells; this catches what reaches a page another way (a commit
 * message on /updates/, a text written into a template, a library's bundled file). Pure: the caller
 * reads the files.
 */
import { findAllPersonalData, type PersonalDataKind } from './data/personal-data.ts';

export interface SiteTextFile {
  /** Path inside the built site, with forward slashes, e.g. `en/updates/index.html`. */
  path: string;
  text: string;
}

export interface PrivacyFinding {
  path: string;
  line: number;
  column: number;
  kind: PersonalDataKind;
  /** The match with its middle hidden, so the build log does not spread it further. */
  masked: string;
}

/** File types a page or download carries as text; binary search-index chunks are skipped. */
export const SCANNED_EXTENSIONS = [
  '.html',
  '.htm',
  '.json',
  '.csv',
  '.xml',
  '.txt',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.webmanifest',
] as const;

export function isScannedFile(name: string): boolean {
  const lower = name.toLowerCase();
  return SCANNED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Keep the first 3 and last 2 characters (and an e-mail's domain); star the rest. */
export function maskPersonalData(text: string, kind: PersonalDataKind): string {
  if (kind === 'email') {
    const at = text.lastIndexOf('@');
    const local = text.slice(0, at);
    return `${local.slice(0, 1)}${'*'.repeat(Math.max(local.length - 1, 1))}${text.slice(at)}`;
  }
  if (text.length <= 5) return '*'.repeat(text.length);
  return `${text.slice(0, 3)}${'*'.repeat(text.length - 5)}${text.slice(-2)}`;
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

export function scanForPersonalData(
  files: Iterable<SiteTextFile>,
  officialEmails: readonly string[],
): PrivacyFinding[] {
  const allowed = new Set(officialEmails.map((e) => e.toLowerCase()));
  const findings: PrivacyFinding[] = [];
  for (const file of files)
    for (const match of findAllPersonalData(file.text)) {
      if (match.kind === 'email' && allowed.has(match.text.toLowerCase())) continue;
      findings.push({
        path: file.path,
        ...lineAndColumn(file.text, match.index),
        kind: match.kind,
        masked: maskPersonalData(match.text, match.kind),
      });
    }
  return findings.sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column,
  );
}

const KIND_ZH: Record<PersonalDataKind, string> = {
  mobile: '手机号码',
  email: '电子邮箱地址',
  'id-card': '身份证号码',
};
const KIND_EN: Record<PersonalDataKind, string> = {
  mobile: 'mobile number',
  email: 'e-mail address',
  'id-card': 'ID-card number',
};

/** The build's error text: one located line per finding, then what to do. */
export function formatPrivacyFindings(findings: PrivacyFinding[], outLabel: string): string[] {
  if (!findings.length) return [];
  const lines = findings.map(
    (f) =>
      `${outLabel}/${f.path}:${f.line}:${f.column}  疑似${KIND_ZH[f.kind]}：${f.masked}` +
      `（en: looks like a ${KIND_EN[f.kind]}）`,
  );
  return [
    `隐私检查未通过：生成的网站中有 ${findings.length} 处疑似个人信息，网站没有发布。`,
    ...lines,
    '改法：找到这段文字的来源并删除：数据文件里的网址（检查数据时网址中的数字不按电话号码判断）、提交说明（显示在“数据更新”页）或页面模板。' +
      '若是本机关公开的官方邮箱，请在 src/config/privacy-allowlist.ts 中登记。',
    '(en: privacy scan failed: the built site contains what looks like personal data; it was not published. ' +
      'Remove it at its source — a web address in a data file, a commit message shown on /updates/, a page template — or list an official mailbox in src/config/privacy-allowlist.ts.)',
  ];
}
