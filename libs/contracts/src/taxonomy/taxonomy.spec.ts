import { HS_CHAPTERS } from './hs-chapters';
import { JOINT_VENTURE_SECTORS, PRIORITY_SECTORS, SECTORS } from './sectors';

describe('reference data', () => {
  it('lists all 97 HS chapters, 01 to 97, in order and without gaps', () => {
    expect(HS_CHAPTERS.map((chapter) => chapter.code)).toEqual(
      Array.from({ length: 97 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    expect(HS_CHAPTERS.every((chapter) => chapter.name.length > 3)).toBe(true);
  });

  it('has the chamber report’s priority and joint-venture sectors', () => {
    const codes = SECTORS.map((sector) => sector.code);
    expect(codes).toEqual(expect.arrayContaining([...PRIORITY_SECTORS, ...JOINT_VENTURE_SECTORS]));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every sector ISIC Rev.4 divisions (two digits, 01–99) and known HS chapters', () => {
    const chapters = new Set<string>(HS_CHAPTERS.map((chapter) => chapter.code));
    for (const sector of SECTORS) {
      expect(sector.isic.length).toBeGreaterThan(0);
      sector.isic.forEach((division) => expect(division).toMatch(/^(0[1-9]|[1-9]\d)$/));
      sector.hs.forEach((chapter) => expect(chapters.has(chapter)).toBe(true));
      sector.inputs.forEach((chapter: string) => expect(chapters.has(chapter)).toBe(true));
      // An input is something bought besides the sector's own goods, never one of them again.
      expect(
        sector.inputs.filter((chapter: string) =>
          (sector.hs as readonly string[]).includes(chapter),
        ),
      ).toEqual([]);
    }
  });
});
