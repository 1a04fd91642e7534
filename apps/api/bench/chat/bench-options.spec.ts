import { parseBenchOptions } from './bench-options';

describe('parseBenchOptions', () => {
  it('has the issue’s defaults', () => {
    expect(parseBenchOptions([])).toEqual({ clients: 500, duration: 30, rate: 1 });
  });

  it('reads both flag forms', () => {
    expect(parseBenchOptions(['--clients', '20', '--duration=5', '--rate', '2'])).toEqual({
      clients: 20,
      duration: 5,
      rate: 2,
    });
  });

  it.each([
    ['--clients', '7'],
    ['--clients', 'many'],
    ['--duration', '0'],
    ['--speed', '1'],
    ['extra'],
  ])('refuses %s %s', (...argv) => {
    expect(() => parseBenchOptions(argv)).toThrow(/Usage/);
  });
});
