import { findNulCharacter } from './nul-characters';

describe('findNulCharacter', () => {
  it.each([
    [{ name: 'ok', tags: ['a', 'b'] }, null],
    [{ name: 'a\u0000b' }, 'name'],
    [{ certifications: ['ISO 9001', 'ISO\u00009001'] }, 'certifications'],
    [{ contact: { phone: '+92\u0000' } }, 'contact.phone'],
    ['\u0000', 'body'],
    [42, null],
  ])('%p → %p', (payload, expected) => {
    expect(findNulCharacter(payload)).toBe(expected);
  });
});
