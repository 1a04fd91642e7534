import { decodeCursor } from './cursor';
import { keysetPage } from './keyset-page';

const rows = Array.from({ length: 5 }, (_, index) => ({ id: String(index) }));
const options = {
  items: (page: { id: string }[]) => page.map((row) => row.id),
  key: (row: { id: string }) => ({ id: row.id }),
};

describe('keysetPage', () => {
  it('asks for one row more than the page and turns the last row of the page into the cursor', async () => {
    const asked: number[] = [];
    const page = await keysetPage(
      { limit: 2 },
      (limit) => {
        asked.push(limit);
        return Promise.resolve(rows.slice(0, limit));
      },
      options,
    );
    expect(asked).toEqual([3]);
    expect(page.items).toEqual(['0', '1']);
    expect(decodeCursor(page.nextCursor ?? '', { id: () => true })).toEqual({ id: '1' });
  });

  it('has no next page when the extra row is not there', async () => {
    const page = await keysetPage(
      { limit: 5 },
      (limit) => Promise.resolve(rows.slice(0, limit)),
      options,
    );
    expect(page).toEqual({ items: ['0', '1', '2', '3', '4'], nextCursor: null });
  });

  it('uses the default page size without a limit', async () => {
    const asked: number[] = [];
    await keysetPage(
      {},
      (limit) => {
        asked.push(limit);
        return Promise.resolve([]);
      },
      options,
    );
    expect(asked).toEqual([21]);
  });
});
