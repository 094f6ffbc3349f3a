/**
 * How the 四重 catalogue is laid out as pages. Up to INLINE_LIMIT items, /key-items/ lists them
 * all (with filters). Beyond that the list would grow without bound (the agency may track 10 000
 * items), so /key-items/ shows the kind × status table and each cell links to its own list,
 * /key-items/<kind>/<status>/, paginated PAGE_SIZE at a time (…/2/, …/3/). Every item is on
 * exactly one list page, so the build's cost grows with the number of items, not faster.
 */
import {
  KEY_ITEM_KIND,
  KEY_ITEM_STATUS,
  type KeyItemKind,
  type KeyItemStatus,
} from '../schemas/key-item.ts';
import { paginate, type PageSlice } from './paginate.ts';

export const KEY_ITEMS_PAGE_SIZE = 100;
export const KEY_ITEMS_INLINE_LIMIT = 200;

export const KINDS = Object.keys(KEY_ITEM_KIND) as KeyItemKind[];
export const STATUSES = Object.keys(KEY_ITEM_STATUS) as KeyItemStatus[];

interface Keyed {
  id: string;
  kind: KeyItemKind;
  status: KeyItemStatus;
}

/** Site path (without language prefix) of one page of a kind × status list. */
export function keyItemListPath(kind: KeyItemKind, status: KeyItemStatus, page = 1): string {
  return `/key-items/${kind}/${status}/${page > 1 ? `${page}/` : ''}`;
}

/** Items per kind and status, in catalogue (file) order. */
export function groupKeyItems<T extends Keyed>(items: readonly T[]) {
  const groups = new Map<string, T[]>();
  for (const kind of KINDS) for (const status of STATUSES) groups.set(`${kind}/${status}`, []);
  for (const item of items) groups.get(`${item.kind}/${item.status}`)?.push(item);
  return (kind: KeyItemKind, status: KeyItemStatus) => groups.get(`${kind}/${status}`) ?? [];
}

export interface KeyItemListPage<T> {
  kind: KeyItemKind;
  status: KeyItemStatus;
  slice: PageSlice<T>;
}

/** Every list page to build: each non-empty kind × status, paginated. */
export function keyItemListPages<T extends Keyed>(items: readonly T[]): KeyItemListPage<T>[] {
  const group = groupKeyItems(items);
  return KINDS.flatMap((kind) =>
    STATUSES.flatMap((status) => {
      const own = group(kind, status);
      return own.length
        ? paginate(own, KEY_ITEMS_PAGE_SIZE).map((slice) => ({ kind, status, slice }))
        : [];
    }),
  );
}
