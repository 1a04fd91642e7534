import { csvLine, escapeCsvCell } from './csv-cell';

describe('escapeCsvCell', () => {
  it.each([
    ['=cmd|" /C calc"!A0', `"'=cmd|"" /C calc""!A0"`],
    ['+994 12 555 55 55', `'+994 12 555 55 55`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `"'\r=1+1"`],
    ['Crescent, Sports', '"Crescent, Sports"'],
    ['plain', 'plain'],
    [null, ''],
  ])('%p → %p', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });

  it('joins cells into one CRLF-terminated line', () => {
    expect(csvLine(['a', 1, null, '=x'])).toBe(`a,1,,'=x\r\n`);
  });
});
