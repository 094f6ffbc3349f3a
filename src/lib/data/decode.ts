/**
 * Bytes → text. CSV files must be UTF-8 (a BOM is fine). Excel's plain “CSV” on a Chinese
 * Windows saves GBK/GB18030, which would show as mojibake if read as UTF-8: such a file is refused
 * with instructions, never guessed at. A UTF-8 file with a few bad bytes (a row pasted from
 * elsewhere, a damaged copy) or a stray NUL is refused at the row and cell where it happens.
 */
import { endOf } from './csv.ts';
import { messageOf } from './messages.ts';

export type Decoded =
  | { ok: true; text: string }
  | {
      ok: false;
      message: string;
      fix: string;
      en: string;
      /** Row (header = 1) and column of the first bad byte; absent when the whole file is at fault. */
      line?: number;
      column?: number;
    };

const UTF16 = { ok: false, ...messageOf('utf16File') } as const;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes without error, leaving an incomplete sequence at the very end for later. */
function validPrefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Bytes in a UTF-8 sequence that starts with `lead` (0 if it can't start one). */
const sequenceLength = (lead: number) =>
  lead >= 0xc2 && lead <= 0xdf
    ? 2
    : lead >= 0xe0 && lead <= 0xef
      ? 3
      : lead >= 0xf0 && lead <= 0xf4
        ? 4
        : 0;

/** Index of the first byte of the first invalid UTF-8 sequence (the file is known to have one). */
function firstInvalidByte(bytes: Uint8Array): number {
  // Bisection on “this prefix decodes”: true for 0 bytes, false (or incomplete) for the file.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (validPrefix(bytes.subarray(0, mid))) lo = mid;
    else hi = mid;
  }
  const at = hi - 1; // the byte at which decoding gave up
  // If it gave up because a multi-byte sequence started just before was cut short, that
  // sequence's lead byte is the culprit.
  let j = at - 1;
  while (j >= 0 && j >= at - 3 && (bytes[j] ?? 0) >= 0x80 && (bytes[j] ?? 0) <= 0xbf) j--;
  const len = j >= 0 ? sequenceLength(bytes[j] ?? 0) : 0;
  return len > 0 && j + len > at ? j : at;
}

/** Where in Excel's terms a byte offset (or a character offset of decoded text) falls. */
function locateByte(bytes: Uint8Array, offset: number) {
  return endOf(new TextDecoder('utf-8').decode(bytes.subarray(0, offset)));
}

/** Invalid UTF-8 sequences, and characters beyond ASCII that did decode. */
function utf8Census(bytes: Uint8Array): { invalid: number; valid: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  let genuine = 0; // U+FFFD written in the file itself (EF BF BD)
  for (let i = 0; i + 2 < bytes.length; i++)
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) genuine++;
  let replaced = 0;
  let valid = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') replaced++;
    else if (ch > '\u007f' && ch !== '\uFEFF') valid++;
  }
  return { invalid: replaced - genuine, valid: valid + genuine };
}

export function decodeCsv(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { ok: false, ...messageOf('xlsxFile') };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return UTF16;
  let zeros = 0;
  for (const b of bytes) if (b === 0) zeros++;
  // UTF-16 without a BOM: every other byte of Latin text is 0.
  if (bytes.length >= 4 && zeros * 4 > bytes.length) return UTF16;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const { invalid, valid } = utf8Census(bytes);
    // A legacy-encoded file has bad sequences throughout and (almost) nothing that decodes.
    if (invalid >= 2 && valid < invalid) {
      const sample =
        new TextDecoder('gb18030').decode(bytes.subarray(0, 400)).split(/\r?\n/)[0] ?? '';
      const looksChinese = /[\u4e00-\u9fff]/.test(sample) || /^[\x20-\x7e,]+$/.test(sample);
      return { ok: false, ...messageOf('notUtf8', { looksChinese }) };
    }
    const at = firstInvalidByte(bytes);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      ...messageOf('badByte', { hex, invalid }),
      ...locateByte(bytes, at),
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const count = text.split('\u0000').length - 1;
    return { ok: false, ...messageOf('nulChar', { count }), ...endOf(text.slice(0, nul)) };
  }
  return { ok: true, text };
}
