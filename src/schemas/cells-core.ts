/**
 * The base of every cell builder (cells-*.ts): how a cell reports a problem, how a value is shown
 * in a message, the Excel clean-ups every builder shares (full-width → ASCII, trimming), and the
 * kind each builder declares for its column (FileSpec `kinds`, read by data:fix and the loader).
 */
import { z } from 'zod';

/** Extra facts an issue carries besides its message. */
export interface IssueParams {
  fix: string;
  en: string;
}

export type Ctx = z.core.$RefinementCtx<string>;

/** Report one problem with a cell. */
export function fail(ctx: Ctx, value: string, message: string, fix: string, en: string): never {
  ctx.issues.push({ code: 'custom', message, input: value, params: { fix, en } });
  return z.NEVER as never;
}

/** A value on one line: a line break in a cell must not break the message it is quoted in. */
export function oneLine(value: string): string {
  return value.replace(/\r\n|\r|\n/g, '⏎');
}

/** Show a cell's value in a message, shortened so a 10 000-character cell stays readable. */
export function quote(value: string): string {
  const chars = Array.from(value);
  const shown = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value;
  return `“${oneLine(shown)}”`;
}

const FULL_WIDTH: Record<string, string> = {
  '．': '.',
  '，': ',',
  '－': '-',
  '＋': '+',
  '％': '%',
  '\u3000': ' ',
};

/** Full-width digits and signs (typed with a Chinese IME) become their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．，－＋％\u3000]/g, (c) => FULL_WIDTH[c] ?? c);
}

/** Trim ASCII, full-width and non-breaking spaces. */
export function trimCell(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}

/** What a column holds, as its cell builder declares it. */
export type CellKind =
  'number' | 'integer' | 'text' | 'id' | 'ref' | 'enum' | 'boolean' | 'date' | 'month-day' | 'url';

const KINDS = new WeakMap<object, CellKind>();

/** Mark a builder's schema with its kind (every builder in cells-*.ts does). */
export function withKind<S extends z.ZodType>(kind: CellKind, schema: S): S {
  KINDS.set(schema, kind);
  return schema;
}

/**
 * The kind of a column's schema: the builder's mark, looked up through the wrappers a row schema
 * adds (`.transform(...)` is a pipe whose input is the builder, `.default(null)` wraps it).
 */
export function cellKind(schema: z.ZodType | undefined): CellKind | undefined {
  let s: unknown = schema;
  for (let depth = 0; s && depth < 10; depth++) {
    const kind = KINDS.get(s);
    if (kind) return kind;
    const def = (s as { _zod?: { def?: { in?: unknown; innerType?: unknown } } })._zod?.def;
    s = def?.in ?? def?.innerType;
  }
  return undefined;
}

/** The message, fix and English line a builder reports for a blank cell that is required. */
export type BlankIssue = readonly [message: string, fix: string, en: string];

/**
 * A builder's transform on the trimmed cell: blank → null, or the `blank` issue when the cell is
 * required (`blank` not null); anything else → `parse(value, raw, ctx)`.
 */
export function trimmedCell<T, B extends BlankIssue | null>(
  kind: CellKind,
  blank: B,
  parse: (value: string, raw: string, ctx: Ctx) => T,
) {
  return withKind(
    kind,
    z.string().transform((raw, ctx): B extends null ? T | null : T => {
      const value = trimCell(raw);
      const required: BlankIssue | null = blank;
      if (value === '') return (required ? fail(ctx, raw, ...required) : null) as never;
      return parse(value, raw, ctx) as never;
    }),
  );
}
