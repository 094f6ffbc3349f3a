/**
 * The CJK font cut down to the characters of one SVG, for resvg (Node only).
 *
 * resvg spends ~20–40 ms of system time per text element when the font it draws with is the
 * 20 MB Noto Sans CJK collection, and about 1 ms when the font is a few kilobytes: a chart PNG
 * took ~1 s, most of a build's time. HarfBuzz's subsetter (harfbuzzjs, WebAssembly) keeps the
 * glyph outlines as they are, so the PNG drawn with the subset is byte-identical to the one drawn
 * with the whole collection (tested in test/chart-image.test.ts).
 *
 * The collection is read once per process; each subset is a pure function of the SVG's
 * characters. Where the font is not installed, or an SVG has a character the face does not
 * cover (resvg would then look through every system font), `subsetFontsFor` returns null and the
 * caller draws with the system fonts as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Debian's fonts-noto-cjk (installed by .ci/run): Regular and Bold collections. */
const COLLECTIONS = {
  regular: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  bold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
} as const;
/** Face 2 of each collection is Noto Sans CJK SC (JP, KR, SC, TC, HK, then the Mono faces). */
const SC_FACE = 2;
const HB_MEMORY_MODE_WRITABLE = 2;

interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

interface Face {
  face: number;
  /** The face's cmap: sorted [first, last] code point ranges. */
  covered: Array<[number, number]>;
}

interface Loaded {
  hb: HarfBuzz;
  regular: Face;
  bold: Face;
}

let loaded: Loaded | null | undefined;

function load(): Loaded | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  if (!existsSync(COLLECTIONS.regular) || !existsSync(COLLECTIONS.bold)) return loaded;
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
  const hb = instance.exports as unknown as HarfBuzz;
  hb._initialize();
  const face = (file: string): Face => {
    const bytes = readFileSync(file);
    const ptr = hb.malloc(bytes.byteLength);
    new Uint8Array(hb.memory.buffer).set(bytes, ptr);
    const blob = hb.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const handle = hb.hb_face_create(blob, SC_FACE);
    hb.hb_blob_destroy(blob);
    return { face: handle, covered: cmapRanges(bytes, SC_FACE) };
  };
  loaded = { hb, regular: face(COLLECTIONS.regular), bold: face(COLLECTIONS.bold) };
  return loaded;
}

/**
 * The code points face `index` of a font collection maps (its Unicode cmap, format 12), as
 * sorted ranges. The subsetting build of HarfBuzz has no hb_face_collect_unicodes.
 */
export function cmapRanges(font: Uint8Array, index: number): Array<[number, number]> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (at: number) => String.fromCharCode(...font.subarray(at, at + 4));
  const sfnt = tag(0) === 'ttcf' ? view.getUint32(12 + 4 * index) : 0;
  const tables = view.getUint16(sfnt + 4);
  let cmap = -1;
  for (let i = 0; i < tables; i++)
    if (tag(sfnt + 12 + 16 * i) === 'cmap') cmap = view.getUint32(sfnt + 12 + 16 * i + 8);
  if (cmap < 0) return [];
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    const sub = cmap + view.getUint32(record + 4);
    if (view.getUint16(sub) !== 12) continue;
    const ranges: Array<[number, number]> = [];
    for (let g = 0; g < view.getUint32(sub + 12); g++)
      ranges.push([view.getUint32(sub + 16 + 12 * g), view.getUint32(sub + 20 + 12 * g)]);
    return ranges.sort((a, b) => a[0] - b[0]);
  }
  return [];
}

function covers(ranges: ReadonlyArray<[number, number]>, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid]!;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every character an SVG can draw: its text between tags, entities decoded, controls left out. */
export function svgCharacters(svg: string): number[] {
  const text = svg
    .replace(/<[^>]*>/g, '')
    .replace(ENTITY, (_, hex: string, dec: string, name: string) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : NAMED[name.toLowerCase()]!,
    );
  const points = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20) points.add(cp);
  }
  return [...points].sort((a, b) => a - b);
}

function subset(hb: HarfBuzz, face: Face, points: readonly number[]): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail();
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const cp of points) hb.hb_set_add(unicodes, cp);
  const result = hb.hb_subset_or_fail(face.face, input);
  hb.hb_subset_input_destroy(input);
  if (result === 0) throw new Error('HarfBuzz could not subset Noto Sans CJK SC');
  const blob = hb.hb_face_reference_blob(result);
  const at = hb.hb_blob_get_data(blob, 0);
  const bytes = new Uint8Array(hb.memory.buffer).slice(at, at + hb.hb_blob_get_length(blob));
  hb.hb_blob_destroy(blob);
  hb.hb_face_destroy(result);
  return bytes;
}

export interface SubsetFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * Subsets made lately, by their characters, most recent last. A subset costs ~20 ms of the main
 * thread, and charts share their characters: one indicator's report charts from year to year, an
 * indicator's page chart and its download. Bounded, so a build holds at most this many (~60 KB each).
 */
const SUBSETS_KEPT = 256;
const kept = new Map<string, SubsetFonts>();

/**
 * Noto Sans CJK SC Regular and Bold holding only the SVG's characters, or null (font not
 * installed, or a character it does not cover: draw with the system fonts then). The bytes are
 * shared with other callers: read them, never change them.
 */
export function subsetFontsFor(svg: string): SubsetFonts | null {
  const fonts = load();
  if (!fonts) return null;
  const { hb, regular, bold } = fonts;
  const points = svgCharacters(svg);
  const key = points.join(',');
  const hit = kept.get(key);
  if (hit) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  if (points.some((cp) => !covers(regular.covered, cp) || !covers(bold.covered, cp))) return null;
  const made = { regular: subset(hb, regular, points), bold: subset(hb, bold, points) };
  kept.set(key, made);
  if (kept.size > SUBSETS_KEPT) kept.delete(kept.keys().next().value!);
  return made;
}
