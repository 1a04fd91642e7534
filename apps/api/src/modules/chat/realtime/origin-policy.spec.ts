import { isOriginAllowed } from './origin-policy';

describe('isOriginAllowed', () => {
  const allowed = ['https://chamber.example'];

  it.each([
    [undefined, 'api.example', true],
    ['https://chamber.example', 'api.example', true],
    ['http://localhost:3000', 'localhost:3000', true],
    ['https://evil.example', 'api.example', false],
    ['https://evil.example', undefined, false],
    ['null', 'api.example', false],
    ['not a url', 'api.example', false],
  ])('origin %s on host %s → %s', (origin, host, expected) => {
    expect(isOriginAllowed(origin, host, allowed)).toBe(expected);
  });
});
