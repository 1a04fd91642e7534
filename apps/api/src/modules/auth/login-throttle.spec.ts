import type { AppConfig } from '../../config/app-config';
import { validateEnvironment } from '../../config/environment';
import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  const config = { env: validateEnvironment({ LOGIN_ATTEMPTS_PER_MINUTE: '3' }) } as AppConfig;
  afterEach(() => jest.useRealTimers());

  it('blocks the fourth attempt for one e-mail from any address, case-insensitively', () => {
    const throttle = new LoginThrottle(config);
    throttle.hit('a@x.test', '10.0.0.1');
    throttle.hit('A@x.test', '10.0.0.2');
    throttle.hit('a@x.test ', '10.0.0.3');
    expect(() => throttle.hit('a@x.test', '10.0.0.4')).toThrow(/Too many sign-in attempts/);
  });

  it('blocks the fourth attempt from one address across e-mails', () => {
    const throttle = new LoginThrottle(config);
    ['a', 'b', 'c'].forEach((name) => throttle.hit(`${name}@x.test`, '10.0.0.9'));
    expect(() => throttle.hit('d@x.test', '10.0.0.9')).toThrow();
    expect(() => throttle.hit('d@x.test', '10.0.0.10')).not.toThrow();
  });

  it('opens again once the minute has passed', () => {
    jest.useFakeTimers({ now: new Date('2026-11-29T10:00:00Z') });
    const throttle = new LoginThrottle(config);
    ['1', '2', '3'].forEach(() => throttle.hit('a@x.test', '10.0.0.1'));
    expect(() => throttle.hit('a@x.test', '10.0.0.1')).toThrow();
    jest.setSystemTime(new Date('2026-11-29T10:01:01Z'));
    expect(() => throttle.hit('a@x.test', '10.0.0.1')).not.toThrow();
  });
});
