import { comesAfter, compareRankKeys } from './rank-key';

describe('rank keys', () => {
  it.each([
    [{ score: 80, id: 'b' }, { score: 70, id: 'a' }, -10],
    [{ score: 70, id: 'a' }, { score: 80, id: 'b' }, 10],
    [{ score: 70, id: 'a' }, { score: 70, id: 'b' }, -1],
    [{ score: 70, id: 'b' }, { score: 70, id: 'a' }, 1],
    [{ score: 70, id: 'a' }, { score: 70, id: 'a' }, 0],
    // Code-point order, as Postgres orders lower-case uuid text: digits before letters.
    [{ score: 5, id: '9f' }, { score: 5, id: 'a0' }, -1],
  ])('compare %j with %j: %d (score descending, then id ascending)', (left, right, expected) => {
    expect(compareRankKeys(left, right)).toBe(expected);
  });

  it('puts everything after no cursor, and only later keys after a cursor', () => {
    const cursor = { score: 70, id: 'm' };
    expect(comesAfter({ score: 0, id: 'a' }, null)).toBe(true);
    expect(comesAfter({ score: 69, id: 'a' }, cursor)).toBe(true);
    expect(comesAfter({ score: 70, id: 'n' }, cursor)).toBe(true);
    expect(comesAfter({ score: 70, id: 'm' }, cursor)).toBe(false);
    expect(comesAfter({ score: 70, id: 'l' }, cursor)).toBe(false);
    expect(comesAfter({ score: 71, id: 'z' }, cursor)).toBe(false);
  });
});
