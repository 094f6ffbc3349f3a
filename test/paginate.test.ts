import { describe, expect, it } from 'vitest';
import { paginate, pagerWindow } from '../src/lib/paginate.ts';
import { keyItemListPages, keyItemListPath } from '../src/lib/key-item-pages.ts';

describe('paginate', () => {
  it('paginate: 250 items in pages of 100 → 100, 100, 50 with 1-based positions', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const pages = paginate(items, 100);
    expect(pages.map((p) => [p.page, p.pages, p.items.length, p.from, p.to, p.total])).toEqual([
      [1, 3, 100, 1, 100, 250],
      [2, 3, 100, 101, 200, 250],
      [3, 3, 50, 201, 250, 250],
    ]);
    expect(pages[2]?.items[0]).toBe(200);
  });

  it('paginate: an empty list is one empty page; an exact multiple has no empty last page', () => {
    expect(paginate([], 10)).toEqual([{ items: [], page: 1, pages: 1, total: 0, from: 0, to: 0 }]);
    expect(paginate([1, 2, 3, 4], 2).map((p) => p.items)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('paginate: refuses a page size below 1', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});

describe('pagerWindow', () => {
  it('pagerWindow: first, last, current ± 2, gaps where numbers are left out', () => {
    expect(pagerWindow(7, 20)).toEqual([1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]);
    expect(pagerWindow(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pagerWindow(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });

  it('pagerWindow: a gap of one number shows the number instead; few pages show all', () => {
    expect(pagerWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
    expect(pagerWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pagerWindow(1, 1)).toEqual([1]);
  });
});

describe('keyItemListPages', () => {
  const items = Array.from({ length: 450 }, (_, n) => ({
    id: `K${n}`,
    kind: (['region', 'platform', 'project', 'product'] as const)[n % 4] ?? 'region',
    status: n < 440 ? ('listed' as const) : ('removed' as const),
  }));

  it('keyItemListPages: each non-empty kind × status, 100 per page; every item on exactly one page', () => {
    const pages = keyItemListPages(items);
    // 440 listed: 110 per kind → 2 pages each; 10 removed: 3/3/2/2 → 1 page each.
    expect(
      pages.map((p) => `${p.kind}/${p.status}/${p.slice.page}:${p.slice.items.length}`),
    ).toEqual([
      'region/listed/1:100',
      'region/listed/2:10',
      'region/removed/1:3',
      'platform/listed/1:100',
      'platform/listed/2:10',
      'platform/removed/1:3',
      'project/listed/1:100',
      'project/listed/2:10',
      'project/removed/1:2',
      'product/listed/1:100',
      'product/listed/2:10',
      'product/removed/1:2',
    ]);
    const ids = pages.flatMap((p) => p.slice.items.map((i) => i.id));
    expect(ids.length).toBe(450);
    expect(new Set(ids).size).toBe(450);
  });

  it('keyItemListPath: page 1 is the list address, later pages a numbered folder', () => {
    expect(keyItemListPath('project', 'listed')).toBe('/key-items/project/listed/');
    expect(keyItemListPath('project', 'listed', 1)).toBe('/key-items/project/listed/');
    expect(keyItemListPath('product', 'removed', 3)).toBe('/key-items/product/removed/3/');
  });
});
