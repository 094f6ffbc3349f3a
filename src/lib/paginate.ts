/**
 * Pagination for lists that grow without bound (the 四重 catalogue may reach 10 000 items): fixed
 * pages, and the page numbers a pager shows. Pure.
 */

export interface PageSlice<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  pages: number;
  total: number;
  /** 1-based position of the first and last item on this page (0 and 0 when empty). */
  from: number;
  to: number;
}

/** Split `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): PageSlice<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      items: slice,
      page: i + 1,
      pages,
      total: items.length,
      from: slice.length ? i * size + 1 : 0,
      to: i * size + slice.length,
    };
  });
}

/**
 * The page numbers a pager lists: always the first and last, the current one with `radius`
 * neighbours each side, and 'gap' where numbers are left out. E.g. page 7 of 20, radius 2:
 * 1 … 5 6 7 8 9 … 20.
 */
export function pagerWindow(page: number, pages: number, radius = 2): (number | 'gap')[] {
  const shown = new Set<number>([1, pages]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && p - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && p - last > 2) out.push('gap');
    out.push(p);
  }
  return out;
}
