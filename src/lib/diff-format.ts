/**
 * Changes to a file's bytes that change no data: an Excel or WPS re-save adds a BOM and turns
 * every line end into CRLF, so git shows every line changed although not one value did. The PR
 * comment says “仅格式变化，数据未变” for such a file instead of listing nothing or everything.
 */

export interface FormatChange {
  file: string;
  /** What differs, in Chinese, e.g. `添加了 BOM`, `换行符由 LF 改为 CRLF`. */
  what_zh: string[];
}

const BOM = [0xef, 0xbb, 0xbf];

function hasBom(b: Uint8Array): boolean {
  return BOM.every((x, i) => b[i] === x);
}

function lineEnds(b: Uint8Array): 'CRLF' | 'LF' | '无' | '混合' {
  let crlf = 0;
  let lf = 0;
  for (let i = 0; i < b.length; i++)
    if (b[i] === 0x0a) {
      if (i > 0 && b[i - 1] === 0x0d) crlf++;
      else lf++;
    }
  if (crlf && lf) return '混合';
  return crlf ? 'CRLF' : lf ? 'LF' : '无';
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Files present on both sides whose bytes differ while their data does not (`changedData` lists
 * the files whose rows differ). Pure: both sides as { file name: bytes }.
 */
export function formatOnlyChanges(
  base: Readonly<Record<string, Uint8Array | undefined>>,
  head: Readonly<Record<string, Uint8Array | undefined>>,
  changedData: ReadonlySet<string>,
): FormatChange[] {
  const out: FormatChange[] = [];
  for (const file of Object.keys(head).sort()) {
    const a = base[file];
    const b = head[file];
    if (!a || !b || changedData.has(file) || sameBytes(a, b)) continue;
    const what: string[] = [];
    if (hasBom(a) !== hasBom(b)) what.push(hasBom(b) ? '添加了 BOM' : '去掉了 BOM');
    const ea = lineEnds(a);
    const eb = lineEnds(b);
    if (ea !== eb) what.push(`换行符由 ${ea} 改为 ${eb}`);
    if (what.length === 0) what.push('引号、空格或数字写法有变化');
    out.push({ file, what_zh: what });
  }
  return out;
}
