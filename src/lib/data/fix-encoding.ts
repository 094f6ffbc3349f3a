/**
 * data:fix's encoding step: read a file as UTF-8 (keeping a BOM) or, failing that, as GB18030
 * (Excel's plain “CSV” on a Chinese Windows), and write text back as UTF-8.
 */

export type Decoded =
  { ok: true; text: string; bom: boolean; converted: boolean } | { ok: false; note: string };

const UNREADABLE =
  '不是 UTF-8，也不能按 GB18030 读取（可能是 .xlsx 工作簿或 UTF-16“Unicode 文本”），没有修改：请在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”。';

export function decode(bytes: Uint8Array): Decoded {
  const starts = (prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xff, 0xfe]) || starts([0xfe, 0xff]))
    return { ok: false, note: UNREADABLE };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const bom = text.startsWith('\uFEFF');
    return { ok: true, text: bom ? text.slice(1) : text, bom, converted: false };
  } catch {
    // Not UTF-8. GB18030 covers GBK; a byte sequence it cannot map becomes U+FFFD.
    const text = new TextDecoder('gb18030').decode(bytes);
    if (text.includes('\uFFFD') || text.includes('\u0000')) return { ok: false, note: UNREADABLE };
    return { ok: true, text: text.replace(/^\uFEFF/, ''), bom: false, converted: true };
  }
}

const BOM_BYTES = [0xef, 0xbb, 0xbf];

export function encode(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + BOM_BYTES.length);
  out.set(BOM_BYTES);
  out.set(body, BOM_BYTES.length);
  return out;
}
