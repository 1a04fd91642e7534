import { ERROR_CATALOGUE, ERROR_CODES, errorStatus, isErrorCode } from './error-codes';

describe('the error catalogue', () => {
  it('gives every code an error status and lists each code once', () => {
    for (const code of ERROR_CODES) {
      expect({ code, status: errorStatus(code) >= 400 && errorStatus(code) < 600 }).toEqual({
        code,
        status: true,
      });
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
    expect(new Set(ERROR_CODES).size).toBe(Object.keys(ERROR_CATALOGUE).length);
  });

  it('tells its codes from anything else', () => {
    expect(isErrorCode('delegation_full')).toBe(true);
    expect(errorStatus('delegation_full')).toBe(409);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('no_such_code')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });
});
