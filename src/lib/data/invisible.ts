/**
 * Characters a cell must not hold because nobody can see them: Unicode bidirectional controls
 * (they make text display in a different order than it is stored, so “2030” on screen can be
 * “0302” in the file), C0/C1 control characters, and the zero-width space, word joiner and a BOM
 * inside the text (two cells that look the same then compare as different).
 *
 * Allowed: tab, and line breaks inside a quoted text cell (Alt+Enter in Excel). The one BOM at the
 * very start of a file is removed by the decoder and is fine. The zero-width joiner and non-joiner
 * (U+200D, U+200C) are allowed: emoji sequences and some scripts need them.
 */

import { messageOf, type MessageText } from './messages.ts';

/* eslint-disable no-control-regex -- control characters are what this pattern is for */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
/* eslint-enable no-control-regex */
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

const BIDI_NAMES: Record<string, string> = {
  '\u202A': '从左到右嵌入 LRE',
  '\u202B': '从右到左嵌入 RLE',
  '\u202C': '方向格式结束 PDF',
  '\u202D': '从左到右覆盖 LRO',
  '\u202E': '从右到左覆盖 RLO',
  '\u2066': '从左到右隔离 LRI',
  '\u2067': '从右到左隔离 RLI',
  '\u2068': '方向隔离 FSI',
  '\u2069': '方向隔离结束 PDI',
  '\u200E': '从左到右标记 LRM',
  '\u200F': '从右到左标记 RLM',
  '\u061C': '阿拉伯字母标记 ALM',
};

const ZERO_WIDTH_NAMES: Record<string, string> = {
  '\u200B': '零宽空格',
  '\u2060': '零宽连接符 WJ',
  '\uFEFF': '字节顺序标记 BOM',
};

export interface InvisibleFound {
  /** bidi: changes display order; zero-width: invisible text; control: not text at all. */
  kind: 'bidi' | 'zero-width' | 'control';
  /** e.g. U+202E */
  code: string;
  /** Chinese name, e.g. 从右到左覆盖 RLO. */
  name: string;
  /** 1-based position of the first one in the cell, counted in characters as Excel shows them. */
  position: number;
  /** How many such characters the cell holds. */
  count: number;
}

/** The first invisible or control character in a cell, or null. */
export function findInvisible(cell: string): InvisibleFound | null {
  const m = INVISIBLE.exec(cell);
  if (!m) return null;
  const ch = m[0];
  const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const position = Array.from(cell.slice(0, m.index)).length + 1;
  const count = cell.match(INVISIBLE_ALL)?.length ?? 1;
  const bidi = BIDI_NAMES[ch];
  if (bidi) return { kind: 'bidi', code, name: bidi, position, count };
  const zero = ZERO_WIDTH_NAMES[ch];
  if (zero) return { kind: 'zero-width', code, name: zero, position, count };
  return { kind: 'control', code, name: '控制字符', position, count };
}

/** The cell without its invisible characters (for ids, so a refused id causes no knock-on errors). */
export const withoutInvisible = (cell: string) => cell.replace(INVISIBLE_ALL, '');

/** The checker's message for a cell (or column name) holding such a character. */
export function invisibleMessage(found: InvisibleFound): MessageText {
  const where =
    found.count > 1
      ? `这一格共有 ${found.count} 个，第一个在第 ${found.position} 个字符处`
      : `在第 ${found.position} 个字符处`;
  const { code, name } = found;
  if (found.kind === 'bidi') return messageOf('invisibleBidi', { code, name, where });
  if (found.kind === 'zero-width') return messageOf('invisibleZeroWidth', { code, name, where });
  return messageOf('invisibleControl', { code, where });
}
