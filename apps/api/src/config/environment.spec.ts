import { randomBytes } from 'node:crypto';
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
      validateEnvironment({
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(48).toString('base64'),
        SMTP_URL: 'smtp://mail.example.com:587',
      }),
    ).not.toThrow();
  });

  it('refuses production without SMTP_URL, naming the variable', () => {
    expect(() =>
      validateEnvironment({
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(48).toString('base64'),
      }),
    ).toThrow(/SMTP_URL: required when NODE_ENV=production/);
  });

  it('refuses a mail server that is not smtp:// and a malformed MAIL_FROM', () => {
    expect(() => validateEnvironment({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL:/);
    expect(() => validateEnvironment({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM:/);
    expect(validateEnvironment({ MAIL_FROM: 'Chamber <mail@example.com>' }).MAIL_FROM).toBe(
      'Chamber <mail@example.com>',
    );
    expect(() => validateEnvironment({ CHAMBER_CONTACT_EMAIL: 'Desk <a@b.c>' })).toThrow(
      /CHAMBER_CONTACT_EMAIL:/,
    );
    expect(
      validateEnvironment({ CHAMBER_CONTACT_EMAIL: 'desk@jcc.az' }).CHAMBER_CONTACT_EMAIL,
    ).toBe('desk@jcc.az');
  });

  it.each([
    ['the old docker-compose default', 'change-me-to-a-long-random-secret-of-32-chars'],
    ['the test suite secret', 'test-secret-that-is-long-enough-for-hs256-signing'],
    ['a placeholder word', 'replace-me-with-something-long-enough-1234567890'],
    ['a repeated character', 'x'.repeat(40)],
    ['31 random characters', randomBytes(48).toString('base64').slice(0, 31)],
  ])('refuses production with %s as JWT_SECRET', (_title, secret) => {
    expect(() =>
      validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: secret, SMTP_URL: 'smtp://x:25' }),
    ).toThrow(/JWT_SECRET:/);
  });

  it('reads TRUST_PROXY as given', () => {
    expect(validateEnvironment({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
    expect(() => validateEnvironment({ TRUST_PROXY: 'yes please!' })).toThrow(/TRUST_PROXY:/);
  });
});
