/**
 * Personal contact data never enters the site: the 四重 forms collect contact names, phone numbers
 * and e-mails, and they stay inside the agency. These patterns are shared by the data checker and
 * (later) the scan of the built site.
 */

/** Column names that would hold contact details. */
const PERSONAL_COLUMN =
  /(contact|phone|mobile|tel(ephone)?$|e-?mail|id[_-]?(card|no|number)|passport|身份证|证件|电话|手机|邮箱|联系人|联系方式)/i;

export function looksLikePersonalColumn(name: string): boolean {
  return PERSONAL_COLUMN.test(name);
}

/** Mainland mobile numbers: 11 digits starting 13–19, optionally written 138-1234-5678 or +86. */
const MOBILE = /(?<![\d.])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![\d.])/;
/** Fixed lines written with an area code and hyphen, e.g. 022-23456789. */
const LANDLINE = /(?<![\d.])0\d{2,3}-\d{7,8}(?![\d.])/;
/**
 * An e-mail address: one local-part character right before the @, then a domain. The local part
 * is a lookbehind so that matching starts only at an @: a leading `[…]+` would rescan the rest of
 * the cell from every start position, minutes on a 1 MB cell of letters or digits.
 */
const EMAIL = /(?<=[A-Za-z0-9._%+-])@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** 18-digit resident ID numbers with a plausible birth date. */
const ID_CARD =
  /(?<![\dXx])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dXx])/;

/**
 * What kind of personal data a cell appears to hold, in Chinese, or null. Web-address cells are
 * checked for e-mail addresses only: their paths often carry long numbers.
 */
export function findPersonalData(cell: string, opts: { url?: boolean } = {}): string | null {
  if (EMAIL.test(cell)) return '电子邮箱地址';
  if (opts.url) return null;
  if (ID_CARD.test(cell)) return '身份证号码';
  if (MOBILE.test(cell)) return '手机号码';
  if (LANDLINE.test(cell)) return '电话号码';
  return null;
}

export type PersonalDataKind = 'mobile' | 'email' | 'id-card';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** What was found, exactly as written. */
  text: string;
  /** UTF-16 offset in the scanned text. */
  index: number;
}

const LOCAL_PART_CHAR = /[A-Za-z0-9._%+-]/;

const GLOBAL: [PersonalDataKind, RegExp][] = [
  ['email', new RegExp(EMAIL.source, 'g')],
  ['id-card', new RegExp(ID_CARD.source, 'g')],
  ['mobile', new RegExp(MOBILE.source, 'g')],
];

const TOKEN_CHAR = /[A-Za-z0-9+]/;

/** A short hexadecimal digest in one letter case, such as Pagefind's 13-character index hash. */
const HEX_DIGEST = /^(?:[0-9a-f]{12,}|[0-9A-F]{12,})$/;

/**
 * Whether a run of digits found at [start, end) lies inside a hash or an encoded token, with at
 * least one letter beside the digits: a run of 16 or more letters and digits (a build's version
 * hash, a CSP `sha256-…`, an asset name), or a hexadecimal digest of 12 or more (Pagefind's
 * `zh-cn_16312345699ab` in pagefind-entry.json once stopped a build). Such digits are not a phone or
 * ID number, whatever they spell; a word glued to a number (`Tel13812345678`) is not hexadecimal.
 */
function insideToken(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && TOKEN_CHAR.test(text[a - 1] ?? '')) a--;
  while (b < text.length && TOKEN_CHAR.test(text[b] ?? '')) b++;
  // Letters of the match itself (an ID number's final X) do not make it a hash.
  if (!/[A-Za-z]/.test(text.slice(a, start) + text.slice(end, b))) return false;
  return b - a >= 16 || HEX_DIGEST.test(text.slice(a, b));
}

/**
 * Every mobile number, e-mail address and ID number in a whole text (a built page, a JSON file),
 * for the scan of the built site. Landlines are left out: published offices' numbers are public.
 */
export function findAllPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const [kind, re] of GLOBAL)
    for (const m of text.matchAll(re)) {
      if (kind !== 'email' && insideToken(text, m.index, m.index + m[0].length)) continue;
      let start = m.index;
      // EMAIL matches from the @ (see above): take in the local part, at most 64 characters.
      if (kind === 'email')
        while (start > 0 && m.index - start < 64 && LOCAL_PART_CHAR.test(text[start - 1] ?? ''))
          start--;
      found.push({ kind, text: text.slice(start, m.index + m[0].length), index: start });
    }
  return found.sort((a, b) => a.index - b.index);
}
