/**
 * The monitoring report as a list of blocks — headings, paragraphs, tables, charts — built once
 * (src/lib/report/model.ts) and rendered three ways: the web page (ReportBlocks.astro), its print
 * (the PDF) and the Word file (src/lib/report/docx.ts). So the three always say the same thing.
 */
import type { Status } from '../progress.ts';
import type {
  CommentaryRow,
  CommentaryScope,
  CommentarySection,
} from '../../schemas/commentary.ts';
import type { Lang } from '../../i18n/ui.ts';
import { REPORT_UI, headingNumber as headingNumberOf } from '../../i18n/report.ts';
import { twinValue } from '../../i18n/twin.ts';

/** A table cell: text, or a status (shown as a badge on the web, symbol and word in Word). */
export type Cell = string | { status: Status; text: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; number: string; text: string; id: string }
  | { kind: 'para'; text: string; tone?: 'commentary' | 'note' }
  /** A section the office has not written yet (draft plans only; an issued report leaves it out). */
  | { kind: 'awaiting'; text: string }
  | {
      kind: 'table';
      caption: string;
      head: string[];
      rows: Cell[][];
      /** Columns holding numbers (right-aligned). */
      numeric?: number[];
      /** Relative column widths (sum 100), so Word and print lay the table out the same. */
      widths?: number[];
    }
  | { kind: 'chart'; id: string; title: string; subtitle: string; status: Status; label: string }
  /** The annexes start on a new page in print and in Word. */
  | { kind: 'page-break' };

/** The office's paragraphs for one key, in file order; a cell's line breaks start new paragraphs. */
export function commentaryText(
  rows: readonly CommentaryRow[],
  key: { year: number; scope: CommentaryScope; ref: string | null; section: CommentarySection },
  lang: Lang,
): string[] {
  return rows
    .filter(
      (r) =>
        r.year === key.year &&
        r.scope === key.scope &&
        (r.ref_id ?? null) === key.ref &&
        r.section === key.section,
    )
    .flatMap((r) => {
      // An untranslated English text is the Chinese, marked as such.
      const text = twinValue(
        r.text_zh,
        r.text_en ?? `${REPORT_UI.en.untranslated}${r.text_zh}`,
        lang,
      );
      return text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    });
}

/** Paragraph blocks for the texts, or — for a draft plan — a placeholder naming what is awaited. */
export function commentaryBlocks(texts: string[], awaiting: string | null): Block[] {
  if (texts.length) return texts.map((text) => ({ kind: 'para', text, tone: 'commentary' }));
  return awaiting === null ? [] : [{ kind: 'awaiting', text: awaiting }];
}

/** Numbers the headings (一、（一）1.) as they are added, with stable anchor ids. */
export class Outline {
  private path: number[] = [];
  readonly blocks: Block[] = [];
  private readonly lang: Lang;
  constructor(lang: Lang) {
    this.lang = lang;
  }

  heading(level: 1 | 2 | 3, text: string, numbered = true): void {
    this.path = this.path.slice(0, level);
    while (this.path.length < level) this.path.push(0);
    this.path[level - 1] = (this.path[level - 1] ?? 0) + 1;
    const number = numbered ? headingNumberOf(this.lang, this.path) : '';
    this.blocks.push({ kind: 'heading', level, number, text, id: `s${this.path.join('-')}` });
  }

  /** An unnumbered level-1 heading (the annexes), anchored by `id`. */
  annex(text: string, id: string): void {
    this.path = [99];
    this.blocks.push({ kind: 'heading', level: 1, number: '', text, id });
  }

  add(...blocks: Block[]): void {
    this.blocks.push(...blocks);
  }
}
