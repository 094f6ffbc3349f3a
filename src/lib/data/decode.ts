/**
 * Bytes → text. CSV files must be UTF-8 (a BOM is fine). Excel's plain “CSV” on a Chinese
 * Windows saves GBK/GB18030, which would show as mojibake if read as UTF-8: such a file is refused
 * with instructions, never guessed at.
 */
export type Decoded =
  { ok: true; text: string } | { ok: false; message: string; fix: string; en: string };

const SAVE_AS_UTF8 =
  'Excel：文件 → 另存为 → 保存类型选“CSV UTF-8（逗号分隔）(*.csv)”；WPS：文件 → 另存为 → 选 CSV，编码选 UTF-8。然后重新提交这个文件。';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeCsv(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return {
      ok: false,
      message: '这是 Excel 工作簿（.xlsx），不是 CSV 文本文件。',
      fix: SAVE_AS_UTF8,
      en: 'file is an .xlsx workbook, not CSV',
    };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return {
      ok: false,
      message: '文件是 UTF-16 编码（Excel“Unicode 文本”格式），不是 UTF-8 的 CSV。',
      fix: SAVE_AS_UTF8,
      en: 'file is UTF-16; save as UTF-8 CSV',
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const sample =
      new TextDecoder('gb18030').decode(bytes.subarray(0, 400)).split(/\r?\n/)[0] ?? '';
    const looksChinese = /[\u4e00-\u9fff]/.test(sample) || /^[\x20-\x7e,]+$/.test(sample);
    return {
      ok: false,
      message: looksChinese
        ? '文件不是 UTF-8 编码，看起来是 GBK/GB18030（Excel 另存为普通“CSV（逗号分隔）”时的默认编码）。按 UTF-8 读取会变成乱码，因此没有读取。'
        : '文件不是 UTF-8 编码，无法读取。',
      fix: SAVE_AS_UTF8,
      en: 'file is not valid UTF-8 (looks like GBK/GB18030)',
    };
  }
  if (text.includes('\u0000'))
    return {
      ok: false,
      message: '文件中含有空字符（NUL），不是正常的文本文件。',
      fix: SAVE_AS_UTF8,
      en: 'file contains NUL bytes',
    };
  return { ok: true, text };
}
