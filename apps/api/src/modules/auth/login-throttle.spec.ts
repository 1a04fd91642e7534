import { RateLimitStore } from '../../common/rate-limits/rate-limit-store';
import type { AppConfig } from '../../config/app-config';
import { validateEnvironment } from '../../config/environment';
import { LoginThrottle } from './login-throttle';

/** In memory (no REDIS_URL); the shared Redis counter is exercised by test/shared-limits. */
describe('LoginThrottle', () => {
  const config = { env: validateEnvironment({ LOGIN_ATTEMPTS_PER_MINUTE: '3' }) } as AppConfig;
  const throttle = () => new LoginThrottle(config, new RateLimitStore(config));

  it('blocks an e-mail after three failures from any address, case-insensitively', async () => {
    const t = throttle();
    await t.failed('a@x.test', '10.0.0.1');
    await t.failed('A@x.test', '10.0.0.2');
    await t.failed('a@x.test ', '10.0.0.3');
    await expect(t.check('a@x.test', '10.0.0.4')).rejects.toThrow(/Too many sign-in attempts/);
  });

  it('blocks an address after three failures across e-mails, not another address', async () => {
    const t = throttle();
    for (const name of ['a', 'b', 'c']) {
      await t.failed(`${name}@x.test`, '10.0.0.9');
    }
    await expect(t.check('d@x.test', '10.0.0.9')).rejects.toThrow();
    await expect(t.check('d@x.test', '10.0.0.10')).resolves.toBeUndefined();
  });

  it('does not count successful sign-ins: colleagues behind one address never lock each other out', async () => {
    const t = throttle();
    for (let i = 0; i < 10; i += 1) {
      await t.check(`colleague-${i}@x.test`, '10.0.0.20');
      await t.succeeded(`colleague-${i}@x.test`);
    }
    await expect(t.check('colleague-10@x.test', '10.0.0.20')).resolves.toBeUndefined();
  });

  it('a correct password clears the e-mail’s misses', async () => {
    const t = throttle();
    await t.failed('b@x.test', '10.0.0.1');
    await t.failed('b@x.test', '10.0.0.2');
    await t.succeeded('b@x.test');
    await t.failed('b@x.test', '10.0.0.3');
    await expect(t.check('b@x.test', '10.0.0.4')).resolves.toBeUndefined();
  });
});
