import { toPrefixTsQuery } from './search-query';

describe('toPrefixTsQuery', () => {
  it.each([
    ['Sialkot surgical', 'Sialkot:* & surgical:*'],
    ['  GƏNCƏ  aqro ', 'GƏNCƏ:* & aqro:*'],
    ['İpək', 'İpək:*'],
    ['I\u0307pək', 'İpək:*'],
    ["O'Reilly & (x | !y)", 'O:* & Reilly:* & x:* & y:*'],
    ['ISO-9001', 'ISO:* & 9001:*'],
  ])('%p → %p', (input, expected) => {
    expect(toPrefixTsQuery(input)).toBe(expected);
  });

  it('ignores text without letters or digits', () => {
    expect(toPrefixTsQuery(' !&| ')).toBeUndefined();
  });

  it('keeps at most ten words', () => {
    expect(toPrefixTsQuery('a b c d e f g h i j k l')?.split(' & ')).toHaveLength(10);
  });
});
