import { NameRegistry } from './name-registry';

describe('NameRegistry', () => {
  const numbered = (n: number): string => `Star Textiles ${n} (Pvt) Ltd`;

  it('hands out the first free candidate', () => {
    const registry = new NameRegistry();
    expect(registry.claim(['A', 'B'], numbered)).toBe('A');
    expect(registry.claim(['A', 'B'], numbered)).toBe('B');
    expect(registry.has('A')).toBe(true);
    expect(registry.size).toBe(2);
  });

  it('numbers a name only when every candidate is taken', () => {
    const registry = new NameRegistry();
    registry.claim(['Star Textiles (Pvt) Ltd'], numbered);
    expect(registry.claim(['Star Textiles (Pvt) Ltd'], numbered)).toBe('Star Textiles 2 (Pvt) Ltd');
    expect(registry.claim(['Star Textiles (Pvt) Ltd'], numbered)).toBe('Star Textiles 3 (Pvt) Ltd');
  });

  it('skips numbers that are already taken as plain names', () => {
    const registry = new NameRegistry();
    registry.claim(['Star Textiles (Pvt) Ltd'], numbered);
    registry.claim(['Star Textiles 2 (Pvt) Ltd'], numbered);
    expect(registry.claim(['Star Textiles (Pvt) Ltd'], numbered)).toBe('Star Textiles 3 (Pvt) Ltd');
  });
});
