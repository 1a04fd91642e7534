import { toPgArrayLiteral } from './pg-array-literal';

describe('toPgArrayLiteral', () => {
  it('writes an empty array', () => {
    expect(toPgArrayLiteral([])).toBe('{}');
  });

  it('quotes every element so that NULL, blanks and separators stay text', () => {
    expect(toPgArrayLiteral(['a', '', 'NULL', 'x, y', '{z}', ' pad '])).toBe(
      '{"a","","NULL","x, y","{z}"," pad "}',
    );
  });

  it('escapes double quotes and backslashes only', () => {
    expect(toPgArrayLiteral(['say "hi"', 'C:\\dir', "D'Souza", 'Gəncə'])).toBe(
      '{"say \\"hi\\"","C:\\\\dir","D\'Souza","Gəncə"}',
    );
  });
});
