import { validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('fills defaults for a new machine', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers and booleans from strings', () => {
    const env = validateEnvironment({ PORT: '8080', SEED_DEMO_DATA: 'false' });
    expect(env.PORT).toBe(8080);
    expect(env.SEED_DEMO_DATA).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %p naming the variable', (raw, name) => {
    expect(() => validateEnvironment(raw)).toThrow(new RegExp(`${name}:`));
  });

  it('refuses production without a JWT secret', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required/);
    expect(() =>
      validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }),
    ).not.toThrow();
  });
});
