import type { Page } from '@jcc/contracts';
import { DEFAULT_PAGE_SIZE, encodeCursor } from './cursor';

export interface KeysetPageOptions<R, T> {
  /** The page's rows as the answer shows them. */
  items: (rows: R[]) => T[] | Promise<T[]>;
  /** The sort key of a row, which becomes the next page's cursor. */
  key: (row: R) => Record<string, string>;
}

/**
 * One page of a keyset-paginated list: asks for one row more than the page, and that row's
 * presence is what says a next page exists; its cursor is the key of the page's last row.
 */
export async function keysetPage<R, T>(
  query: { limit?: number },
  fetch: (limitPlusOne: number) => Promise<R[]>,
  { items, key }: KeysetPageOptions<R, T>,
): Promise<Page<T>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const rows = await fetch(limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: await items(page),
    nextCursor: rows.length > limit ? encodeCursor(key(page[page.length - 1])) : null,
  };
}
